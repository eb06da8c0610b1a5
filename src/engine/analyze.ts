// PLACEHOLDER until the engine lands.
import type { ClaimIndex } from './claim-index';
import type { AbortLike, ClaimResult, DocContext } from './types';

export interface AnalyzeOptions {
  /** Stops the analysis between sentences; the partial result is discarded and an AbortError thrown. */
  signal?: AbortLike;
  /** At most this many claims are returned (the most check-worthy first in text order). */
  maxClaims?: number;
}

export function analyze(_text: string, _index: ClaimIndex, _ctx: DocContext = {}, _opts: AnalyzeOptions = {}): ClaimResult[] {
  return [];
}
