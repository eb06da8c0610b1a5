/**
 * The popup's claim list: one section per verdict, each claim with its sources. DOM only through `el`.
 */
import { plural, t } from '../../i18n';
import type { Relation } from '../../engine/types';
import { el, symbol } from '../shared/dom';
import { sourceByline } from '../shared/format';
import { RELATION_LABELS, VERDICT_LABELS } from '../shared/labels';
import { groupClaims, orderMatches, type ClaimEntry, type VerdictGroup } from './group';
import type { PageClaim } from './view-state';

type PageMatch = PageClaim['matches'][number];

/** What the list does when the reader acts; the popup controller supplies the browser side. */
export interface ClaimActions {
  /** Scroll the page to claim `index` (its position in the page state). */
  scrollTo(index: number): void;
  /** The absolute URL a source opens at (used as the link's href). */
  sourceHref(match: PageMatch): string;
  /** Open a source; called instead of following the link so the popup can pick the tab. */
  openSource(match: PageMatch): void;
}

/** All claims, grouped: conflicting, mixed, corroborated, then unverified collapsed in a `<details>`. */
export function renderClaims(claims: readonly PageClaim[], actions: ClaimActions): HTMLElement {
  const root = el('div', { className: 'claim-groups' });
  for (const group of groupClaims<PageMatch, PageClaim>(claims)) root.append(renderGroup(group, actions));
  return root;
}

function renderGroup(group: VerdictGroup<PageClaim>, actions: ClaimActions): HTMLElement {
  const label = VERDICT_LABELS[group.verdict];
  const headingId = `group-${group.verdict}`;
  const list = el('ol', { className: 'claims' }, group.entries.map((e) => renderClaim(e, actions)));
  const heading = [symbol(label.symbol), el('span', { text: ` ${label.text} ` }), el('span', { className: 'count', text: `(${group.entries.length})` })];
  if (group.verdict === 'unverified') {
    const summary = el('summary', { className: 'group-heading', attrs: { id: headingId } }, heading);
    return el('details', { className: 'group', attrs: { 'data-verdict': group.verdict } }, [summary, list]);
  }
  const h2 = el('h2', { className: 'group-heading', attrs: { id: headingId } }, heading);
  return el('section', { className: 'group', attrs: { 'data-verdict': group.verdict, 'aria-labelledby': headingId } }, [h2, list]);
}

function renderClaim({ index, claim }: ClaimEntry<PageClaim>, actions: ClaimActions): HTMLElement {
  const text = claim.anchored
    ? el('button', {
        className: 'claim-text',
        text: claim.text,
        attrs: { type: 'button', title: t('showClaimOnPage'), 'data-index': String(index) },
      })
    : el('p', { className: 'claim-text unanchored', text: claim.text }, [
        el('span', { className: 'hint', text: t('claimNotHighlighted') }),
      ]);
  if (text instanceof HTMLButtonElement) text.addEventListener('click', () => actions.scrollTo(index));
  const matches = orderMatches(claim.matches);
  const decisive = matches.filter((m) => m.relation !== 'related');
  const related = matches.filter((m) => m.relation === 'related');
  return el('li', { className: 'claim', attrs: { 'data-verdict': claim.verdict } }, [
    text,
    decisive.length ? renderMatchList(decisive, actions) : null,
    related.length ? renderRelated(related, actions) : null,
  ]);
}

function renderMatchList(matches: readonly PageMatch[], actions: ClaimActions): HTMLElement {
  return el('ul', { className: 'matches', attrs: { 'aria-label': t('sourcesListName') } }, matches.map((m) => renderMatch(m, actions)));
}

/** Related sources neither confirm nor contradict: collapsed, so the decisive ones stay in view. */
function renderRelated(matches: readonly PageMatch[], actions: ClaimActions): HTMLElement {
  const label = RELATION_LABELS.related;
  const summary = el('summary', {}, [
    symbol(label.symbol),
    el('span', { text: plural(matches.length, 'relatedSourcesOne', 'relatedSourcesOther') }),
  ]);
  return el('details', { className: 'related' }, [summary, renderMatchList(matches, actions)]);
}

function renderMatch(match: PageMatch, actions: ClaimActions): HTMLElement {
  const byline = sourceByline(match.source);
  const link = el('a', {
    className: 'source-title',
    text: match.source.title || match.source.id,
    attrs: { href: actions.sourceHref(match), title: t('openSourceAtQuote') },
  });
  link.addEventListener('click', (event) => {
    event.preventDefault();
    actions.openSource(match);
  });
  return el('li', { className: 'match', attrs: { 'data-relation': match.relation } }, [
    renderRelation(match.relation),
    el('div', { className: 'source' }, [link, byline ? el('span', { className: 'byline', text: byline }) : null]),
    match.quote ? el('blockquote', { className: 'quote', text: match.quote }) : null,
    match.explanation ? el('p', { className: 'explanation', text: match.explanation }) : null,
  ]);
}

function renderRelation(relation: Relation): HTMLElement {
  const label = RELATION_LABELS[relation];
  return el('span', { className: 'relation', attrs: { 'data-relation': relation } }, [symbol(label.symbol), el('span', { text: ` ${label.text}` })]);
}
