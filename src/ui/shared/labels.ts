/**
 * Words and symbols for relations and verdicts, used by the popup and by the page's markers and hover card
 * (src/page/labels.ts). Colour is never the only signal: every label has a symbol and a word.
 */
import type { Relation, Verdict } from '../../engine/types';
import { t, type MessageKey } from '../../i18n';

export interface Label {
  /** Shown to the reader and used in accessible names. */
  text: string;
  /** A one-character symbol; decorative (aria-hidden) because `text` says the same. */
  symbol: string;
}

/** A label whose word is looked up when read, so it follows the browser's language. */
function label(key: MessageKey, symbol: string): Label {
  return {
    get text() {
      return t(key);
    },
    symbol,
  };
}

export const RELATION_LABELS: Readonly<Record<Relation, Label>> = {
  conflicts: label('relationConflicts', '✕'),
  corroborates: label('relationCorroborates', '✓'),
  related: label('relationRelated', '≈'),
};

export const VERDICT_LABELS: Readonly<Record<Verdict, Label>> = {
  conflicting: label('verdictConflicting', '✕'),
  mixed: label('verdictMixed', '±'),
  corroborated: label('verdictCorroborated', '✓'),
  unverified: label('verdictUnverified', '?'),
};

/** The order verdict groups are shown in: what most needs the reader's attention first. */
export const VERDICT_ORDER: readonly Verdict[] = ['conflicting', 'mixed', 'corroborated', 'unverified'];

/** The order matches are shown in within a claim. */
export const RELATION_ORDER: readonly Relation[] = ['conflicts', 'corroborates', 'related'];
