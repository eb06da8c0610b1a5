import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { savedClaimId } from '../../../src/store/claim-id';
import type { StoredSource } from '../../../src/store/db';
import { annotationToRecord } from '../../../src/transfer/annotation-import';
import { ANNO_CONTEXT, toAnnotationCollection, toWebAnnotation } from '../../../src/transfer/web-annotation-export';
import { readImportFile } from '../../../src/transfer/read-file';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/transfer/${name}`, import.meta.url), 'utf8');

const claim: StoredSource & { url: string } = {
  id: 'saved:0123456789abcdef',
  kind: 'saved',
  file: null,
  title: 'North Korean troops in Kursk',
  text: '8,000 North Korean troops are in Kursk',
  url: 'https://news.example/world/kursk',
  publisher: 'Example News',
  siteName: 'Example News',
  savedAt: Date.UTC(2025, 1, 3, 9, 0),
  editedAt: Date.UTC(2025, 1, 4, 10, 30),
  selector: { exact: '8,000 North Korean troops are in Kursk', prefix: 'Officials said ', suffix: ' as of January.' },
  note: 'The Pentagon said 11,000.',
  tags: ['Kursk', 'troops'],
};
const seed: StoredSource = { id: 'seed:000_x', kind: 'seed', file: '000_x.txt', title: 'A seed', text: 'Seed text.', url: 'https://seed.example/a' };
const imported: StoredSource = { id: 'doc:1', kind: 'import', file: null, title: 'A document', text: 'Imported text.' };

async function back(annotation: unknown): Promise<StoredSource> {
  const result = await annotationToRecord(JSON.parse(JSON.stringify(annotation)), 1, 0);
  if (!result.ok) throw new Error(`${result.problem.field}: ${result.problem.reason}`);
  return result.record;
}

describe('saved claims as W3C Web Annotations', () => {
  it('writes the page as the target source, the quote as a TextQuoteSelector, the note and tags as bodies by purpose', () => {
    const a = toWebAnnotation(claim);
    expect(a).toMatchObject({
      id: 'urn:claimlens:saved:0123456789abcdef',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2025-02-03T09:00:00.000Z',
      modified: '2025-02-04T10:30:00.000Z',
      target: { source: claim.url, selector: [{ type: 'TextQuoteSelector', exact: claim.selector!.exact, prefix: 'Officials said ', suffix: ' as of January.' }] },
    });
    expect(a.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'The Pentagon said 11,000.', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'Kursk' },
      { type: 'TextualBody', purpose: 'tagging', value: 'troops' },
    ]);
  });

  it('adds a TextPositionSelector only when a position is stored', () => {
    const withPosition = { ...claim, selector: { ...claim.selector!, position: { start: 120, end: 158 } } } as typeof claim;
    expect(toWebAnnotation(withPosition).target.selector).toContainEqual({ type: 'TextPositionSelector', start: 120, end: 158 });
    expect(toWebAnnotation(claim).target.selector).toHaveLength(1);
  });

  it('collects only saved claims and counts the sources left out', () => {
    const { collection, leftOut } = toAnnotationCollection([claim, seed, imported], Date.UTC(2025, 2, 1));
    expect(collection['@context']).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(1);
    expect(collection.first.items.map((i) => i.id)).toEqual(['urn:claimlens:saved:0123456789abcdef']);
    expect(leftOut).toBe(2);
  });

  it('round-trips a saved claim: quote, prefix, suffix, URL, note, tags, times, title and id', async () => {
    const r = await back(toWebAnnotation(claim));
    expect(r).toEqual({
      id: claim.id,
      kind: 'saved',
      file: null,
      title: claim.title,
      text: claim.text,
      url: claim.url,
      savedAt: claim.savedAt,
      editedAt: claim.editedAt,
      selector: claim.selector,
      note: claim.note,
      tags: claim.tags,
    });
  });

  it('keeps the reader’s rewording of an edited claim and the text position', async () => {
    const edited = { ...claim, text: 'About 8,000 troops in Kursk (officials)', selector: { ...claim.selector!, position: { start: 5, end: 43 } } } as typeof claim;
    const r = await back(toWebAnnotation(edited));
    expect(r.text).toBe(edited.text);
    expect(r.selector).toEqual(edited.selector);
  });

  it('reads another tool’s annotation: one body, one selector object, a URL with a fragment', async () => {
    const read = await readImportFile(fixture('other-tool.jsonld'), 42);
    if (!read.ok) throw new Error(read.error);
    expect(read.format).toBe('web-annotation');
    const [first, second] = read.items;
    if (!first?.ok) throw new Error('first annotation refused');
    expect(first.record).toMatchObject({
      id: await savedClaimId('https://news.example/briefing', 'North Korea has sent 8,000 troops'),
      url: 'https://news.example/briefing',
      text: 'North Korea has sent 8,000 troops',
      note: 'Check this number',
      savedAt: Date.UTC(2024, 10, 2, 10),
      selector: { exact: 'North Korea has sent 8,000 troops', prefix: 'The minister said ', suffix: ' to the border' },
    });
    expect(second).toEqual({ ok: false, problem: { item: 2, field: 'target', reason: expect.stringMatching(/no quoted text/) } });
  });

  it('reads a Hypothesis export: note from text, tags cleaned, edit time from updated, page notes refused', async () => {
    const read = await readImportFile(fixture('hypothesis-export.json'), 42);
    if (!read.ok) throw new Error(read.error);
    expect(read.format).toBe('hypothesis');
    const [first, note, plain] = read.items;
    if (!first?.ok || !plain?.ok) throw new Error('a highlight was refused');
    expect(first.record).toMatchObject({
      kind: 'saved',
      title: 'North Korean troops in Kursk',
      url: 'https://news.example/world/kursk',
      note: "Compare with the Pentagon's figure.",
      tags: ['Kursk', 'troops'],
      savedAt: Date.UTC(2025, 1, 3, 9, 15),
      editedAt: Date.UTC(2025, 1, 4, 12),
      selector: { exact: 'about 11,000 North Korean soldiers were sent to Kursk', prefix: 'Officials said that ', suffix: ' in the autumn of 2024.', position: { start: 1200, end: 1254 } },
    });
    expect(note?.ok).toBe(false);
    expect(plain.record.editedAt).toBeUndefined();
    expect(plain.record.note).toBeUndefined();
  });

  it('refuses an annotation without a page address or with a quote longer than a claim', async () => {
    const noSource = await annotationToRecord({ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'x' } } }, 3, 0);
    expect(noSource).toEqual({ ok: false, problem: { item: 3, field: 'target.source', reason: "missing (the page's address)" } });
    const long = await annotationToRecord({ target: { source: 'https://a.example/', selector: { type: 'TextQuoteSelector', exact: 'x'.repeat(5001) } } }, 4, 0);
    expect(long.ok || long.problem.field).toBe('target.selector.exact');
  });
});
