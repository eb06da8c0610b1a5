// @vitest-environment jsdom
/** Painting more claims next to those painted: what is painted stays as it is (same highlights, same markers). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOverlay } from '../../../src/page/overlay';
import { createPainter } from '../../../src/page/paint';

/**
 * jsdom has no Custom Highlight API nor constructed stylesheets: a registry and a Highlight that are what the
 * browser's are (a map and a set), and sheets that accept any text.
 */
class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();
const w = window as unknown as { CSS: { highlights: typeof registry }; Highlight: typeof FakeHighlight };

function rangeOver(text: string): Range {
  const p = document.body.appendChild(Object.assign(document.createElement('p'), { textContent: text }));
  const r = document.createRange();
  r.selectNodeContents(p);
  return r;
}
const item = (index: number, verdict: 'corroborated' | 'conflicting', text: string) => ({ index, claim: { verdict, matches: [] }, range: rangeOver(text) });

beforeEach(() => {
  w.CSS = { highlights: registry };
  w.Highlight = FakeHighlight;
  (CSSStyleSheet.prototype as unknown as { replaceSync(text: string): void }).replaceSync = () => {};
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], configurable: true, writable: true });
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  document.body.replaceChildren();
});
afterEach(() => {
  registry.clear();
  document.querySelector('claimlens-root')?.remove();
});

describe('painter.add', () => {
  it('adds highlights and markers, keeping the ones painted', () => {
    const overlay = createOverlay(document);
    const painter = createPainter(document, overlay);
    const first = item(0, 'conflicting', 'First claim.');
    painter.paint([first, item(1, 'corroborated', 'Second claim.')]);
    const conflicting = registry.get('claimlens-conflicting');
    const markers = Array.from(overlay.layer.children);

    painter.add([item(2, 'conflicting', 'Third claim.'), item(3, 'corroborated', 'Fourth claim.')]);
    expect(registry.get('claimlens-conflicting')).toBe(conflicting);
    expect([...conflicting!].map(String)).toEqual(['First claim.', 'Third claim.']);
    expect([...registry.get('claimlens-corroborated')!].map(String)).toEqual(['Second claim.', 'Fourth claim.']);
    const now = Array.from(overlay.layer.children);
    expect(now.slice(0, 2)).toEqual(markers);
    expect(now.map((m) => (m as HTMLElement).dataset.index)).toEqual(['0', '1', '2', '3']);
    expect(painter.focusMarker(3)).toBe(true);
    painter.destroy();
    expect(registry.size).toBe(0);
    overlay.destroy();
  });

  it('starts a verdict’s highlight when it has none yet, and adds nothing for no items', () => {
    const overlay = createOverlay(document);
    const painter = createPainter(document, overlay);
    painter.paint([item(0, 'corroborated', 'Only claim.')]);
    painter.add([]);
    expect(overlay.layer.children).toHaveLength(1);
    painter.add([item(1, 'conflicting', 'A disputed one.')]);
    expect([...registry.get('claimlens-conflicting')!].map(String)).toEqual(['A disputed one.']);
    painter.destroy();
    overlay.destroy();
  });
});
