/**
 * The seeds compiled into this build. Vite inlines the files at build time (and in Vitest), so the
 * background needs no fetch and no file access to seed the store.
 */
import manifestJson from '../../seeds/seeds.json?raw';
import { buildSeedBundle, type SeedBundle } from './seed-records';

const texts = import.meta.glob<string>('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true });

let cached: SeedBundle | undefined;

/** The bundled seeds, validated once per worker lifetime. Throws if the bundle is broken (a build error, not a runtime state). */
export function bundledSeeds(): SeedBundle {
  cached ??= buildSeedBundle(manifestJson, texts);
  return cached;
}
