import { describe, expect, it } from 'vitest';
import { normalizeClaimText, savedClaimId, urlWithoutFragment } from '../../src/store';

describe('saved claim identity', () => {
  it.each([
    ['https://a.example/p', 'https://a.example/p'],
    ['https://a.example/p#x', 'https://a.example/p'],
    ['https://a.example/p?q=1#:~:text=a,b', 'https://a.example/p?q=1'],
    ['https://a.example/p#', 'https://a.example/p'],
  ])('urlWithoutFragment(%s) = %s', (url, expected) => expect(urlWithoutFragment(url)).toBe(expected));

  it.each([
    ['  a  b ', 'a b'],
    ['a\n\tb', 'a b'],
    ['a\u00a0b', 'a b'],
    ['12,000 troops', '12,000 troops'],
  ])('normalizeClaimText(%j) = %j', (text, expected) => expect(normalizeClaimText(text)).toBe(expected));

  it('is stable for the same claim and differs for other words or pages', async () => {
    const id = await savedClaimId('https://a.example/p#one', '12,000 troops');
    expect(id).toMatch(/^saved:[0-9a-f]{16}$/);
    expect(await savedClaimId('https://a.example/p', ' 12,000\ntroops ')).toBe(id);
    expect(await savedClaimId('https://a.example/p', '11,000 troops')).not.toBe(id);
    expect(await savedClaimId('https://a.example/q', '12,000 troops')).not.toBe(id);
  });
});
