// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeRange, preparePageText } from '../../../src/page/anchor';
import { anchorExactly, anchorFuzzily } from '../../../src/page/saved-anchor';
import { buildTextMap } from '../../../src/page/text-map';

function page(html: string) {
  document.body.innerHTML = html; // test fixture only, not page text
  return preparePageText(buildTextMap(document.body));
}
/** The selector a reader's selection of the `nth` occurrence of `words` on the current page gets. */
function savedSelection(words: string, nth = 0) {
  const map = buildTextMap(document.body);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = map.text.indexOf(words, at + 1);
  const range = document.createRange();
  const node = map.nodes.find((n, i) => map.starts[i]! <= at && at < map.starts[i]! + n.data.length)!;
  const start = at - map.starts[map.nodes.indexOf(node)]!;
  range.setStart(node, start);
  range.setEnd(node, start + words.length);
  return describeRange(range, document.body)!;
}
const SAME = 'The council approved the plan.';

describe('finding a saved claim again', () => {
  it('trusts the saved position first, while the text there is still the quote', () => {
    const text = page(`<p>Ahead. ${SAME}</p><p>Between. ${SAME}</p>`);
    const second = text.map.text.lastIndexOf(SAME);
    // Context that points at the first copy: the position still wins, because it is checked first.
    const selector = { exact: SAME, prefix: 'Ahead. ', suffix: '', position: { start: second, end: second + SAME.length } };
    const hit = anchorExactly(text, selector)!;
    expect(hit.via).toBe('position');
    expect(hit.range.startContainer).toBe(document.querySelectorAll('p')[1]!.firstChild);
    // A position that no longer holds the quote is passed over for the quote search.
    const stale = anchorExactly(text, { ...selector, position: { start: 0, end: SAME.length } })!;
    expect(stale.via).toBe('quote');
    expect(stale.range.startContainer).toBe(document.querySelectorAll('p')[0]!.firstChild);
  });

  it('falls back to the exact quote when the page moved, letting prefix and suffix choose among repeats', () => {
    page(`<p>Monday: ${SAME} Then rain.</p><p>Tuesday: ${SAME} Then sun.</p>`);
    const tuesday = savedSelection(SAME, 1);
    const moved = page(`<p>Breaking news banner.</p><p>Monday: ${SAME} Then rain.</p><p>Tuesday: ${SAME} Then sun.</p>`);
    const hit = anchorExactly(moved, tuesday)!;
    expect(hit.via).toBe('quote');
    expect(hit.range.startContainer.parentElement?.textContent).toMatch(/^Tuesday/);
    // Without its position, the context alone still picks Tuesday's.
    const { position: _, ...quoteOnly } = tuesday;
    expect(anchorExactly(moved, quoteOnly)!.range.startContainer.parentElement?.textContent).toMatch(/^Tuesday/);
  });

  it('leaves an edited quote to the fuzzy search, which finds it and says what it reads now', async () => {
    page('<p>Intro line here. The council approved 2,000 new homes on Tuesday after a long debate. Next sentence.</p>');
    const saved = savedSelection('The council approved 2,000 new homes on Tuesday after a long debate.');
    const edited = page('<p>Intro line here. The <em>city</em> council approved 2,300 new homes on Tuesday after a short debate. Next sentence.</p>');
    expect(anchorExactly(edited, saved)).toBeNull();
    const hit = (await anchorFuzzily(edited, saved))!;
    expect(hit.via).toBe('fuzzy');
    expect(hit.now).toBe('The city council approved 2,300 new homes on Tuesday after a short debate.');
    expect(hit.range.toString()).toBe('The city council approved 2,300 new homes on Tuesday after a short debate.');
  });

  it('finds nothing when the claim was removed from the page', async () => {
    page('<p>Officials said 38 of the 42 drones were shot down overnight.</p><p>Schools reopened on Monday.</p>');
    const saved = savedSelection('Officials said 38 of the 42 drones were shot down overnight.');
    const without = page('<p>Schools reopened on Monday, the mayor said.</p><p>Trains ran to time.</p>');
    expect(anchorExactly(without, saved)).toBeNull();
    expect(await anchorFuzzily(without, saved)).toBeNull();
  });
});
