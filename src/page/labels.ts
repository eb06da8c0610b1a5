/**
 * Words and symbols the page UI shows for verdicts, relations and sources. Pure, so the wording is tested
 * apart from the DOM. Symbols always come with words: colour is never the only signal.
 */
import type * as z from 'zod/mini';
import type { ClaimResultSchema, MatchSchema, SourceRefSchema } from '../messaging/schemas';

export type ClaimResult = z.infer<typeof ClaimResultSchema>;
export type Match = z.infer<typeof MatchSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Verdict = ClaimResult['verdict'];
export type PaintedVerdict = Exclude<Verdict, 'unverified'>;

/** The verdicts that get painted; unverified claims are left alone. */
export const PAINTED_VERDICTS: readonly PaintedVerdict[] = ['corroborated', 'conflicting', 'mixed'];

/** The name a verdict's highlight has in `CSS.highlights` (the e2e test reads these exact names). */
export function highlightName(verdict: PaintedVerdict): string {
  return `claimlens-${verdict}`;
}

const VERDICT_TEXT: Record<Verdict, { label: string; symbol: string }> = {
  corroborated: { label: 'Corroborated', symbol: '✓' },
  conflicting: { label: 'Conflicting', symbol: '✕' },
  mixed: { label: 'Mixed evidence', symbol: '±' },
  unverified: { label: 'Unverified', symbol: '?' },
};

const RELATION_TEXT: Record<Match['relation'], { label: string; symbol: string }> = {
  corroborates: { label: 'Corroborates', symbol: '✓' },
  conflicts: { label: 'Conflicts', symbol: '✕' },
  related: { label: 'Related', symbol: '~' },
};

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_TEXT[verdict].label;
}

export function verdictSymbol(verdict: Verdict): string {
  return VERDICT_TEXT[verdict].symbol;
}

export function relationLabel(relation: Match['relation']): string {
  return RELATION_TEXT[relation].label;
}

export function relationSymbol(relation: Match['relation']): string {
  return RELATION_TEXT[relation].symbol;
}

/** Number of distinct sources among a claim's matches (two sentences of one article count once). */
export function sourceCount(matches: readonly Match[]): number {
  return new Set(matches.map((m) => m.source.id)).size;
}

/** A marker's accessible name, e.g. "Conflicting claim: 2 sources". */
export function markerLabel(claim: Pick<ClaimResult, 'verdict' | 'matches'>): string {
  const n = sourceCount(claim.matches);
  return `${verdictLabel(claim.verdict)} claim: ${n} ${n === 1 ? 'source' : 'sources'}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-01-24` -> `24 Jan 2025`, `2025-01` -> `Jan 2025`, `2025` -> `2025`; anything else unchanged. */
export function formatPartialDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  const month = m?.[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return date;
  if (m[3]) return `${Number(m[3])} ${month} ${m[1]}`;
  return month ? `${month} ${m[1]}` : m[1]!;
}

/** "Publisher · Jan 2025", either part alone, or a fallback saying what kind of source it is. */
export function sourceByline(source: SourceRef): string {
  const parts = [source.publisher, source.published && formatPartialDate(source.published)].filter((p): p is string => !!p);
  if (parts.length) return parts.join(' · ');
  return source.kind === 'saved' ? 'Saved by you' : source.kind === 'seed' ? 'Bundled source' : 'Imported source';
}
