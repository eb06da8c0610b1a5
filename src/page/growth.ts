/**
 * One step of following a page that grows after its first analysis (late paragraphs, infinite scroll):
 * read the article again, send only the paragraphs not analysed yet, and anchor the claims found in them.
 * What is painted already is not touched; the caller adds what this returns.
 *
 * Readability is too slow to run on every change of a long page (1.5 s for 2,000 paragraphs, measured), so
 * the article is re-read from its element in the live page, found once after the first analysis.
 */
import { browser } from 'wxt/browser';
import type { ShowDisputed } from '../messaging/disputed';
import type { PageInfo } from '../messaging/schemas';
import { anchorClaims, preparePageText, type PageText } from './anchor';
import { paragraphsOf, type AnalysedText } from './analysed-text';
import { requestAnalysis, type SendToBackground } from './analysis-client';
import { blockText, extractArticle } from './extract';
import type { ClaimResult } from './labels';
import { buildTextMapAsync } from './text-map';

/** Below this share of the analysed paragraphs still there (and of their claims still on the page), the article was swapped. */
const REPLACED_BELOW = 0.5;

export type Growth = (
  /** Nothing new to analyse. */
  | { kind: 'none' }
  /** The page's budget of analysed characters is spent: stop following it. */
  | { kind: 'full' }
  /** The article on the page is another one now: analyse it from scratch. */
  | { kind: 'replaced' }
  /** Claims in the new paragraphs, offsets in the whole analysed text, with their ranges (null: not found). */
  | { kind: 'more'; claims: ClaimResult[]; ranges: (Range | null)[] }
  | { kind: 'failed'; error: string }
) & {
  /** The page re-rendered the article (same text, new nodes): fresh ranges for every claim shown, to repaint. */
  relinked?: (Range | null)[];
};

export interface GrowthInput {
  /** The document holding the article. */
  doc: Document;
  /** The article's element in the live page (see {@link findArticleElement}); null when it was not found. */
  article: Element | null;
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
  const current = currentText(input);
  if (current === null || !doc.body) return liveShare(input.ranges) < REPLACED_BELOW ? { kind: 'replaced' } : { kind: 'none' };
  const { fresh, kept } = analysed.compare(current);
  if (kept < REPLACED_BELOW && liveShare(input.ranges) < REPLACED_BELOW) return { kind: 'replaced' };
  const relink = input.ranges.some((r) => r && !isLive(r)) ? { relinked: await relinkClaims(input) } : {};
  if (!fresh.length) return { kind: 'none', ...relink };
  const piece = analysed.append(fresh);
  if (!piece) return { kind: 'full', ...relink };
  const reply = await requestAnalysis(page, piece.text, { signal, ...(input.send ? { send: input.send } : {}) });
  if (!reply.ok) return { kind: 'failed', error: reply.error, ...relink };
  // A paragraph that was edited comes back whole: its claims still on the page are not shown twice.
  const shown = new Set(input.claims.filter((_, i) => isLive(input.ranges[i])).map((c) => c.text));
  const novel = reply.data.filter((c) => !shown.has(c.text));
  // The new paragraphs are in the article's element when it is known: mapping only it is cheaper.
  const map = await buildTextMapAsync(input.article ?? doc.body, signal);
  const ranges = await anchorClaims(preparePageText(map), piece.text, novel, signal);
  const claims = novel.map((c) => ({ ...c, start: c.start + piece.offset, end: c.end + piece.offset }));
  return { kind: 'more', claims, ranges, ...relink };
}

/** Finds the claims shown so far again, in the whole analysed text's terms (a framework re-rendered their nodes). */
async function relinkClaims({ doc, article, analysed, claims, signal }: GrowthInput): Promise<(Range | null)[]> {
  const map = await buildTextMapAsync(article ?? doc.body ?? doc, signal);
  return anchorClaims(preparePageText(map), analysed.text, claims, signal);
}

/** The article's text now: from its live element (cheap), or Readability's when that element is unknown; null when gone. */
function currentText({ doc, article }: GrowthInput): string | null {
  if (article) return article.isConnected ? blockText(article) : null;
  const found = extractArticle(doc);
  return found.ok ? found.article.text : null;
}

/**
 * The live element holding the article whose text was analysed: the nearest common ancestor of its first and
 * last paragraphs as found on the page. Null when they can't both be found.
 */
export async function findArticleElement(page: PageText, articleText: string, signal?: AbortSignal): Promise<Element | null> {
  const paragraphs = paragraphsOf(articleText);
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  if (!first || !last) return null;
  const spans = [
    { text: first, start: 0, end: first.length },
    { text: last, start: articleText.lastIndexOf(last), end: articleText.lastIndexOf(last) + last.length },
  ];
  const [a, b] = await anchorClaims(page, articleText, spans, signal);
  if (!a || !b) return null;
  const span = a.cloneRange();
  span.setEnd(b.endContainer, b.endOffset);
  const common = span.commonAncestorContainer;
  const element = common.nodeType === 1 ? (common as Element) : common.parentElement;
  // A one-paragraph article: new paragraphs would come next to it, not inside it.
  return first === last ? (element?.parentElement ?? element) : element;
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
