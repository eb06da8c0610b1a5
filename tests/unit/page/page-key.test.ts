import { describe, expect, it } from 'vitest';
import { pageKey } from '../../../src/page/page-key';

describe('pageKey', () => {
  it.each([
    ['https://news.example/a', 'https://news.example/a'],
    ['https://news.example/a#section-2', 'https://news.example/a'],
    ['https://news.example/a?story=2#top', 'https://news.example/a?story=2'],
    ['https://news.example/#/story/2', 'https://news.example/#/story/2'],
    ['https://news.example/#!/story/2', 'https://news.example/#!/story/2'],
  ])('%s -> %s', (href, key) => expect(pageKey(href)).toBe(key));
});
