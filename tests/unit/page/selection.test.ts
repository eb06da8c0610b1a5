// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readPageMeta } from '../../../src/page/extract';
import { nothingSelected } from '../../../src/messaging/schemas';
import { pageInfo, readSelection } from '../../../src/page/selection';

const URL_ = 'https://news.example/a?x=1';

function setPage(html: string, head = '') {
  document.head.replaceChildren();
  document.body.replaceChildren();
  const parsed = new DOMParser().parseFromString(`<html><head>${head}</head><body>${html}</body></html>`, 'text/html');
  document.head.append(...Array.from(parsed.head.childNodes, (n) => document.importNode(n, true)));
  document.body.append(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
}

function select(start: Node, startOffset: number, end: Node, endOffset: number) {
  const r = document.createRange();
  r.setStart(start, startOffset);
  r.setEnd(end, endOffset);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(r);
}

afterEach(() => document.getSelection()?.removeAllRanges());

describe('readSelection', () => {
  it('describes the selection with the page it was made on', () => {
    setPage('<p>Kyiv said <b>500</b> soldiers died.</p>', '<title>T</title><meta property="og:site_name" content="Example News"><meta name="date" content="2025-01-24">');
    const b = document.querySelector('b')!;
    select(b.firstChild!, 0, b.nextSibling!, ' soldiers'.length);
    expect(readSelection(document, URL_)).toEqual({
      ok: true,
      data: {
        page: { url: URL_, title: 'T', siteName: 'Example News', published: '2025-01-24' },
        selector: { exact: '500 soldiers', prefix: 'Kyiv said ', suffix: ' died.', position: { start: 10, end: 22 } },
      },
    });
  });

  it('asks for a selection when there is none, it is collapsed, or it covers no visible text', () => {
    setPage('<p>Text</p><p hidden>secret</p>');
    expect(readSelection(document, URL_)).toEqual({ ok: false, error: nothingSelected() });
    const p = document.querySelector('p')!;
    select(p.firstChild!, 2, p.firstChild!, 2);
    expect(readSelection(document, URL_)).toEqual({ ok: false, error: nothingSelected() });
    const hidden = document.querySelector('[hidden]')!;
    select(hidden.firstChild!, 0, hidden.firstChild!, 6);
    expect(readSelection(document, URL_)).toEqual({ ok: false, error: nothingSelected() });
  });

  it('refuses an over-long selection with a clear message', () => {
    setPage(`<p>${'word '.repeat(1200)}</p>`);
    const t = document.querySelector('p')!.firstChild!;
    select(t, 0, t, (t as Text).data.length);
    expect(readSelection(document, URL_)).toEqual({ ok: false, error: expect.stringMatching(/too long to save \(5,999 characters; at most 5,000\)/) });
  });
});

describe('pageInfo', () => {
  it('takes the metadata it is given, cuts it to the schema and drops dates the schema refuses', () => {
    setPage('', '<title>Meta title</title>');
    expect(pageInfo({ title: 'Article title', published: '2025-02-31x' }, URL_)).toEqual({ url: URL_, title: 'Article title' });
    expect(pageInfo(readPageMeta(document), URL_)).toEqual({ url: URL_, title: 'Meta title' });
    expect(pageInfo({ title: 'x'.repeat(2000) }, URL_).title.length).toBe(1000);
  });
});
