/**
 * The engine's public data model. Pure data: no DOM, no browser APIs, no storage.
 * Everything here is plain JSON so it crosses message boundaries unchanged.
 */

/** A document the engine compares against: a seed article or a claim the reader saved. */
export interface SourceDoc {
  /** Stable id: `seed:<file stem>` for seeds, `saved:<hash>` for saved claims, or the id given in a store file. */
  id: string;
  title: string;
  /** Full text. For a saved claim, the selected text. */
  text: string;
  kind: 'seed' | 'saved' | 'import';
  /** Seed file name (e.g. `000_84ea4ea735d0cdc4.txt`), else null. */
  file: string | null;
  url?: string;
  publisher?: string;
  /** Publication date, `YYYY-MM-DD` or `YYYY-MM` or `YYYY`. Used to resolve relative times ("last fall"). */
  published?: string;
}

/** How a stored sentence bears on a claim. */
export type Relation = 'corroborates' | 'conflicts' | 'related';

/** A claim's overall judgement. */
export type Verdict = 'corroborated' | 'conflicting' | 'mixed' | 'unverified';

/** Enough of a source to show and open it. */
export interface SourceRef {
  id: string;
  title: string;
  file: string | null;
  kind: SourceDoc['kind'];
  url?: string;
  publisher?: string;
  published?: string;
}

export interface Match {
  relation: Relation;
  source: SourceRef;
  /** The source's sentence, verbatim. */
  quote: string;
  /** Character offsets of `quote` inside the source's text. */
  quoteStart: number;
  quoteEnd: number;
  /** One line a reader understands, e.g. "this page: 11,000 troops · Kyiv Independent, Jan 2025: 12,000 troops". */
  explanation: string;
  /** 0..1, higher is a closer match; used for ordering only. */
  score: number;
}

export interface ClaimResult {
  /** The claim as it appears in the analysed text (a sentence or clause). */
  text: string;
  /** Character offsets of `text` in the analysed text. */
  start: number;
  end: number;
  verdict: Verdict;
  /** Best first; at most a handful. */
  matches: Match[];
}

/** What the analysed document says about itself; used to scope relative times and to skip self-matches. */
export interface DocContext {
  /** Publication date of the analysed document (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), if known. */
  published?: string;
  /** URL of the analysed document; sources saved from this same URL never match the text they were saved from. */
  url?: string;
}

/** The part of `AbortSignal` the engine needs; declared here because the engine is compiled without DOM types. */
export interface AbortLike {
  readonly aborted: boolean;
}
