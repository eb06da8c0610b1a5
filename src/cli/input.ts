/**
 * Turns an input file into the text to analyse and its context: a `.txt` as is (with its dateline's
 * date when it has one), an `.html` page through Readability (`extractArticle`) with the page's
 * metadata date. jsdom is loaded only when an `.html` file is given: it is slow to import.
 */
import type { DocContext } from '../engine/types';
import { englishMessage } from '../i18n/english';
import { readText } from './sources';

export type Input = { ok: true; text: string; ctx: DocContext } | { ok: false; note: string };

type JsdomModule = typeof import('jsdom');
let jsdom: JsdomModule | null = null;

/** Reads and prepares one input file; throws `CliError` when it cannot be read. */
export async function readInput(file: string): Promise<Input> {
  const raw = readText(file);
  if (!/\.html?$/i.test(file)) {
    const published = datelineDate(raw);
    return { ok: true, text: raw, ctx: published ? { published } : {} };
  }
  jsdom ??= await import('jsdom');
  const { extractArticle } = await import('../page/extract');
  const dom = new jsdom.JSDOM(raw);
  try {
    const r = extractArticle(dom.window.document);
    if (!r.ok) return { ok: false, note: englishMessage(r.reason.key, r.reason.detail) };
    return { ok: true, text: r.article.text, ctx: r.article.published ? { published: r.article.published } : {} };
  } finally {
    dom.window.close();
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /\b(20\d{2}|19\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/;
const WRITTEN = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b|\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d{2})\b/i;

/**
 * The publication date of a plain-text article when one of its first short lines is a dateline
 * ("Published October 31, 2024", "31 Oct 2024", "2024-10-31"); else undefined.
 */
export function datelineDate(text: string): string | undefined {
  for (const line of text.slice(0, 2000).split('\n').slice(0, 6)) {
    let l = line.trim();
    // A dateline opening the first paragraph: "SEOUL, Jan. 28, 2025 — ...".
    const lead = /^[A-Z][\p{L} .'-]{1,40},\s+([^—–]{6,30}?)\s*[—–-]{1,2}\s/u.exec(l);
    if (lead) l = lead[1] ?? l;
    if (!l || l.length > 80) continue;
    const iso = ISO.exec(l);
    if (iso) return iso[0];
    const w = WRITTEN.exec(l);
    if (!w) continue;
    const [mon, d, y] = w[1] ? [w[1], w[2], w[3]] : [w[5], w[4], w[6]];
    const m = MONTHS.indexOf((mon ?? '').toLowerCase().slice(0, 3)) + 1;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return undefined;
}
