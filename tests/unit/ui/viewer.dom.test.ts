// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { runViewer } from '../../../src/ui/viewer/viewer';
import { viewerPath } from '../../../src/ui/popup/target';
import { kyivSeed } from './fixtures';

const text = 'Headline\n\nNorth Korea is expected to send reinforcements.\n\nPyongyang is also expected to send 150 short-range KN-23 ballistic missiles to Russia in 2025.';
const source = { ...kyivSeed, text };

beforeAll(() => {
  // jsdom has no layout, so no scrollIntoView; the viewer calls it on the mark.
  Element.prototype.scrollIntoView = function () {};
});

async function view(search: string, reply: unknown) {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  const asked: string[] = [];
  await runViewer(root, search, async (id) => (asked.push(id), reply));
  return { root, asked };
}

const searchFor = (start: number, end: number) => `?${viewerPath(source.id, start, end).split('?')[1]}`;

describe('viewer', () => {
  it('shows the source with exactly the quoted range marked and focused', async () => {
    const start = text.indexOf('Pyongyang');
    const end = text.length;
    const { root, asked } = await view(searchFor(start, end), { ok: true, data: { source } });
    expect(asked).toEqual([source.id]);
    expect(root.querySelector('h1')?.textContent).toBe(source.title);
    expect(root.querySelector('.byline')?.textContent).toBe('Kyiv Independent · Jan 2025');
    expect(root.querySelectorAll('article p')).toHaveLength(3);
    const marks = root.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe(text.slice(start, end));
    expect(document.activeElement).toBe(marks[0]);
  });

  it('shows the document without a mark, and says so, when the range is outside the text', async () => {
    const { root } = await view(searchFor(10, text.length + 50), { ok: true, data: { source } });
    expect(root.querySelector('mark')).toBeNull();
    expect(root.querySelector('.notice')?.textContent).toMatch(/not in this version/);
    expect(root.querySelectorAll('article p')).toHaveLength(3);
  });

  it('shows the background error for an unknown id', async () => {
    const { root } = await view('?id=seed:nope', { ok: false, error: "source/get failed: no source with id 'seed:nope'" });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('no source with id');
  });

  it('rejects a malformed reply and a missing id without asking', async () => {
    expect((await view('?id=x', { ok: true, data: { source: { id: 'x' } } })).root.textContent).toMatch(/unexpected format/);
    const { root, asked } = await view('', { ok: true, data: { source } });
    expect(asked).toEqual([]);
    expect(root.textContent).toBe('No source was given to show.');
  });

  it('keeps stored text as text', async () => {
    const evil = '<script>alert(1)</script><b>bold</b>';
    const { root } = await view('?id=x', { ok: true, data: { source: { ...source, title: evil, text: evil } } });
    expect(root.querySelector('script, b')).toBeNull();
    expect(root.querySelector('article')?.textContent).toBe(evil);
  });
});
