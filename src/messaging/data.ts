/**
 * Messages for the reader's data (the options page's "Your data" section, and the library's "Export
 * these"): export, import preview, import, reset to seeds. The file travels as text and is parsed and
 * validated in the background, whose reply is validated again by the page.
 */
import * as z from 'zod/mini';
import { text } from '../sources/schema';
import { LibraryFilter } from './library';
import { MAX_IMPORT_CHARS, MAX_LISTED_PROBLEMS } from '../transfer/limits';

const Kind = z.enum(['seed', 'saved', 'import']);
const Count = z.int().check(z.nonnegative());

/**
 * Export everything, some kinds, some ids (and kinds), or what a library filter shows, as a ClaimLens export or as
 * Web Annotations. With `filter`, the ids are the ones the library lists for it (all of them, not one page).
 */
export const ExportData = z.object({
  type: z.literal('data/export'),
  format: z.enum(['claimlens', 'web-annotation']),
  kinds: z.optional(z.array(Kind).check(z.minLength(1), z.maxLength(3))),
  ids: z.optional(z.array(text(500, 1)).check(z.maxLength(100_000))),
  filter: z.optional(LibraryFilter),
});

/** Read and validate an import file; report what importing it would do. Writes nothing. */
export const PreviewImport = z.object({ type: z.literal('data/preview'), fileText: text(MAX_IMPORT_CHARS) });

/** Import a file in one transaction. Refused while it has invalid items, unless `skipInvalid`. */
export const ApplyImport = z.object({
  type: z.literal('data/apply'),
  fileText: text(MAX_IMPORT_CHARS),
  skipInvalid: z.optional(z.boolean()),
});

/** Put the seeds back as bundled, delete imported documents, and keep or delete saved claims. */
export const ResetToSeeds = z.object({ type: z.literal('data/reset'), keepSaved: z.boolean() });

/** The data requests, for the background's union. */
export const DATA_REQUESTS = [ExportData, PreviewImport, ApplyImport, ResetToSeeds] as const;
export type DataRequest = z.infer<typeof ExportData> | z.infer<typeof PreviewImport> | z.infer<typeof ApplyImport> | z.infer<typeof ResetToSeeds>;

export const ExportReply = z.object({
  filename: text(200, 1),
  /** The file's content. */
  json: z.string(),
  /** Sources (or annotations) in the file. */
  count: Count,
  /** Chosen sources that the format can't hold (Web Annotations: seeds, imported documents). */
  leftOut: Count,
});
export type ExportReply = z.infer<typeof ExportReply>;

const Problem = z.object({ item: Count, field: text(500), reason: text(500) });

export const PreviewReply = z.object({
  format: z.enum(['claimlens', 'web-annotation', 'hypothesis', 'documents']),
  total: Count,
  fresh: Count,
  freshByKind: z.object({ seed: Count, saved: Count, import: Count }),
  duplicates: Count,
  invalidCount: Count,
  invalid: z.array(Problem).check(z.maxLength(MAX_LISTED_PROBLEMS)),
});
export type PreviewReply = z.infer<typeof PreviewReply>;

export const ApplyReply = z.object({ added: Count, duplicates: Count, skipped: Count });
export type ApplyReply = z.infer<typeof ApplyReply>;

export const ResetReply = z.object({ removedImports: Count, removedSaved: Count, keptSaved: Count, seeds: Count });
export type ResetReply = z.infer<typeof ResetReply>;
