/**
 * Words and symbols the page UI shows for verdicts, relations and sources. Pure, so the wording is tested
 * apart from the DOM. Symbols always come with words: colour is never the only signal.
 */
import type * as z from 'zod/mini';
import type { ClaimResultSchema, MatchSchema, SourceRefSchema } from '../messaging/schemas';
// The same words, symbols and dates as the popup: one set, so the card and the popup never disagree.
import { sourceByline } from '../ui/shared/format';
import { RELATION_LABELS, VERDICT_LABELS } from '../ui/shared/labels';
import { t } from '../i18n';

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

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABELS[verdict].text;
}

export function verdictSymbol(verdict: Verdict): string {
  return VERDICT_LABELS[verdict].symbol;
}

export function relationLabel(relation: Match['relation']): string {
  return RELATION_LABELS[relation].text;
}

export function relationSymbol(relation: Match['relation']): string {
  return RELATION_LABELS[relation].symbol;
}

/** Number of distinct sources among a claim's matches (two sentences of one article count once). */
export function sourceCount(matches: readonly Match[]): number {
  return new Set(matches.map((m) => m.source.id)).size;
}

/** A marker's accessible name, e.g. "Conflicting claim: 2 sources". */
export function markerLabel(claim: Pick<ClaimResult, 'verdict' | 'matches'>): string {
  const n = sourceCount(claim.matches);
  return t(n === 1 ? 'markerNameOne' : 'markerNameOther', verdictLabel(claim.verdict), n);
}

/** The popup's "Publisher · Jan 2025", or, when neither is known, what kind of source it is. */
export function cardByline(source: SourceRef): string {
  return sourceByline(source) || t(source.kind === 'saved' ? 'bylineSaved' : source.kind === 'seed' ? 'bylineSeed' : 'bylineImport');
}
