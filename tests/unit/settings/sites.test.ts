import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/settings/schema';
import { isSiteOff, parseSiteInput, siteOf, sitesCovering, withSiteOff, withSiteOn } from '../../../src/settings/sites';

const off = (...disabledSites: string[]) => ({ ...defaultSettings(), disabledSites });

describe('site of a page', () => {
  it.each([
    ['https://www.Example.com:8080/news/a?b#c', 'example.com'],
    ['http://news.example.co.uk/', 'news.example.co.uk'],
    ['http://127.0.0.1:5173/article.html', '127.0.0.1'],
    ['http://[::1]:80/', '[::1]'],
    ['https://example.com./x', 'example.com'],
    ['file:///home/me/a.html', null],
    ['chrome://extensions', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, site) => expect(siteOf(url)).toBe(site));

  it.each([
    ['Example.com', 'example.com'],
    ['  www.example.com ', 'example.com'],
    ['https://example.com/news', 'example.com'],
    ['', null],
    ['not a site!', null],
    ['javascript:alert(1)', null],
  ])('reads what a reader typed: %j → %s', (input, site) => expect(parseSiteInput(input)).toBe(site));
});

describe('sites turned off', () => {
  it('covers the site and its subdomains, not look-alikes', () => {
    expect(sitesCovering(['example.com'], 'news.example.com')).toEqual(['example.com']);
    expect(sitesCovering(['example.com'], 'example.com')).toEqual(['example.com']);
    expect(sitesCovering(['example.com'], 'badexample.com')).toEqual([]);
    expect(sitesCovering(['news.example.com'], 'example.com')).toEqual([]);
    expect(isSiteOff(off('example.com'), 'https://www.example.com/a')).toBe(true);
    expect(isSiteOff(off('example.com'), 'https://example.org/a')).toBe(false);
    expect(isSiteOff(off('example.com'), 'chrome://newtab')).toBe(false);
  });

  it('turns a site off once, sorted, and back on including a parent entry that covered it', () => {
    let s = withSiteOff(off(), 'b.example');
    s = withSiteOff(s, 'a.example');
    expect(s.disabledSites).toEqual(['a.example', 'b.example']);
    expect(withSiteOff(s, 'news.a.example')).toBe(s); // already covered: unchanged
    const on = withSiteOn(off('example.com', 'news.example.com', 'other.org'), 'news.example.com');
    expect(on.disabledSites).toEqual(['other.org']);
  });
});
