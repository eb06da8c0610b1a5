/**
 * The engine's public API: build an index over sources, analyse a text against it.
 * Pure: text in, data out. The same code runs in Node tests, the CLI and the background.
 */
export type * from './types';
export { ClaimIndex } from './claim-index';
export { analyze, type AnalyzeOptions } from './analyze';
export { splitSentences, type Span } from './sentences';
