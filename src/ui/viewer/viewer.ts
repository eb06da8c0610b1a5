/**
 * The viewer page: shows one stored source (a seed document or a saved claim) with the quoted sentence marked
 * and scrolled into view.
 */
import { GetSourceReply, replySchema, type StoredSourceView } from '../../messaging/schemas';
import { localizeDocument } from '../../i18n/document';
import { t } from '../../i18n';
import { el } from '../shared/dom';
import { sourceByline } from '../shared/format';
import { paragraphsWithMark, validRange, type Paragraph } from './paragraphs';
import { parseViewerParams } from './params';

const SourceReply = replySchema(GetSourceReply);

/** Asks the background for a source: `{type:'source/get', id}`. */
export type FetchSource = (id: string) => Promise<unknown>;

/** Renders the viewer for `search` (the page's query string) into `root`; never throws. */
export async function runViewer(root: HTMLElement, search: string, fetchSource: FetchSource): Promise<void> {
  localizeDocument(root.ownerDocument, 'extName');
  const params = parseViewerParams(search);
  if (!params.ok) return showError(root, params.error);
  const reply = await fetchSource(params.params.id).catch((err: unknown) => ({
    ok: false,
    error: t('backgroundSilent', err instanceof Error ? err.message : String(err)),
  }));
  const parsed = SourceReply.safeParse(reply);
  if (!parsed.success) return showError(root, t('viewerBadReply'));
  if (!parsed.data.ok) return showError(root, parsed.data.error);
  const { start, end } = params.params;
  renderSource(root, parsed.data.data.source, start, end);
}

/** Title, byline, original link and the text as paragraphs, with the range `start..end` in a `<mark>`. */
export function renderSource(root: HTMLElement, source: StoredSourceView, start?: number, end?: number): void {
  const range = validRange(source.text.length, start, end);
  const byline = sourceByline({ publisher: source.publisher ?? source.siteName, published: source.published });
  const header = el('header', { className: 'doc-header' }, [
    el('p', { className: 'kind', text: t(source.kind === 'seed' ? 'viewerKindSeed' : source.kind === 'saved' ? 'viewerKindSaved' : 'viewerKindImport') }),
    el('h1', { text: source.title || source.id }),
    byline ? el('p', { className: 'byline', text: byline }) : null,
    originalLink(source.url),
  ]);
  const notice =
    start !== undefined && !range
      ? el('p', { className: 'notice', attrs: { role: 'status' }, text: t('viewerQuoteMissing') })
      : null;
  const body = el('article', { className: 'doc-text' }, paragraphsWithMark(source.text, range).map(renderParagraph));
  root.replaceChildren(header, notice ?? '', body);
  localizeDocument(root.ownerDocument, 'viewerTitle', source.title || source.id);
  const mark = body.querySelector('mark');
  if (mark) {
    mark.setAttribute('tabindex', '-1');
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }
}

function renderParagraph(p: Paragraph): HTMLElement {
  return el(
    'p',
    {},
    p.segments.map((s) => (s.marked ? el('mark', { text: s.text }) : document.createTextNode(s.text))),
  );
}

function originalLink(url: string | undefined): HTMLElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return el('p', { className: 'original' }, [el('a', { text: t('openOriginal'), attrs: { href: url, rel: 'noreferrer' } })]);
}

function showError(root: HTMLElement, message: string): void {
  root.replaceChildren(el('p', { className: 'notice error', attrs: { role: 'alert' }, text: message }));
}
