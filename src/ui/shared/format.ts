/**
 * Formatting shared by the popup, the viewer and the page's hover card. No DOM; month names and the order of a
 * date's parts come from `_locales`.
 */
import { t } from '../../i18n';

const MONTHS = [
  'dateMonthJan', 'dateMonthFeb', 'dateMonthMar', 'dateMonthApr', 'dateMonthMay', 'dateMonthJun',
  'dateMonthJul', 'dateMonthAug', 'dateMonthSep', 'dateMonthOct', 'dateMonthNov', 'dateMonthDec',
] as const;

/**
 * Formats a partial date as precisely as it is known, in the reader's language (here in English):
 * `2025` -> `2025`, `2025-01` -> `Jan 2025`, `2025-01-23` -> `23 Jan 2025`.
 * Anything that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (or has a month outside 1..12 or a day outside 1..31)
 * gives `undefined`, so a bad date is left out rather than shown wrong.
 */
export function formatPartialDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const [, year, month, day] = m;
  if (!month) return year;
  const key = MONTHS[Number(month) - 1];
  if (!key) return undefined;
  if (!day) return t('dateMonthYear', t(key), year!);
  const d = Number(day);
  if (d < 1 || d > 31) return undefined;
  return t('dateDayMonthYear', d, t(key), year!);
}

/** What the reader needs to know about where a source comes from. */
export interface SourceLike {
  publisher?: string | undefined;
  published?: string | undefined;
}

/**
 * `Kyiv Independent · Jan 2025`; either part may be missing; an empty string when both are
 * (the caller then shows nothing rather than a lone separator).
 */
export function sourceByline(source: SourceLike): string {
  return [source.publisher?.trim(), formatPartialDate(source.published)].filter((p): p is string => !!p).join(' · ');
}

/**
 * A short human date for a saved-claim timestamp (milliseconds since the epoch), e.g. `23 Jan 2025`,
 * in UTC so it reads the same on every machine. Non-finite or negative input gives `undefined`.
 */
export function formatSavedAt(ms: number | undefined): string | undefined {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return undefined;
  return formatPartialDate(new Date(ms).toISOString().slice(0, 10));
}
