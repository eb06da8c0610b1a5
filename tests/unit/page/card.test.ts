// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildCardContent, CARD_MATCHES, createCard } from '../../../src/page/card';
import type { Match } from '../../../src/page/labels';

const hostile = '<img src=x onerror="alert(1)">';
const match = (i: number, over: Partial<Match> = {}): Match => ({
  relation: i % 2 ? 'corroborates' : 'conflicts',
  source: { id: `s${i}`, title: `Source ${i}`, file: null, kind: 'seed', publisher: 'Kyiv Independent', published: '2025-01' },
  quote: `Quote ${i}`,
  quoteStart: 0,
  quoteEnd: 7,
  explanation: `this page: 11,000 troops · Kyiv Independent, Jan 2025: 12,000 troops`,
  score: 0.9,
  ...over,
});

describe('hover card', () => {
  it('shows the verdict and, per match, relation, source, byline, quote and explanation', () => {
    const box = document.createElement('div');
    box.append(buildCardContent(document, { verdict: 'conflicting', matches: [match(0)] }));
    const texts = Array.from(box.querySelectorAll('p, .match > *'), (e) => e.textContent);
    expect(texts).toEqual([
      '✕ Conflicting',
      '✕ Conflicts',
      'Source 0',
      'Kyiv Independent · Jan 2025',
      'Quote 0',
      'this page: 11,000 troops · Kyiv Independent, Jan 2025: 12,000 troops',
    ]);
  });

  it('shows page and store text as text, never as markup', () => {
    const box = document.createElement('div');
    box.append(
      buildCardContent(document, {
        verdict: 'mixed',
        matches: [match(0, { quote: hostile, explanation: hostile, source: { ...match(0).source, title: hostile } })],
      }),
    );
    expect(box.querySelector('img')).toBeNull();
    expect(box.querySelector('.quote')?.textContent).toBe(hostile);
    expect(box.querySelector('.title')?.textContent).toBe(hostile);
  });

  it(`lists at most ${CARD_MATCHES} matches and says how many more there are`, () => {
    const box = document.createElement('div');
    box.append(buildCardContent(document, { verdict: 'corroborated', matches: Array.from({ length: 7 }, (_, i) => match(i)) }));
    expect(box.querySelectorAll('.match')).toHaveLength(CARD_MATCHES);
    expect(box.textContent).toContain('+ 3 more in the ClaimLens popup');
  });

  it('cuts very long quotes', () => {
    const box = document.createElement('div');
    box.append(buildCardContent(document, { verdict: 'mixed', matches: [match(0, { quote: 'a'.repeat(1000) })] }));
    const quote = box.querySelector('.quote')!.textContent!;
    expect(quote.length).toBeLessThan(400);
    expect(quote.endsWith('…')).toBe(true);
  });

  it('shows and hides without taking focus', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const card = createCard(document, host.attachShadow({ mode: 'open' }));
    const before = document.activeElement;
    card.show(3, { verdict: 'conflicting', matches: [match(0)] }, new DOMRect(10, 10, 100, 20));
    expect(card.element.hidden).toBe(false);
    expect(card.shownIndex).toBe(3);
    expect(card.element.getAttribute('role')).toBe('tooltip');
    expect(document.activeElement).toBe(before);
    card.hide();
    expect(card.element.hidden).toBe(true);
    expect(card.shownIndex).toBe(-1);
  });
});
