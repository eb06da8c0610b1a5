// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClaimNavigator, noClaimsToMoveTo, pickClaim, type MarkerSpot } from '../../../src/page/claim-nav';

// Claim indexes are page-state order; reading order is by position (a later claim can sit higher on the page).
const spots: MarkerSpot[] = [
  { index: 4, top: 300, left: 10 },
  { index: 1, top: -200, left: 10 },
  { index: 2, top: 120, left: 400 },
  { index: 3, top: 120, left: 50 },
];

describe('picking the claim to move to', () => {
  it.each<[number | undefined, 'next' | 'previous', number]>([
    [1, 'next', 3],
    [3, 'next', 2],
    [2, 'next', 4],
    [4, 'next', 1], // wraps to the top
    [1, 'previous', 4], // wraps to the bottom
    [2, 'previous', 3],
    // Nothing focused: next is the first in or below the view, previous the last above it.
    [undefined, 'next', 3],
    [undefined, 'previous', 1],
    // A current claim without a marker (no longer painted) counts as nothing focused.
    [9, 'next', 3],
  ])('from %s, %s → %s', (current, direction, expected) => expect(pickClaim(spots, current, direction)).toBe(expected));

  it('wraps when every marker is above or below the view, and gives null without markers', () => {
    expect(pickClaim([{ index: 0, top: -50, left: 0 }], undefined, 'next')).toBe(0);
    expect(pickClaim([{ index: 0, top: 900, left: 0 }], undefined, 'previous')).toBe(0);
    expect(pickClaim([], undefined, 'next')).toBeNull();
  });
});

describe('claim navigator on a page', () => {
  afterEach(() => {
    document.querySelector('claimlens-root')?.remove();
    document.querySelector('iframe')?.remove();
  });

  /** Markers as the painter makes them (buttons in the host's shadow root), laid out at `tops`. */
  function paintMarkers(tops: number[], doc = document) {
    const host = doc.createElement('claimlens-root');
    const shadow = host.attachShadow({ mode: 'open' });
    tops.forEach((top, index) => {
      const m = doc.createElement('button');
      m.className = 'marker';
      m.dataset.index = String(index);
      m.getBoundingClientRect = () => new DOMRect(10, top, 18, 18);
      shadow.append(m);
    });
    doc.documentElement.append(host);
    return shadow;
  }

  it('moves on from the focused marker, then from the one it moved to, scrolling through the session', () => {
    const shadow = paintMarkers([500, 100, 300]);
    const scrolled: number[] = [];
    const nav = createClaimNavigator(document, (i) => {
      scrolled.push(i);
      shadow.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus();
    });
    expect(nav.move('next')).toBe(1);
    expect(nav.move('next')).toBe(2);
    (shadow.activeElement as HTMLElement).blur(); // the reader clicked elsewhere: continue from the last one
    expect(nav.move('next')).toBe(0);
    expect(nav.move('previous')).toBe(2);
    expect(scrolled).toEqual([1, 2, 0, 2]);
  });

  it('says there is nothing to move to on a page without markers (hidden ones do not count)', () => {
    const shadow = paintMarkers([100]);
    (shadow.firstElementChild as HTMLElement).hidden = true;
    const scrollTo = vi.fn();
    expect(() => createClaimNavigator(document, scrollTo).move('next')).toThrow(noClaimsToMoveTo());
    expect(scrollTo).not.toHaveBeenCalled();
  });

  it('finds the markers of an article in a same-origin iframe', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const shadow = paintMarkers([200, 40], frame.contentDocument!);
    const nav = createClaimNavigator(document, (i) => shadow.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus());
    expect(nav.move('next')).toBe(1);
    expect(nav.move('next')).toBe(0);
  });
});
