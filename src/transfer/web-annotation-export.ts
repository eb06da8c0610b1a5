/**
 * Saved claims as W3C Web Annotations (JSON-LD), so other annotation tools can open them: the page is the
 * target's source, the quote a TextQuoteSelector (plus a TextPositionSelector when one is stored), the
 * reader's note a "commenting" body and each tag a "tagging" body. Seeds and imported documents are whole
 * documents, not annotations on a page, so they are left out and counted.
 */
import type { StoredSource } from '../store/db';
import type { TransferSelector } from './record';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Ids of ClaimLens's own annotations: `urn:claimlens:` + the stored id, so a re-import finds the same record. */
export const URN_PREFIX = 'urn:claimlens:';

interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging' | 'describing';
  value: string;
  format?: 'text/plain';
}

/** One saved claim as a Web Annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created?: string;
  modified?: string;
  body?: TextualBody[];
  target: { source: string; selector: object[] };
  /** The page's title, where Hypothesis keeps it (JSON-LD processors ignore it; Hypothesis-style readers use it). */
  document?: { title: string[] };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generated: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** Whether a source can be an annotation: a saved claim with the page it came from. */
export function isAnnotatable(s: StoredSource): s is StoredSource & { url: string } {
  return s.kind === 'saved' && typeof s.url === 'string' && s.url.length > 0;
}

/**
 * The collection of `sources` that are annotations, and how many were left out.
 * @param now export time, ms since the epoch.
 */
export function toAnnotationCollection(sources: readonly StoredSource[], now: number): { collection: AnnotationCollection; leftOut: number } {
  const items = sources.filter(isAnnotatable).map(toWebAnnotation);
  const id = `${URN_PREFIX}export:${now}`;
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'ClaimLens saved claims',
    generated: new Date(now).toISOString(),
    total: items.length,
    first: { id: `${id}:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return { collection, leftOut: sources.length - items.length };
}

/** One saved claim as an annotation. */
export function toWebAnnotation(s: StoredSource & { url: string }): WebAnnotation {
  const selector: TransferSelector = (s.selector as TransferSelector | undefined) ?? { exact: s.text, prefix: '', suffix: '' };
  const body: TextualBody[] = [];
  // An edited claim reads differently from the page's words: keep the reader's wording as a description.
  if (s.text !== selector.exact) body.push({ type: 'TextualBody', purpose: 'describing', value: s.text, format: 'text/plain' });
  if (s.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: s.note, format: 'text/plain' });
  for (const tag of s.tags ?? []) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const selectors: object[] = [{ type: 'TextQuoteSelector', exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix }];
  if (selector.position) selectors.push({ type: 'TextPositionSelector', start: selector.position.start, end: selector.position.end });
  return {
    id: `${URN_PREFIX}${s.id}`,
    type: 'Annotation',
    motivation: s.note ? 'commenting' : 'highlighting',
    ...(s.savedAt !== undefined ? { created: new Date(s.savedAt).toISOString() } : {}),
    ...(s.editedAt !== undefined ? { modified: new Date(s.editedAt).toISOString() } : {}),
    ...(body.length > 0 ? { body } : {}),
    target: { source: s.url, selector: selectors },
    ...(s.title ? { document: { title: [s.title] } } : {}),
  };
}
