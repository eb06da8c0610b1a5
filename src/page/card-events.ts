/**
 * When the hover card opens and closes: hovering a highlighted claim (hit-tested on throttled mousemove),
 * hovering or focusing a marker. Hover never moves focus; Escape closes; leaving closes after a short
 * grace period so the pointer can travel into the card.
 */
import type { Card } from './card';
import { claimAtPoint } from './hit-test';
import type { ClaimResult } from './labels';
import { throttle } from './timing';

/** One painted claim: its index in the page state, what the card shows, and where it is. */
export interface PaintItem {
  index: number;
  claim: Pick<ClaimResult, 'verdict' | 'matches'>;
  range: Range;
}

export interface CardEvents {
  /** A marker got focus or the pointer: show its claim next to it. */
  openFromMarker(item: PaintItem, marker: HTMLElement, via: 'focus' | 'hover'): void;
  /** A marker lost focus or the pointer. */
  leaveMarker(via: 'focus' | 'hover'): void;
}

const MOVE_MS = 50;
const GRACE_MS = 300;

export function wireCardEvents(opts: {
  doc: Document;
  host: HTMLElement;
  card: Card;
  items: () => readonly PaintItem[];
  signal: AbortSignal;
}): CardEvents {
  const { doc, host, card, items, signal } = opts;
  let mode: 'none' | 'hover' | 'focus' = 'none';
  let focused: { item: PaintItem; marker: HTMLElement } | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelHide = () => clearTimeout(hideTimer);
  const hide = () => {
    cancelHide();
    card.hide();
    mode = 'none';
  };
  const hideSoon = () => {
    cancelHide();
    hideTimer = setTimeout(hide, GRACE_MS);
  };

  const onMove = throttle((x: number, y: number, overUs: boolean) => {
    if (overUs || mode === 'focus') return cancelHide();
    const list = items();
    if (list.length === 0) return;
    const hit = claimAtPoint(doc, x, y, list.map((i) => i.range));
    if (!hit) return mode === 'hover' ? hideSoon() : undefined;
    cancelHide();
    const item = list[hit.index]!;
    card.show(item.index, item.claim, hit.box);
    mode = 'hover';
  }, MOVE_MS);

  const listen = { signal, passive: true } as const;
  doc.addEventListener('mousemove', (e) => onMove(e.clientX, e.clientY, e.composedPath().includes(host)), listen);
  card.element.addEventListener('mouseleave', () => mode === 'hover' && hideSoon(), listen);
  doc.addEventListener('keydown', (e) => e.key === 'Escape' && card.shownIndex >= 0 && hide(), { signal, capture: true });
  doc.defaultView?.addEventListener(
    'scroll',
    () => {
      // A hover card would drift off its claim; a focus card follows its marker.
      if (mode === 'hover') hide();
      else if (mode === 'focus' && focused) card.show(focused.item.index, focused.item.claim, focused.marker.getBoundingClientRect());
    },
    { ...listen, capture: true },
  );
  signal.addEventListener('abort', () => {
    onMove.cancel();
    cancelHide();
  });

  return {
    openFromMarker(item, marker, via) {
      if (via === 'hover' && mode === 'focus') return;
      cancelHide();
      if (via === 'focus') focused = { item, marker };
      card.show(item.index, item.claim, marker.getBoundingClientRect());
      mode = via;
    },
    leaveMarker(via) {
      if (via === 'focus') {
        focused = null;
        if (mode === 'focus') hide();
      } else if (mode === 'hover') hideSoon();
    },
  };
}
