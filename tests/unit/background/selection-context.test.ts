// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { contextFrom, selectionInPage } from '../../../src/background/selection-context';

function select(html: string, from: string, to: string) {
  document.body.innerHTML = html; // test fixture only, not page text
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const start = nodes.find((n) => n.data.includes(from))!;
  const end = nodes.find((n) => n.data.includes(to))!;
  const range = document.createRange();
  range.setStart(start, start.data.indexOf(from));
  range.setEnd(end, end.data.indexOf(to) + to.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

describe('reading the selection without the content script', () => {
  it('gives the selected words and the text either side, leaving out scripts and styles', () => {
    select(
      '<p>Earlier paragraph.</p><script>var tracking = 1;</script><p>Kyiv said <b>500</b> soldiers died in the attack.</p><style>p{}</style><p>Next one.</p>',
      '500',
      'soldiers',
    );
    expect(selectionInPage(128)).toEqual({ exact: '500 soldiers', prefix: 'Earlier paragraph.Kyiv said ', suffix: ' died in the attack.Next one.' });
  });

  it('reads at most `max` characters either side, and nothing when nothing is selected', () => {
    select(`<p>${'a'.repeat(300)} middle words ${'b'.repeat(300)}</p>`, 'middle', 'words');
    const read = selectionInPage(50)!;
    expect(read.prefix).toBe(`${'a'.repeat(49)} `);
    expect(read.suffix).toBe(` ${'b'.repeat(49)}`);
    document.getSelection()!.removeAllRanges();
    expect(selectionInPage(50)).toBeNull();
  });

  it('keeps 32 characters of collapsed context a side, as the content script does', () => {
    expect(contextFrom({ exact: '  the\n words ', prefix: `${'x'.repeat(40)}\n\n before `, suffix: ' after\t\t' + 'y'.repeat(40) })).toEqual({
      exact: 'the words',
      prefix: `${'x'.repeat(24)} before `,
      suffix: ` after ${'y'.repeat(25)}`,
    });
    expect(contextFrom({ exact: ' \n ', prefix: 'a', suffix: 'b' })).toBeNull();
  });
});
