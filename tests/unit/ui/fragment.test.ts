import { describe, expect, it } from 'vitest';
import { encodeFragmentText, textDirective, textFragmentUrl, MAX_EXACT_FRAGMENT_CHARS } from '../../../src/ui/popup/fragment';

describe('encodeFragmentText', () => {
  it('encodes the directive syntax characters - , & and spaces', () => {
    expect(encodeFragmentText('M-1991, 240 mm & more')).toBe('M%2D1991%2C%20240%20mm%20%26%20more');
  });
  it('round-trips through decodeURIComponent', () => {
    const s = '“12,000 troops” — Kursk’s front-line #1 ?=/';
    expect(decodeURIComponent(encodeFragmentText(s))).toBe(s);
  });
});

describe('textDirective', () => {
  it('uses the whole quote when short, with whitespace collapsed', () => {
    expect(textDirective('  12,000\n troops  ')).toBe('text=12%2C000%20troops');
  });

  it('uses textStart,textEnd for a long quote', () => {
    const quote =
      'Moscow is further set to receive additional 170 mm M1989 Koksan self-propelled artillery guns and M-1991 240 mm multiple launch rocket systems, Budanov noted.';
    expect(quote.length).toBeGreaterThan(MAX_EXACT_FRAGMENT_CHARS);
    const [start, end] = textDirective(quote).replace(/^text=/, '').split(',').map(decodeURIComponent);
    expect(start).toBe('Moscow is further set to');
    expect(end).toBe('launch rocket systems, Budanov noted.');
  });

  it('keeps a long quote with few words whole rather than overlapping start and end', () => {
    const quote = `${'a'.repeat(60)} ${'b'.repeat(60)}`;
    expect(textDirective(quote)).toBe(`text=${quote.replace(' ', '%20')}`);
  });

  it('gives nothing for an empty quote', () => expect(textDirective(' \n ')).toBe(''));
});

describe('textFragmentUrl', () => {
  it('appends a text directive', () => {
    expect(textFragmentUrl('https://news.example/a?x=1', '150 missiles')).toBe('https://news.example/a?x=1#:~:text=150%20missiles');
  });
  it('keeps an ordinary fragment and replaces an old directive', () => {
    expect(textFragmentUrl('https://news.example/a#top', 'troops')).toBe('https://news.example/a#top:~:text=troops');
    expect(textFragmentUrl('https://news.example/a#:~:text=old', 'new')).toBe('https://news.example/a#:~:text=new');
  });
  it('returns the bare URL for an empty quote', () => expect(textFragmentUrl('https://news.example/a#:~:text=old', '')).toBe('https://news.example/a'));
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'chrome://settings', 'not a url', ''])('refuses %s', (url) =>
    expect(textFragmentUrl(url, 'x')).toBeNull(),
  );
});
