/** Shared test helpers: the real seed documents as sources. */
import { loadSeeds } from '../../../src/cli/sources';
import { ClaimIndex } from '../../../src/engine';
import type { SourceDoc } from '../../../src/engine';

let seeds: SourceDoc[] | null = null;

/** The five seed documents with their metadata, loaded once. */
export function seedSources(): SourceDoc[] {
  seeds ??= loadSeeds();
  return seeds;
}

/** A fresh index over the seeds. */
export function seedIndex(): ClaimIndex {
  return new ClaimIndex(seedSources());
}
