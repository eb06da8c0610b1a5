/**
 * zod schemas for source documents at every boundary where they enter: the bundled seeds and their
 * metadata, and store files (`analyze --store FILE`, and later imports). Pure: no DOM, no storage.
 */
import { z } from 'zod';
import type { SourceDoc } from '../engine/types';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: dates as precise as the document allows, no more. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const MAX_TEXT = 2_000_000;

export const SeedMeta = z.object({
  file: z.string().regex(/^[\w.-]+\.txt$/, 'seed file must be a plain .txt name'),
  title: z.string().min(1).max(500),
  publisher: z.string().min(1).max(200).optional(),
  published: PartialDate.optional(),
  url: z.url().optional(),
  /** Why the publisher and date are what they are (or absent). Documentation only. */
  basis: z.string().max(2000).optional(),
});
export type SeedMeta = z.infer<typeof SeedMeta>;

export const SeedManifest = z.object({
  version: z.number().int().positive(),
  seeds: z.array(SeedMeta).min(1),
});
export type SeedManifest = z.infer<typeof SeedManifest>;

/** One source in a store file: `{"sources": [{"id", "title", "text", "url"?, "publisher"?, "published"?}]}`. */
export const StoreFileSource = z.object({
  id: z.string().min(1).max(500),
  title: z.string().max(1000),
  text: z.string().min(1).max(MAX_TEXT),
  url: z.string().max(4000).optional(),
  publisher: z.string().max(500).optional(),
  published: PartialDate.optional(),
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
