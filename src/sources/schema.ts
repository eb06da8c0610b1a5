/**
 * zod schemas for source documents at every boundary where they enter: the bundled seeds and their
 * metadata, and store files (`analyze --store FILE`, and later imports). Pure: no DOM, no storage.
 */
// zod/mini: the same validation as classic zod at a fraction of the bundle size; these schemas ship in every script.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini ships without messages: load English ones so a rejected message or file says what is wrong.
// jitless: no `new Function` probing at start-up (extension pages forbid eval, and store linters flag it).
z.config({ ...en(), jitless: true });
import type { SourceDoc } from '../engine/types';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: dates as precise as the document allows, no more. */
export const PartialDate = z
  .string()
  .check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));

/** A string of at most `max` characters (and at least `min`). */
export const text = (max: number, min = 0) =>
  z.string().check(...(min > 0 ? [z.minLength(min)] : []), z.maxLength(max));

const MAX_TEXT = 2_000_000;

export const SeedMeta = z.object({
  file: z.string().check(z.regex(/^[\w.-]+\.txt$/, 'seed file must be a plain .txt name')),
  title: text(500, 1),
  publisher: z.optional(text(200, 1)),
  published: z.optional(PartialDate),
  url: z.optional(z.url()),
  /** Why the publisher and date are what they are (or absent). Documentation only. */
  basis: z.optional(text(2000)),
});
export type SeedMeta = z.infer<typeof SeedMeta>;

export const SeedManifest = z.object({
  version: z.int().check(z.positive()),
  seeds: z.array(SeedMeta).check(z.minLength(1)),
});
export type SeedManifest = z.infer<typeof SeedManifest>;

/** One source in a store file: `{"sources": [{"id", "title", "text", "url"?, "publisher"?, "published"?}]}`. */
export const StoreFileSource = z.object({
  id: text(500, 1),
  title: text(1000),
  text: text(MAX_TEXT, 1),
  url: z.optional(text(4000)),
  publisher: z.optional(text(500)),
  published: z.optional(PartialDate),
});
export const StoreFile = z.object({ sources: z.array(StoreFileSource) });
export type StoreFile = z.infer<typeof StoreFile>;

/** Turns the seed manifest and the seed texts (file name to text) into sources; throws on a missing text. */
export function seedsToSources(manifest: SeedManifest, texts: Record<string, string>): SourceDoc[] {
  return manifest.seeds.map((m) => {
    const text = texts[m.file];
    if (text === undefined) throw new Error(`seed text missing for ${m.file}`);
    return {
      id: seedId(m.file),
      title: m.title,
      text,
      kind: 'seed',
      file: m.file,
      ...(m.url ? { url: m.url } : {}),
      ...(m.publisher ? { publisher: m.publisher } : {}),
      ...(m.published ? { published: m.published } : {}),
    };
  });
}

/** `000_84ea4ea735d0cdc4.txt` -> `seed:000_84ea4ea735d0cdc4`. */
export function seedId(file: string): string {
  return `seed:${file.replace(/\.txt$/, '')}`;
}

/** Sources from a parsed store file; ids are kept as given so scorers can find them. */
export function storeFileToSources(file: StoreFile): SourceDoc[] {
  return file.sources.map((s) => ({
    id: s.id,
    title: s.title,
    text: s.text,
    kind: 'import',
    file: null,
    ...(s.url ? { url: s.url } : {}),
    ...(s.publisher ? { publisher: s.publisher } : {}),
    ...(s.published ? { published: s.published } : {}),
  }));
}
