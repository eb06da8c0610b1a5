/**
 * One zod schema per message. Every receiver parses what it gets with these and drops what fails:
 * page-derived text is never trusted, and a stale or foreign sender gets a clear error, not a crash.
 */
import * as z from 'zod/mini';
import { t } from '../i18n';
import { PartialDate, text } from '../sources/schema';
import { DATA_REQUESTS } from './data';
import { SavedAnchorSchema } from './saved-anchors';
import { LIBRARY_REQUESTS } from './library';
import { AnalyzeNow, FocusClaim } from './control';
import { ShowDisputed } from './disputed';

/** Longest article text the background will analyse (characters); longer text is cut, not refused. */
export const MAX_ARTICLE_CHARS = 400_000;
/** Longest selection that can be saved as a claim. */
export const MAX_CLAIM_CHARS = 5_000;

/** What the reader is told when a save finds nothing (visible) selected. */
export function nothingSelected(): string {
  return t('saveNothingSelected');
}

/** What the reader is told when a selection is longer than a claim may be (`chars` > MAX_CLAIM_CHARS). */
export function selectionTooLong(chars: number): string {
  return t('saveTooLong', chars.toLocaleString(), MAX_CLAIM_CHARS.toLocaleString());
}

const Url = text(4000, 1);
const Title = text(1000);

/**
 * Where a quote sat in the page's visible text when it was taken (as W3C's TextPositionSelector): offsets
 * `[start, end)` into the text ClaimLens reads from the page's body (see `src/page/text-map.ts`).
 */
export const TextPosition = z.object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) });
export type TextPosition = z.infer<typeof TextPosition>;

/**
 * A W3C-style text-quote selector: the exact text plus up to 32 characters either side, and, for saves made
 * since re-anchoring came, the quote's text position (older records and imports have none).
 */
export const TextQuoteSelector = z.object({
  exact: text(MAX_CLAIM_CHARS, 1),
  prefix: text(200),
  suffix: text(200),
  position: z.optional(TextPosition),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** What a page says about itself (from its metadata, when it has any). */
export const PageInfo = z.object({
  url: Url,
  title: Title,
  siteName: z.optional(text(300)),
  published: z.optional(PartialDate),
});
export type PageInfo = z.infer<typeof PageInfo>;

const SourceKind = z.enum(['seed', 'saved', 'import']);

export const SourceRefSchema = z.object({
  id: text(500, 1),
  title: Title,
  file: z.nullable(text(200)),
  kind: SourceKind,
  url: z.optional(text(4000)),
  publisher: z.optional(text(500)),
  published: z.optional(PartialDate),
});

export const MatchSchema = z.object({
  relation: z.enum(['corroborates', 'conflicts', 'related']),
  source: SourceRefSchema,
  quote: text(20_000),
  quoteStart: z.int().check(z.nonnegative()),
  quoteEnd: z.int().check(z.nonnegative()),
  explanation: text(2000),
  score: z.number().check(z.gte(0), z.lte(1)),
});

export const ClaimResultSchema = z.object({
  text: text(20_000),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  verdict: z.enum(['corroborated', 'conflicting', 'mixed', 'unverified']),
  matches: z.array(MatchSchema).check(z.maxLength(50)),
});

/** A stored source as the UI sees it (seed or saved claim), without its full text unless asked. */
export const StoredSourceSchema = z.extend(SourceRefSchema, {
  text: text(2_000_000),
  savedAt: z.optional(z.int()),
  siteName: z.optional(text(300)),
  selector: z.optional(TextQuoteSelector),
});
export type StoredSourceView = z.infer<typeof StoredSourceSchema>;

// ---- Requests to the background (from content scripts, the popup and extension pages) ----

export const AnalyzePage = z.object({
  type: z.literal('page/analyze'),
  page: PageInfo,
  /** The article's text as the page shows it; claim offsets refer to it. */
  text: text(MAX_ARTICLE_CHARS, 1),
});

export const SaveClaim = z.object({
  type: z.literal('claim/save'),
  page: PageInfo,
  selector: TextQuoteSelector,
});

export const ListSavedForUrl = z.object({ type: z.literal('sources/savedForUrl'), url: Url });
export const GetSource = z.object({ type: z.literal('source/get'), id: text(500, 1) });

export const BackgroundRequest = z.discriminatedUnion('type', [AnalyzePage, SaveClaim, ListSavedForUrl, GetSource, ...DATA_REQUESTS, ...LIBRARY_REQUESTS, ShowDisputed]);
/** The `type` of every request the background answers, for telling an unknown message from a malformed one. */
export const BACKGROUND_REQUEST_TYPES: readonly BackgroundRequest['type'][] = BackgroundRequest.def.options.map((o) => o.shape.type.def.values[0]!);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

// ---- Requests to a content script (from the background and the popup) ----

export const GetPageState = z.object({ type: z.literal('page/state') });
export const ScrollToClaim = z.object({ type: z.literal('page/scrollTo'), index: z.int().check(z.nonnegative()) });
export const GetSelection = z.object({ type: z.literal('page/selection') });
/** The store changed (a claim was saved): re-compare this page's claims. */
export const StoreChanged = z.object({ type: z.literal('store/changed') });
/** Tells the tab a save it asked for (menu or shortcut) is done, so it can confirm it to the reader. */
export const ClaimSaved = z.object({
  type: z.literal('claim/saved'),
  duplicate: z.boolean(),
  text: text(MAX_CLAIM_CHARS),
});

/** Tells the tab a save it asked for (menu or shortcut) did not happen, and why, in words for the reader. */
export const ClaimNotSaved = z.object({ type: z.literal('claim/notSaved'), reason: text(500, 1) });

export const ContentRequest = z.discriminatedUnion('type', [GetPageState, ScrollToClaim, GetSelection, StoreChanged, ClaimSaved, ClaimNotSaved, AnalyzeNow, FocusClaim]);
export type ContentRequest = z.infer<typeof ContentRequest>;

// ---- Replies ----

/** `idle`: not analysed, because ClaimLens is paused, off on this site or waits to be asked (`message` says which). */
export const PageStatus = z.enum(['analyzing', 'done', 'no-article', 'error', 'idle']);
export const PageStateSchema = z.object({
  status: PageStatus,
  page: z.optional(PageInfo),
  claims: z.array(z.extend(ClaimResultSchema, { anchored: z.boolean() })),
  /** The reader's saved claims from this URL, as found again on the page (absent until they are looked for). */
  saved: z.optional(z.array(SavedAnchorSchema)),
  /** Human-readable reason for `no-article` and `error`. */
  message: z.optional(text(2000)),
});
export type PageState = z.infer<typeof PageStateSchema>;

export const SelectionSchema = z.object({ page: PageInfo, selector: TextQuoteSelector });
export type PageSelection = z.infer<typeof SelectionSchema>;

export const SaveClaimReply = z.object({ source: StoredSourceSchema, duplicate: z.boolean() });
export const AnalyzeReply = z.object({ claims: z.array(ClaimResultSchema) });
/** Reply to `sources/savedForUrl`: the reader's saved claims whose URL (fragment ignored) is the one asked about, newest first. */
export const SavedForUrlReply = z.object({ sources: z.array(StoredSourceSchema) });
/** Reply to `source/get`: the source with its full text; an unknown id is `{ok:false}`, not a null source. */
export const GetSourceReply = z.object({ source: StoredSourceSchema });

/** Every reply is wrapped: a receiver never throws across the boundary. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export function replySchema<T extends z.ZodMiniType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]);
}
