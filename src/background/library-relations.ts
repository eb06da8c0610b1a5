/**
 * What a saved claim corroborates or conflicts with: the engine's `analyze` run on the claim's own text
 * against every stored source, as if it were a tiny page read at the claim's URL. The engine then skips
 * sources saved from that URL, the claim itself included, as it does for any page: a claim must not
 * corroborate itself (which would also hide its conflicts), nor be backed by its own article.
 */
import type { analyze as engineAnalyze, ClaimIndex } from '../engine';
import { verdictOf } from '../engine/analyze';
import type { AbortLike, Match } from '../engine/types';
import type { ClaimRelationsReply } from '../messaging/library-replies';
import type { StoredSource } from '../store';

/** Most relations kept for one claim: the best few of each kind, as the engine ranks them. */
export const MAX_RELATIONS = 12;

const ORDER = { conflicts: 0, corroborates: 1, related: 2 } as const;

/**
 * Relations of one saved claim. A claim of several sentences gets the matches of each, once per source
 * sentence. A claim without a URL can still meet itself in the index: that match is dropped.
 * @param signal checked between sentences by the engine; aborting throws an AbortError.
 */
export function claimRelations(
  claim: Pick<StoredSource, 'id' | 'text' | 'published' | 'url'>,
  index: ClaimIndex,
  analyze: typeof engineAnalyze,
  signal?: AbortLike,
): ClaimRelationsReply {
  const ctx = { ...(claim.published ? { published: claim.published } : {}), ...(claim.url ? { url: claim.url } : {}) };
  const results = analyze(claim.text, index, ctx, signal ? { signal } : {});
  const seen = new Set<string>();
  const matches: Match[] = [];
  for (const result of results) {
    for (const m of result.matches) {
      const key = `${m.source.id}|${m.quoteStart}`;
      if (m.source.id === claim.id || seen.has(key)) continue;
      seen.add(key);
      matches.push(m);
    }
  }
  // Stable sort: the engine's order (best first) is kept within each kind.
  matches.sort((a, b) => ORDER[a.relation] - ORDER[b.relation]);
  // The verdict weighs every match, even those past the cap.
  return { verdict: verdictOf(matches), matches: matches.slice(0, MAX_RELATIONS) };
}
