// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle, normalizeDate, readPageMeta } from '../../../src/page/extract';

function page(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

const paragraphs = [
  'North Korea is expected to send reinforcements to Russia’s Kursk Oblast, mainly gun and rocket artillery units, Ukraine’s military intelligence chief Kyrylo Budanov said in an interview.',
  'Pyongyang is also expected to send 150 short-range KN-23 ballistic missiles to Russia in 2025, in addition to the 148 already supplied in 2024, according to the spy chief.',
  'Kyiv has said that North Korean troops have already suffered 4,000 casualties, though the number cannot be independently verified.',
];

describe('extractArticle', () => {
  it('finds the article among menus and footers and keeps one paragraph per block', () => {
    const doc = page(
      `<nav><a href="/">Home</a> <a href="/s">Subscribe for 1 euro</a></nav>
       <article><h1>Budanov says more is coming</h1>${paragraphs.map((p) => `<p>${p.replace('4,000', '<b>4,000</b>')}</p>`).join('')}</article>
       <footer>© 2025 News Ltd. All rights reserved.</footer>`,
      `<title>Budanov says more | Kyiv News</title><meta property="og:site_name" content="Kyiv News">
       <meta property="article:published_time" content="2025-01-24T09:30:00+02:00">`,
    );
    const res = extractArticle(doc);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.article.text.split('\n\n')).toEqual(expect.arrayContaining(paragraphs));
    expect(res.article.text).not.toMatch(/Subscribe|All rights reserved/);
    expect(res.article.siteName).toBe('Kyiv News');
    expect(res.article.published).toBe('2025-01-24');
    // The live document is untouched.
    expect(doc.querySelector('nav')).not.toBeNull();
  });

  it('says so when a page is not an article', () => {
    const res = extractArticle(page('<nav><a href="/">Home</a></nav><p>Login</p>'));
    expect(res).toEqual({ ok: false, reason: { key: 'pageNotArticle' } });
  });
});

describe('page metadata', () => {
  it('reads what the page states and nothing more', () => {
    expect(readPageMeta(page('', '<title>Plain</title>'))).toEqual({ title: 'Plain', lang: 'en' });
    expect(normalizeDate('2024-10-31T12:00:00Z')).toBe('2024-10-31');
    expect(normalizeDate('2025-01')).toBe('2025-01');
    expect(normalizeDate('2025-13-01')).toBeUndefined();
    expect(normalizeDate('not a date')).toBeUndefined();
  });
});
