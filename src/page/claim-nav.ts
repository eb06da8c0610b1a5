/**
 * Moving between highlighted claims with the keyboard (the next/previous-claim commands): focus the next or
 * previous marker in reading order (top to bottom, then left to right) and scroll its claim into view. From
 * a focused marker it moves on from there; otherwise from where the reader is looking. It wraps at the ends.
 */
import { t } from '../i18n';
import type { FocusDirection } from '../messaging/control';
import { HOST_TAG } from './text-map';

/** A marker on the page: its claim's page-state index and its box in the viewport (px). */
export interface MarkerSpot {
  index: number;
  top: number;
  left: number;
}

/** What the reader is told when there is nothing to move to. */
export function noClaimsToMoveTo(): string {
  return t('pageNoClaimsToMoveTo');
}

/**
 * The claim to move to, or null when there are no markers.
 * @param current the claim whose marker has focus (or was moved to last); undefined to start from the view.
 */
export function pickClaim(spots: readonly MarkerSpot[], current: number | undefined, direction: FocusDirection): number | null {
  if (!spots.length) return null;
  const ordered = [...spots].sort((a, b) => a.top - b.top || a.left - b.left);
  const at = current === undefined ? -1 : ordered.findIndex((s) => s.index === current);
  const n = ordered.length;
  if (at >= 0) return ordered[(at + (direction === 'next' ? 1 : n - 1)) % n]!.index;
  // No current claim: next is the first at or below the top of the view, previous the last above it.
  if (direction === 'next') return (ordered.find((s) => s.top >= 0) ?? ordered[0]!).index;
  return (ordered.findLast((s) => s.top < 0) ?? ordered[n - 1]!).index;
}

/**
 * Our overlay's shadow root: in `doc`, or else in a same-origin iframe's document (an article in a frame gets its
 * markers there); null when nothing is painted.
 */
function markerRoot(doc: Document): ShadowRoot | null {
  const own = doc.querySelector(HOST_TAG)?.shadowRoot;
  if (own?.querySelector('.marker')) return own;
  for (const frame of doc.querySelectorAll('iframe')) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      // A cross-origin frame: not ours to read.
    }
    const root = inner?.querySelector(HOST_TAG)?.shadowRoot;
    if (root?.querySelector('.marker')) return root;
  }
  return null;
}

/** The markers ClaimLens shows on `doc` (hidden ones left out), and which one has focus. */
export function readMarkers(doc: Document): { spots: MarkerSpot[]; focused: number | undefined } {
  const shadow = markerRoot(doc);
  if (!shadow) return { spots: [], focused: undefined };
  const spots = [...shadow.querySelectorAll<HTMLElement>('.marker')]
    .filter((m) => !m.hidden && m.dataset.index !== undefined)
    .map((m) => {
      const box = m.getBoundingClientRect();
      return { index: Number(m.dataset.index), top: box.top, left: box.left };
    });
  const active = shadow.activeElement as HTMLElement | null;
  const focused = active?.classList.contains('marker') ? Number(active.dataset.index) : undefined;
  return { spots, focused };
}

/**
 * A navigator over `doc`'s markers. `move` scrolls to the claim it picks and focuses its marker through
 * `scrollTo` (the session's), and returns the claim's index.
 * @throws Error with {@link noClaimsToMoveTo} when nothing is highlighted.
 */
export function createClaimNavigator(doc: Document, scrollTo: (index: number) => void): { move(direction: FocusDirection): number } {
  let last: number | undefined;
  return {
    move(direction) {
      const { spots, focused } = readMarkers(doc);
      const from = focused ?? (spots.some((s) => s.index === last) ? last : undefined);
      const index = pickClaim(spots, from, direction);
      if (index === null) throw new Error(noClaimsToMoveTo());
      scrollTo(index);
      last = index;
      return index;
    },
  };
}
