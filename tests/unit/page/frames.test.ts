// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { findArticle, sameOriginFrameDocs, selectionDocument } from '../../../src/page/frames';

const PARAS = [
  'North Korea sent a contingent of 11,000 troops to Russia’s Kursk Oblast last year, officials said, adding that more units were expected to follow them in the spring.',
  'Pyongyang is expected to send 150 short-range ballistic missiles to Russia in 2025, the spy chief said in an interview published on Thursday by a defence magazine.',
  'Kyiv has said that North Korean troops have already suffered 4,000 casualties in the fighting there, though the number cannot be independently verified by reporters.',
];

function fill(doc: Document, paras: string[]) {
  const article = doc.createElement('article');
  article.append(...paras.map((t) => Object.assign(doc.createElement('p'), { textContent: t })));
  doc.body.replaceChildren(article);
}
function addFrame(paras: string[] = []): Document {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  fill(frame.contentDocument!, paras);
  return frame.contentDocument!;
}

beforeEach(() => {
  document.body.replaceChildren(Object.assign(document.createElement('header'), { textContent: 'Reader view' }));
});

describe('articles in iframes', () => {
  it('prefers the top document’s own article', async () => {
    addFrame(PARAS);
    fill(document, PARAS.slice(0, 3));
    const found = await findArticle(document);
    expect(found.ok && found.doc).toBe(document);
  });

  it('reads the article of a same-origin iframe when the top document has none, choosing the longest', async () => {
    addFrame(PARAS.slice(0, 1));
    const longest = addFrame(PARAS);
    const found = await findArticle(document);
    expect(found.ok && found.doc).toBe(longest);
    expect(found.ok && found.article.text).toContain('4,000 casualties');
  });

  it('says why there is no article when no document has one', async () => {
    addFrame(['Login']);
    const found = await findArticle(document);
    expect(found).toEqual({ ok: false, reason: { key: 'pageNotArticle' } });
  });

  it('lists only iframes whose document it may read', () => {
    const readable = addFrame();
    const sandboxed = document.createElement('iframe');
    // A cross-origin frame's contentDocument is null; a sandboxed one's too.
    Object.defineProperty(sandboxed, 'contentDocument', { value: null });
    document.body.append(sandboxed);
    const throwing = document.createElement('iframe');
    Object.defineProperty(throwing, 'contentDocument', {
      get() {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    });
    document.body.append(throwing);
    expect(sameOriginFrameDocs(document)).toEqual([readable]);
  });
});

describe('the selection to save', () => {
  const select = (doc: Document, text: string) => {
    const p = doc.body.appendChild(Object.assign(doc.createElement('p'), { textContent: text }));
    const range = doc.createRange();
    range.selectNodeContents(p);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
  };

  it('is the focused iframe’s when the reader selected text in it, else the top document’s', () => {
    const inner = addFrame(PARAS);
    expect(selectionDocument(document)).toBe(document);
    select(inner, 'Words in the frame.');
    inner.hasFocus = () => false;
    expect(selectionDocument(document)).toBe(document);
    inner.hasFocus = () => true;
    expect(selectionDocument(document)).toBe(inner);
    inner.getSelection()!.removeAllRanges();
    expect(selectionDocument(document)).toBe(document);
  });
});
