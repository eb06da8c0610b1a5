/**
 * "Your data" end to end: the built extension in headless Chromium, driven through the options page. The steps
 * share one browser and build on each other, as one reader's session would: save and import, export, reset,
 * import the export back, import it again, then try two bad files.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Extension } from './pages/extension';
import { OptionsPage } from './pages/options-page';

const NOTES_FIXTURE = resolve('tests/fixtures/transfer/claimlens-notes.json');
const PAGE = { url: 'https://news.example/world/kursk', title: 'North Korean troops in Kursk', siteName: 'Example News', published: '2025-02-03' };
const CLAIMS = ['8,000 North Korean troops are in Kursk', 'Russia launched 42 drones overnight on Sunday'];

interface Source {
  id: string;
  kind: string;
  [field: string]: unknown;
}
const sourcesOf = (json: string) => (JSON.parse(json) as { sources: Source[] }).sources;

describe('Your data: export, import, reset', { timeout: 120_000 }, () => {
  let ext: Extension;
  let options: OptionsPage;
  let dir: string;
  let exported: { path: string; sources: Source[] };

  /** Every source in the store, read through the background (the same export the page uses). */
  async function storeSources(): Promise<Source[]> {
    const reply = (await options.send({ type: 'data/export', format: 'claimlens' })) as { ok: boolean; data: { json: string } };
    assert.ok(reply.ok, 'export message failed');
    return sourcesOf(reply.data.json);
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimlens-data-'));
    ext = await Extension.launch();
    options = await OptionsPage.open(ext);
  });

  after(async () => {
    await ext?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a ClaimLens file with a note, tags and a text position, next to claims saved on a page', async () => {
    for (const exact of CLAIMS) {
      const reply = (await options.send({ type: 'claim/save', page: PAGE, selector: { exact, prefix: 'Officials said ', suffix: '.' } })) as { ok: boolean };
      assert.ok(reply.ok, `saving “${exact}” failed`);
    }
    const preview = await options.choose(NOTES_FIXTURE);
    assert.match(preview, /ClaimLens file: 2 items/);
    assert.match(preview, /2 new \(1 saved claim, 1 document\)/);
    assert.match(await options.apply(), /^Imported 2 items\./);
    assert.equal((await storeSources()).length, 9);
  });

  it('exports everything as a ClaimLens file, and the saved claims as Web Annotations', async () => {
    const file = await options.export('json');
    assert.match(file.filename, /^claimlens-\d{4}-\d\d-\d\d\.json$/);
    assert.match(file.status, /Exported 9 sources/);
    const sources = sourcesOf(file.text);
    assert.equal(JSON.parse(file.text).format, 'claimlens');
    const noted = sources.find((s) => s.id === 'saved:5e1f0c2a9b7d4e31');
    assert.deepEqual(noted?.tags, ['Kursk', 'NIS']);
    assert.deepEqual((noted?.selector as { position?: object }).position, { start: 412, end: 466 });
    exported = { path: join(dir, file.filename), sources };
    await writeFile(exported.path, file.text);

    const wa = await options.export('annotations');
    const collection = JSON.parse(wa.text) as { '@context': string; total: number; first: { items: { target: { source: string } }[] } };
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.total, 3);
    assert.match(wa.status, /Exported 3 saved claims to claimlens-annotations-.*\.jsonld\. 6 sources were left out/);
  });

  it('resets to the seeds, dropping saved claims, after asking', async () => {
    const { question, status } = await options.reset(false);
    assert.match(question, /every saved claim/);
    assert.equal(status, 'Done: 5 original sources restored, 1 imported document deleted, 3 saved claims deleted.');
    const left = await storeSources();
    assert.deepEqual(left.map((s) => s.kind), Array(5).fill('seed'));
  });

  it('imports the export back: the preview counts right and every field returns', async () => {
    const preview = await options.choose(exported.path);
    assert.match(preview, /4 new \(3 saved claims, 1 document\)/);
    assert.match(preview, /5 already in your store/);
    assert.match(await options.apply(), /^Imported 4 items\. 5 were already in your store\./);
    assert.deepEqual(await storeSources(), exported.sources);
  });

  it('importing the same file again adds nothing', async () => {
    const preview = await options.choose(exported.path);
    assert.match(preview, /0 new/);
    assert.match(preview, /9 already in your store/);
    assert.match(preview, /Nothing new to import/);
    assert.equal(await options.applyButton().count(), 0);
    assert.deepEqual(await storeSources(), exported.sources);
  });

  it('refuses a cut-short file and a file with an invalid item, changing nothing', async () => {
    const before = (await storeSources()).length;
    const text = JSON.stringify({ format: 'claimlens', version: 1, sources: exported.sources });
    const truncated = join(dir, 'truncated.json');
    await writeFile(truncated, text.slice(0, Math.floor(text.length * 0.6)));
    const shown = await options.choose(truncated);
    assert.match(shown, /isn’t valid JSON.*Nothing was changed\./);
    assert.equal(await options.page.locator('.import-preview [role="alert"]').count(), 1);

    const invalid = join(dir, 'invalid.json');
    const fresh = { id: 'doc:new-one', kind: 'import', title: 'New', text: 'A new document about 5,000 troops.' };
    await writeFile(invalid, JSON.stringify({ format: 'claimlens', version: 1, sources: [fresh, { id: 'doc:bad', kind: 'import', title: 'Bad' }] }));
    const preview = await options.choose(invalid);
    assert.match(preview, /1 new/);
    assert.match(preview, /1 can’t be imported:.*Item 2, text: missing/);
    assert.ok(await options.applyButton().isDisabled(), 'Import is enabled for a file with an invalid item');
    assert.equal((await storeSources()).length, before);
  });
});
