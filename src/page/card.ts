/**
 * The hover card: what ClaimLens knows about one claim, shown in our shadow root next to the claim or
 * its marker. Built with createElement/textContent only (all of it is page- or store-derived text).
 * It never takes focus; Escape (handled by the painter) and moving away close it.
 */
import {
  relationLabel,
  relationSymbol,
  cardByline,
  verdictLabel,
  verdictSymbol,
  type ClaimResult,
  type Match,
} from './labels';
import { t } from '../i18n';

/** At most this many matches are listed; the popup shows them all. */
export const CARD_MATCHES = 4;
/** Longer source quotes are cut (characters) so one card stays readable. */
const QUOTE_CHARS = 320;

/** The card's content for one claim: verdict line, then one block per match, best first. */
export function buildCardContent(doc: Document, claim: Pick<ClaimResult, 'verdict' | 'matches'>): DocumentFragment {
  const frag = doc.createDocumentFragment();
  const head = el(doc, 'p', `verdict ${claim.verdict}`, `${verdictSymbol(claim.verdict)} ${verdictLabel(claim.verdict)}`);
  frag.append(head);
  for (const m of claim.matches.slice(0, CARD_MATCHES)) frag.append(matchBlock(doc, m));
  const more = claim.matches.length - CARD_MATCHES;
  if (more > 0) frag.append(el(doc, 'p', 'byline', t('cardMoreInPopup', more)));
  return frag;
}

function matchBlock(doc: Document, m: Match): HTMLElement {
  const block = el(doc, 'div', 'match');
  const quote = m.quote.length > QUOTE_CHARS ? `${m.quote.slice(0, QUOTE_CHARS - 1)}…` : m.quote;
  block.append(
    el(doc, 'div', `relation ${m.relation}`, `${relationSymbol(m.relation)} ${relationLabel(m.relation)}`),
    el(doc, 'div', 'title', m.source.title || t('cardUntitledSource')),
    el(doc, 'div', 'byline', cardByline(m.source)),
    el(doc, 'blockquote', 'quote', quote),
  );
  if (m.explanation) block.append(el(doc, 'div', 'why', m.explanation));
  return block;
}

function el(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const e = doc.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface Card {
  element: HTMLElement;
  /** Index of the claim shown, or -1 when hidden. */
  readonly shownIndex: number;
  /** Shows `claim` next to `anchor` (viewport px): below it when there is room, else above. */
  show(index: number, claim: Pick<ClaimResult, 'verdict' | 'matches'>, anchor: DOMRect): void;
  hide(): void;
}

/** Creates the (hidden) card inside `parent` (our shadow root). */
export function createCard(doc: Document, parent: ShadowRoot | HTMLElement): Card {
  const element = el(doc, 'div', 'card');
  element.id = 'claimlens-card';
  element.setAttribute('role', 'tooltip');
  element.hidden = true;
  parent.append(element);
  let shownIndex = -1;
  return {
    element,
    get shownIndex() {
      return shownIndex;
    },
    show(index, claim, anchor) {
      if (index !== shownIndex) element.replaceChildren(buildCardContent(doc, claim));
      shownIndex = index;
      element.hidden = false;
      place(doc, element, anchor);
    },
    hide() {
      shownIndex = -1;
      element.hidden = true;
    },
  };
}

const GAP = 6;

function place(doc: Document, card: HTMLElement, anchor: DOMRect): void {
  const view = doc.defaultView;
  const vw = view?.innerWidth ?? 1024;
  const vh = view?.innerHeight ?? 768;
  const { width, height } = card.getBoundingClientRect();
  const below = anchor.bottom + GAP;
  const top = below + height <= vh || anchor.top - GAP - height < 0 ? below : anchor.top - GAP - height;
  const left = Math.max(8, Math.min(anchor.left, vw - width - 8));
  card.style.top = `${Math.max(8, Math.min(top, vh - height - 8))}px`;
  card.style.left = `${left}px`;
}
