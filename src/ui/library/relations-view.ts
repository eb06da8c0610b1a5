/**
 * A saved claim's relations as the engine gives them: each with its relation in words and a symbol, the
 * source (a link that opens it), the source's own sentence and the explanation.
 */
import type { Match } from '../../engine/types';
import type { ClaimRelationsReply } from '../../messaging/library-replies';
import { el, symbol } from '../shared/dom';
import { sourceByline } from '../shared/format';
import { RELATION_LABELS, VERDICT_LABELS } from '../shared/labels';
import { sourceTarget } from '../popup/target';
import { STRINGS } from './strings';

/** Resolves an extension path (`/viewer.html?…`) to a URL. */
export type ExtensionUrl = (path: string) => string;

/** The verdict line and the list of matches (or a sentence saying there are none). */
export function renderRelations(reply: ClaimRelationsReply, extensionUrl: ExtensionUrl): HTMLElement {
  const v = VERDICT_LABELS[reply.verdict];
  const verdict = el('p', { className: 'relations-verdict verdict', attrs: { 'data-verdict': reply.verdict } }, [symbol(v.symbol), document.createTextNode(` ${v.text}`)]);
  if (!reply.matches.length) return el('div', { className: 'relations' }, [verdict, el('p', { className: 'muted', text: STRINGS.relationsNone })]);
  return el('div', { className: 'relations' }, [verdict, el('ul', { className: 'matches' }, reply.matches.map((m) => renderMatch(m, extensionUrl)))]);
}

function renderMatch(match: Match, extensionUrl: ExtensionUrl): HTMLElement {
  const label = RELATION_LABELS[match.relation];
  const target = sourceTarget(match);
  const href = target.kind === 'web' ? target.url : extensionUrl(target.path);
  const byline = sourceByline(match.source);
  return el('li', { className: 'match', attrs: { 'data-relation': match.relation } }, [
    el('div', { className: 'source' }, [
      el('span', { className: 'relation', attrs: { 'data-relation': match.relation } }, [symbol(label.symbol), document.createTextNode(` ${label.text}`)]),
      el('a', { className: 'source-title', text: match.source.title || match.source.id, attrs: { href, target: '_blank', rel: 'noreferrer' } }),
      byline ? el('span', { className: 'byline', text: byline }) : null,
    ]),
    el('blockquote', { className: 'quote', text: match.quote }),
    el('p', { className: 'explanation', text: match.explanation }),
  ]);
}
