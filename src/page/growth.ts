/**
 * One step of following a page that grows after its first analysis (late paragraphs, infinite scroll):
 * read the article again, send only the paragraphs not analysed yet, and anchor the claims found in them.
 * What is painted already is not touched; the caller adds what this returns.
 */
import { browser } from 'wxt/browser';
import type { ShowDisputed } from '../messaging/disputed';
import type { PageInfo } from '../messaging/schemas';
import { anchorClaims, preparePageText } from './anchor';
import { requestAnalysis, type SendToBackground } from './analysis-client';
import type { AnalysedText } from './analysed-text';
import { extractArticle } from './extract';
import type { ClaimResult } from './labels';
import { buildTextMapAsync } from './text-map';

/** Below this share of the analysed paragraphs still there (and of their claims still on the page), the article was swapped. */
const REPLACED_BELOW = 0.5;

export type Growth =
  /** Nothing new to analyse. */
  | { kind: 'none' }
  /** The page's budget of analysed characters is spent: stop following it. */
  | { kind: 'full' }
  /** The article on the page is another one now: analyse it from scratch. */
  | { kind: 'replaced' }
  /** Claims in the new paragraphs, offsets in the whole analysed text, with their ranges (null: not found). */
  | { kind: 'more'; claims: ClaimResult[]; ranges: (Range | null)[] }
  | { kind: 'failed'; error: string };

export interface GrowthInput {
  /** The document holding the article. */
  doc: Document;
  page: PageInfo;
  analysed: AnalysedText;
  /** The claims shown so far and their ranges (null: not found on the page). */
  claims: readonly ClaimResult[];
  ranges: readonly (Range | null)[];
  signal: AbortSignal;
  send?: SendToBackground;
}

/** Analyses what the article gained since the last look. Rejects only with `signal`'s reason. */
export async function analyseGrowth(input: GrowthInput): Promise<Growth> {
  const { doc, page, analysed, signal } = input;
  const found = extractArticle(doc);
  if (!found.ok || !doc.body) return { kind: 'none' };
  const { fresh, kept } = analysed.compare(found.article.text);
  if (kept < REPLACED_BELOW && liveShare(input.ranges) < REPLACED_BELOW) return { kind: 'replaced' };
  if (!fresh.length) return { kind: 'none' };
  const piece = analysed.append(fresh);
  if (!piece) return { kind: 'full' };
  const reply = await requestAnalysis(page, piece.text, { signal, ...(input.send ? { send: input.send } : {}) });
  if (!reply.ok) return { kind: 'failed', error: reply.error };
  // A paragraph that was edited comes back whole: its claims still on the page are not shown twice.
  const shown = new Set(input.claims.filter((_, i) => isLive(input.ranges[i])).map((c) => c.text));
  const novel = reply.data.filter((c) => !shown.has(c.text));
  const map = await buildTextMapAsync(doc.body, signal);
  const ranges = await anchorClaims(preparePageText(map), piece.text, novel, signal);
  const claims = novel.map((c) => ({ ...c, start: c.start + piece.offset, end: c.end + piece.offset }));
  return { kind: 'more', claims, ranges };
}

/**
 * Tells the background the page's whole count of disputed claims, for the badge (`page/analyze` counted only
 * the last piece). Never rejects: a badge that could not be set is not worth a failure.
 */
export async function reportDisputed(claims: readonly ClaimResult[], send?: SendToBackground): Promise<void> {
  const message: ShowDisputed = { type: 'page/disputed', count: claims.filter((c) => c.verdict === 'conflicting' || c.verdict === 'mixed').length };
  try {
    await (send ?? ((m: unknown) => browser.runtime.sendMessage(m)))(message);
  } catch {
    // The extension went away or was reloaded; the page keeps its highlights.
  }
}

/** A range still covers text (the page may have removed the nodes it pointed into). */
export function isLive(range: Range | null | undefined): range is Range {
  return !!range && !range.collapsed && range.startContainer.isConnected;
}

/** Share of the anchored claims still on the page (0 when none was anchored). */
function liveShare(ranges: readonly (Range | null)[]): number {
  const anchored = ranges.filter((r) => r !== null);
  return anchored.length ? anchored.filter(isLive).length / anchored.length : 0;
}
