/**
 * The library page's state as the reader sets it, and the pure translations the views need. No DOM here.
 */
import type { LibraryFilter } from '../../messaging/library';
import type { LibraryRow } from '../../messaging/library-replies';
import { formatPartialDate, formatSavedAt } from '../shared/format';
import { STRINGS } from './strings';

export type Kind = LibraryRow['kind'];
export type RowVerdict = NonNullable<LibraryRow['verdict']>;
export type Verdict = Exclude<RowVerdict, 'pending'>;

/** What the reader chose: search words, ticked filter values and date fields as typed (`YYYY-MM-DD` or ''). */
export interface FilterState {
  query: string;
  kinds: Set<Kind>;
  sites: Set<string>;
  verdicts: Set<Verdict>;
  tags: Set<string>;
  savedFrom: string;
  savedTo: string;
  publishedFrom: string;
  publishedTo: string;
}

export function emptyFilter(): FilterState {
  return { query: '', kinds: new Set(), sites: new Set(), verdicts: new Set(), tags: new Set(), savedFrom: '', savedTo: '', publishedFrom: '', publishedTo: '' };
}

/** Rows asked for at first and added by each "Show more". */
export const PAGE_ROWS = 200;

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Day start in ms (UTC, as saved dates are shown); undefined for anything that is not a whole date. */
export function dayStart(value: string): number | undefined {
  if (!ISO_DAY.test(value)) return undefined;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** The message filter for a state: bad or empty dates are left out, a saved "to" day counts whole. */
export function toLibraryFilter(s: FilterState): LibraryFilter {
  const savedFrom = dayStart(s.savedFrom);
  const savedToDay = dayStart(s.savedTo);
  return {
    query: s.query.slice(0, 500),
    kinds: [...s.kinds],
    sites: [...s.sites],
    verdicts: [...s.verdicts],
    tags: [...s.tags],
    ...(savedFrom !== undefined ? { savedFrom } : {}),
    ...(savedToDay !== undefined ? { savedTo: savedToDay + DAY_MS - 1 } : {}),
    ...(ISO_DAY.test(s.publishedFrom) ? { publishedFrom: s.publishedFrom } : {}),
    ...(ISO_DAY.test(s.publishedTo) ? { publishedTo: s.publishedTo } : {}),
  };
}

/** True when any filter narrows the list (search words aside). */
export function hasFilters(s: FilterState): boolean {
  return s.kinds.size + s.sites.size + s.verdicts.size + s.tags.size > 0 || !!(s.savedFrom || s.savedTo || s.publishedFrom || s.publishedTo);
}

/** `Example News · published 3 Feb 2025 · Saved 22 Nov 2026, edited 23 Nov 2026`: what is known, in that order. */
export function rowByline(row: LibraryRow): string {
  const published = formatPartialDate(row.published);
  const saved = formatSavedAt(row.savedAt);
  const edited = formatSavedAt(row.editedAt);
  const savedPart = saved ? (edited ? STRINGS.savedEditedOn(saved, edited) : STRINGS.savedOn(saved)) : undefined;
  return [row.site, published ? STRINGS.publishedOn(published) : undefined, savedPart].filter(Boolean).join(' · ');
}

/** A full timestamp for the detail view, e.g. `22 Nov 2026, 17:49 UTC`. */
export function formatTime(ms: number | undefined): string | undefined {
  const day = formatSavedAt(ms);
  if (!day || ms === undefined) return undefined;
  return STRINGS.time(day, new Date(ms).toISOString().slice(11, 16));
}

/** Only http(s) links are offered: a stored URL is untrusted text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** Tags as typed in one field: split on commas, trimmed, empties dropped. */
export function parseTagInput(value: string): string[] {
  return value.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

/** Calls `fn` once `ms` after the last call; `cancel` drops a pending call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & { cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, ms);
  };
  return Object.assign(run, { cancel: () => timer && clearTimeout(timer) });
}
