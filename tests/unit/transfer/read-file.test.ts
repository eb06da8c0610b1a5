import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ITEMS } from '../../../src/transfer/limits';
import { readImportFile, unknownFile } from '../../../src/transfer/read-file';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/transfer/${name}`, import.meta.url), 'utf8');

describe('reading an import file', () => {
  it('refuses cut-short JSON as a whole', async () => {
    const text = fixture('hypothesis-export.json');
    const r = await readImportFile(text.slice(0, text.length / 2), 0);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/isn’t valid JSON/) });
  });

  it('refuses a file above the size cap before parsing it', async () => {
    const r = await readImportFile(' '.repeat(MAX_IMPORT_CHARS + 1), 0);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/too big/) });
  });

  it('refuses more items than the cap', async () => {
    const sources = Array.from({ length: MAX_IMPORT_ITEMS + 1 }, (_, i) => ({ id: `d${i}`, title: '', text: 'x' }));
    const r = await readImportFile(JSON.stringify({ sources }), 0);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/at most 10,000/) });
  });

  it('refuses JSON it does not recognise, naming what it reads', async () => {
    expect(await readImportFile('{"hello": "world"}', 0)).toEqual({ ok: false, error: unknownFile() });
    expect(await readImportFile('[1, 2]', 0)).toEqual({ ok: false, error: unknownFile() });
    expect(await readImportFile('{"format": "pocket", "items": []}', 0)).toEqual({ ok: false, error: expect.stringMatching(/“pocket”/) });
  });

  it('reads a set of documents as imported sources, reporting the bad ones', async () => {
    const r = await readImportFile(fixture('documents.json'), 0);
    if (!r.ok) throw new Error(r.error);
    expect(r.format).toBe('documents');
    expect(r.items.map((i) => (i.ok ? i.record : i.problem))).toEqual([
      { id: 'doc:briefing-1', kind: 'import', file: null, title: 'Briefing: Kursk front', text: expect.stringContaining('11,000'), url: 'https://briefing.example/1', publisher: 'Briefing Desk', published: '2024-11-04' },
      { id: 'doc:briefing-2', kind: 'import', file: null, title: 'Briefing: shells', text: expect.stringContaining('1.5 million') },
      { item: 3, field: 'text', reason: 'missing' },
      { item: 4, field: 'published', reason: 'expected YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
  });

  it('takes a single annotation, a page, a bare array and a Hypothesis search answer', async () => {
    const anno = { type: 'Annotation', target: { source: 'https://a.example/', selector: { type: 'TextQuoteSelector', exact: 'quoted' } } };
    const formats = await Promise.all(
      [anno, { type: 'AnnotationPage', items: [anno] }, [anno], { total: 1, rows: [{ ...anno, type: undefined }] }].map(async (v) => {
        const r = await readImportFile(JSON.stringify(v), 0);
        return r.ok ? [r.format, r.items.length, r.items[0]?.ok] : r.error;
      }),
    );
    expect(formats).toEqual([
      ['web-annotation', 1, true],
      ['web-annotation', 1, true],
      ['web-annotation', 1, true],
      ['hypothesis', 1, true],
    ]);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readImportFile(fixture('documents.json'), 0, controller.signal)).rejects.toThrow();
  });
});
