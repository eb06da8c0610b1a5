// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { anchorClaims, anchorQuote, describeRange, preparePageText, rangeFor } from '../../../src/page/anchor';
import { selectorAt } from '../../../src/page/quote-match';
import { buildTextMap, buildTextMapAsync, offsetOf } from '../../../src/page/text-map';
import { blockText } from '../../../src/page/extract';

function body(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture only, not page text
  return document.body;
}

describe('text map', () => {
  it('joins text across inline markup and breaks between blocks', () => {
    const root = body('<p>North <a href="#">Korea</a> sent <em>12,000</em> troops.</p><p>Second</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('North Korea sent 12,000 troops.\nSecond');
    expect(map.nodes.map((n) => n.data)).toEqual(['North ', 'Korea', ' sent ', '12,000', ' troops.', 'Second']);
  });

  it('leaves out script, style, hidden elements and our own host', () => {
    const root = body(
      '<p>Kept</p><script>var x = 1</script><style>p{}</style><p hidden>Hidden</p><claimlens-root>Ours</claimlens-root><p>Also kept</p>',
    );
    expect(buildTextMap(root).text).toBe('Kept\nAlso kept');
  });

  it('breaks at <br>', () => {
    expect(buildTextMap(body('<p>one<br>two</p>')).text).toBe('one\ntwo');
  });

  it('builds the same map in slices', async () => {
    const root = body(Array.from({ length: 300 }, (_, i) => `<p>Para <b>${i}</b> text.</p>`).join(''));
    const sync = buildTextMap(root);
    const sliced = await buildTextMapAsync(root);
    expect(sliced.text).toBe(sync.text);
    expect(sliced.starts).toEqual(sync.starts);
  });

  it('stops when the signal aborts', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(buildTextMapAsync(body('<p>x</p>'), ctl.signal)).rejects.toThrow();
  });

  it('maps element boundary points to the next text', () => {
    const root = body('<p>ab</p><p>cd</p>');
    const map = buildTextMap(root);
    const second = root.children[1]!;
    expect(offsetOf(map, second, 0)).toBe(map.text.indexOf('cd'));
    expect(offsetOf(map, root, root.childNodes.length)).toBe(map.text.length);
  });
});

describe('anchorQuote', () => {
  it('anchors a claim split by links and emphasis', () => {
    const root = body('<p>Officials said <a href="#">North Korea</a> sent <em>12,000</em> troops to Kursk.</p>');
    const range = anchorQuote({ exact: 'North Korea sent 12,000 troops', prefix: '', suffix: '' }, root);
    expect(range?.toString()).toBe('North Korea sent 12,000 troops');
  });

  it('anchors despite whitespace and typographic differences', () => {
    const root = body('<p>Kyiv\u2019s army  said\n   the \u201Cfront\u201D held \u2014 for now.</p>');
    const range = anchorQuote({ exact: `Kyiv's army said the "front" held - for now`, prefix: '', suffix: '' }, root);
    expect(range?.toString()).toBe('Kyiv\u2019s army  said\n   the \u201Cfront\u201D held \u2014 for now');
  });

  it('uses prefix and suffix to pick the right one of repeated sentences', () => {
    const root = body('<p>In May: <span>prices rose 5%.</span></p><p>In June: <span>prices rose 5%.</span></p>');
    const range = anchorQuote({ exact: 'prices rose 5%.', prefix: 'In June: ', suffix: '' }, root)!;
    expect(range.startContainer.parentElement).toBe(root.querySelectorAll('span')[1]);
  });

  it('returns null when the quote is not on the page', () => {
    expect(anchorQuote({ exact: 'nowhere to be found', prefix: '', suffix: '' }, body('<p>Something else.</p>'))).toBeNull();
  });

  it('does not anchor in hidden text', () => {
    expect(anchorQuote({ exact: 'secret', prefix: '', suffix: '' }, body('<p>open</p><div hidden>secret</div>'))).toBeNull();
  });
});

describe('describeRange', () => {
  it('round-trips: describe a selection, then anchor it again', () => {
    const root = body('<p>Kyiv said <b>500</b> died.</p><p>Moscow said <b>500</b> died.</p>');
    const range = document.createRange();
    const b = root.querySelectorAll('b')[1]!;
    range.setStart(b.previousSibling!, 0);
    range.setEnd(b.nextSibling!, ' died'.length);
    const selector = describeRange(range, root)!;
    expect(selector).toEqual({ exact: 'Moscow said 500 died', prefix: 'Kyiv said 500 died. ', suffix: '.', position: { start: 20, end: 40 } });
    const again = anchorQuote(selector, root)!;
    expect(again.toString()).toBe('Moscow said 500 died');
    expect(again.startContainer).toBe(b.previousSibling);
  });

  it('gives block boundaries as a space, and null for a selection with no visible text', () => {
    const root = body('<p>First.</p><p>Second.</p><p hidden>gone</p>');
    const across = document.createRange();
    across.selectNodeContents(root);
    expect(describeRange(across, root)?.exact).toBe('First. Second.');
    const hidden = document.createRange();
    hidden.selectNodeContents(root.querySelector('[hidden]')!);
    expect(describeRange(hidden, root)).toBeNull();
  });

  it('returns null for a range outside the root', () => {
    const root = body('<div id="a"><p>in</p></div><p id="b">out</p>');
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('#b')!);
    expect(describeRange(range, root.querySelector('#a')!)).toBeNull();
  });
});

describe('anchorClaims', () => {
  it('anchors claims of the extracted article text on the live page, in order', async () => {
    const root = body(
      '<nav>Menu: prices rose 5%.</nav><article><p>In May <a href="#">prices</a> rose 5%.</p><p>In June prices rose 5%.</p><p>Nothing else.</p></article>',
    );
    const article = blockText(root.querySelector('article')!);
    const claims = ['prices rose 5%.', 'prices rose 5%.', 'This sentence is not on the page.'].map((text, i) => {
      const start = i === 2 ? 0 : i === 0 ? article.indexOf(text) : article.lastIndexOf(text);
      return { text, start, end: start + text.length };
    });
    const ranges = await anchorClaims(preparePageText(buildTextMap(root)), article, claims);
    const paras = root.querySelectorAll('article p');
    expect(ranges[0]?.toString()).toBe('prices rose 5%.');
    expect(paras[0]!.contains(ranges[0]!.startContainer)).toBe(true);
    expect(paras[1]!.contains(ranges[1]!.startContainer)).toBe(true);
    expect(ranges[2]).toBeNull();
  });

  it('rangeFor returns null for an empty span', () => {
    const map = buildTextMap(body('<p>abc</p>'));
    expect(rangeFor(map, 1, 1)).toBeNull();
    expect(rangeFor(map, 0, 3)?.toString()).toBe('abc');
    expect(selectorAt(map.text, 0, 3).exact).toBe('abc');
  });
});
