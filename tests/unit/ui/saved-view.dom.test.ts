// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { SavedAnchor } from '../../../src/messaging/saved-anchors';
import type { ContentRequest } from '../../../src/messaging/schemas';
import { runPopup, type PopupPorts } from '../../../src/ui/popup/popup';
import { anchorsFromPageState, renderSaved, SAVED_POLL_MAX } from '../../../src/ui/popup/saved-view';
import { pageState, savedSource } from './fixtures';

const ok = (data: unknown) => ({ ok: true, data });
const KEPT = savedSource({ id: 'saved:kept', text: 'Schools reopened on Monday.' });
const EDITED = savedSource({ id: 'saved:edited', text: 'The council approved 2,000 homes.' });
const GONE = savedSource({ id: 'saved:gone', text: 'Officials said 38 of 42 drones were shot down.' });
const SETTLED: SavedAnchor[] = [
  { id: KEPT.id, state: 'found' },
  { id: EDITED.id, state: 'changed', now: 'The council approved 2,300 homes.' },
  { id: GONE.id, state: 'orphaned' },
];
const items = (root: ParentNode) =>
  [...root.querySelectorAll('.saved-item')].map((li) => [li.getAttribute('data-anchor'), li.querySelector('.saved-anchor')?.textContent ?? null]);

function fakePorts(states: unknown[]) {
  const toTab: ContentRequest[] = [];
  const opened: string[] = [];
  let i = 0;
  const ports: PopupPorts = {
    findTab: async () => ({ id: 3, url: 'https://news.example/story', title: 'Story' }),
    sendToTab: async (_id, message) => (toTab.push(message), states[Math.min(i++, states.length - 1)]),
    sendToBackground: async () => ok({ sources: [KEPT, EDITED, GONE] }),
    extensionUrl: (path) => `chrome-extension://id${path}`,
    openTab: async (url) => void opened.push(url),
    wait: vi.fn(async () => undefined),
  };
  return { ports, toTab, opened };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('saved claims in the popup', () => {
  it('says for each saved claim whether the page found it, what it reads now, or that it is orphaned', () => {
    const anchors = anchorsFromPageState(ok(pageState({ saved: SETTLED })))!;
    const root = renderSaved({ ok: true, sources: [KEPT, EDITED, GONE, savedSource({ id: 'saved:unknown' })] }, () => {}, anchors);
    expect(items(root)).toEqual([
      ['found', 'Highlighted on this page.'],
      ['changed', 'The saved text now reads “The council approved 2,300 homes.”'],
      ['orphaned', 'Not found on this page (orphaned). It is still saved.'],
      [null, null],
    ]);
  });

  it('ignores page states without saved claims or that fail validation', () => {
    expect(anchorsFromPageState(ok(pageState()))).toBeNull();
    expect(anchorsFromPageState(ok(pageState({ saved: [{ id: '', state: 'lost' }] as never })))).toBeNull();
  });

  it('follows a search still running after the analysis, then lets an orphaned claim open', async () => {
    const searching = SETTLED.map((a) => (a.state === 'found' ? a : { id: a.id, state: 'searching' as const }));
    const { ports, toTab, opened } = fakePorts([
      ok(pageState({ status: 'analyzing', claims: [], saved: searching })),
      ok(pageState({ saved: searching })),
      ok(pageState({ saved: searching })),
      ok(pageState({ saved: SETTLED })),
    ]);
    const root = document.createElement('div');
    await runPopup(root, ports);
    await vi.waitFor(() => expect(items(root).map(([state]) => state)).toEqual(['found', 'changed', 'orphaned']));
    expect(toTab).toHaveLength(4);
    root.querySelectorAll<HTMLButtonElement>('.saved-open')[2]!.click();
    expect(opened).toEqual([`chrome-extension://id/viewer.html?id=${encodeURIComponent(GONE.id)}`]);
  });

  it('stops following a page that never finishes its search', async () => {
    const searching = SETTLED.map((a) => ({ id: a.id, state: 'searching' as const }));
    const { ports, toTab } = fakePorts([ok(pageState({ saved: searching }))]);
    await runPopup(document.createElement('div'), ports);
    await vi.waitFor(() => expect(toTab).toHaveLength(1 + SAVED_POLL_MAX));
    await settle();
    expect(toTab).toHaveLength(1 + SAVED_POLL_MAX);
  });
});
