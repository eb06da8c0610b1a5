/**
 * The pure half of seeding: turn the bundled manifest and texts into seed records, and work out what
 * must change in a store that already holds some seeds. No Dexie here, so it is tested without a database.
 */
import type { SourceDoc } from '../engine/types';
import { SeedManifest, seedsToSources } from '../sources/schema';

/** The seeds one build of the extension ships. */
export interface SeedBundle {
  /** `version` from seeds.json. */
  version: number;
  sources: SourceDoc[];
}

/**
 * Validates the manifest and pairs it with the texts.
 * @param manifestJson seeds.json as text.
 * @param textsByPath seed texts keyed by any path ending in the file name (e.g. Vite glob keys `../../seeds/000_x.txt`).
 * @throws Error naming the invalid field or the missing seed text; a broken bundle must fail loudly at build/test time.
 */
export function buildSeedBundle(manifestJson: string, textsByPath: Record<string, string>): SeedBundle {
  const parsed = SeedManifest.safeParse(JSON.parse(manifestJson));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`bundled seeds.json is invalid: ${detail}`);
  }
  const texts: Record<string, string> = {};
  for (const [path, text] of Object.entries(textsByPath)) texts[path.slice(path.lastIndexOf('/') + 1)] = text;
  return { version: parsed.data.version, sources: seedsToSources(parsed.data, texts) };
}

/** What `ensureSeeded` writes: seeds to put (new or changed) and ids of seeds the bundle no longer ships. */
export interface SeedPlan {
  put: SourceDoc[];
  remove: string[];
}

/**
 * Compares stored seeds with the bundle. Only records of kind `seed` are ever listed for removal,
 * so saved claims and imports survive any update.
 */
export function planSeedUpdate(stored: readonly SourceDoc[], bundled: readonly SourceDoc[]): SeedPlan {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const put = bundled.filter((b) => {
    const old = byId.get(b.id);
    return !old || !sameSeed(old, b);
  });
  const shipped = new Set(bundled.map((b) => b.id));
  const remove = stored.filter((s) => s.kind === 'seed' && !shipped.has(s.id)).map((s) => s.id);
  return { put, remove };
}

const FIELDS = ['title', 'text', 'kind', 'file', 'url', 'publisher', 'published'] as const;

function sameSeed(a: SourceDoc, b: SourceDoc): boolean {
  return FIELDS.every((f) => a[f] === b[f]);
}
