/**
 * Finds the article in a page and reads the page's own metadata. Works on any `Document`: the live
 * page in the content script (it clones before Readability mutates anything) and jsdom in the CLI.
 * Readability decides whether the page is an article at all; nothing here guesses on its own.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { MessageKey } from '../i18n';

export interface PageMeta {
  title: string;
  siteName?: string;
  /** `YYYY-MM-DD` (or coarser) when the page's metadata states a publication date. */
  published?: string;
  lang?: string;
}

export interface ExtractedArticle extends PageMeta {
  /** The article's text: one block (paragraph, heading, list item) per paragraph, blocks separated by a blank line. */
  text: string;
}

/**
 * Why a page has no article, as the message that says so (in `_locales`) and, for a page that could not be read,
 * the error's own text for its placeholder. The content script words it with `t()`, the CLI in English.
 */
export interface NoArticle {
  key: Extract<MessageKey, 'pageNoBody' | 'pageNotArticle' | 'pageNoArticleText' | 'pageArticleTooShort' | 'pageArticleUnreadable'>;
  detail?: string;
}

export type ExtractResult = { ok: true; article: ExtractedArticle } | { ok: false; reason: NoArticle };

/** Readability's limit on elements it will parse; a bigger page is refused rather than freezing the tab. */
const MAX_ELEMS = 30_000;

/** Tags (upper case) whose content starts a new paragraph; the live-page text map shares them so both texts break alike. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);
/** Tags (upper case) whose text is never article text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Extracts the article, or says why there is none. Never throws for a malformed page. */
export function extractArticle(doc: Document): ExtractResult {
  try {
    if (!doc.body) return { ok: false, reason: { key: 'pageNoBody' } };
    if (!isProbablyReaderable(doc)) return { ok: false, reason: { key: 'pageNotArticle' } };
    const clone = doc.cloneNode(true) as Document;
    const parsed = new Readability<Element>(clone, { maxElemsToParse: MAX_ELEMS, serializer: (el) => el as Element }).parse();
    if (!parsed?.content) return { ok: false, reason: { key: 'pageNoArticleText' } };
    const text = blockText(parsed.content);
    if (text.length < 80) return { ok: false, reason: { key: 'pageArticleTooShort' } };
    const meta = readPageMeta(doc);
    const published = normalizeDate(parsed.publishedTime ?? undefined) ?? meta.published;
    const siteName = clean(parsed.siteName) ?? meta.siteName;
    return {
      ok: true,
      article: {
        title: clean(parsed.title) ?? meta.title,
        text,
        ...(siteName ? { siteName } : {}),
        ...(published ? { published } : {}),
        ...(meta.lang ? { lang: meta.lang } : {}),
      },
    };
  } catch (err) {
    // Readability throws on some pathological pages (e.g. too many elements): report, don't crash.
    return { ok: false, reason: { key: 'pageArticleUnreadable', detail: err instanceof Error ? err.message : String(err) } };
  }
}

/** The page's title, site name, publication date and language, from its metadata alone. */
export function readPageMeta(doc: Document): PageMeta {
  const meta = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
      const v = clean(el?.getAttribute('content') ?? undefined);
      if (v) return v;
    }
    return undefined;
  };
  const title = meta('og:title', 'twitter:title') ?? clean(doc.title) ?? '';
  const siteName = meta('og:site_name', 'application-name', 'publisher');
  const published =
    normalizeDate(meta('article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued')) ??
    normalizeDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  const lang = clean(doc.documentElement?.getAttribute('lang') ?? undefined);
  return { title, ...(siteName ? { siteName } : {}), ...(published ? { published } : {}), ...(lang ? { lang } : {}) };
}

/** `2024-10-31T12:00:00Z` -> `2024-10-31`; `2025-01` stays; anything else unparseable -> undefined. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (m) {
    const [, y, mo, d] = m;
    if (mo && (Number(mo) < 1 || Number(mo) > 12)) return undefined;
    if (d && (Number(d) < 1 || Number(d) > 31)) return undefined;
    return [y, mo, d].filter(Boolean).join('-');
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** Text of an element with one paragraph per block, blocks separated by a blank line, spaces collapsed. */
export function blockText(root: Element): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}
