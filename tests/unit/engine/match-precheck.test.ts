import { describe, expect, it } from 'vitest';
import { ClaimIndex } from '../../../src/engine/claim-index';
import { claimsOf } from '../../../src/engine/claims';
import { splitSentences } from '../../../src/engine/sentences';
import { termsOf } from '../../../src/engine/terms';
import { day } from '../../../src/engine/dates';

const REF = { from: day(2025, 0, 10), to: day(2025, 0, 10) };
const STORE = [
  { id: 'a', title: 'A', file: 'a.txt', kind: 'seed' as const, published: '2025-01-05', text: 'Budanov said 12,000 North Korean troops were deployed to Kursk. The troops were trained in Primorsky Krai.' },
  { id: 'b', title: 'B', file: 'b.txt', kind: 'seed' as const, published: '2025-01-06', text: 'The football club signed a new striker for the autumn season. Fans welcomed the transfer warmly.' },
];

describe('ClaimIndex.canMatch', () => {
  const index = new ClaimIndex(STORE);
  it.each([
    'Budanov said the troops had been sent to Kursk in the autumn.',
    'Rainfall in the valley was far below the seasonal average, forecasters said.',
    'The orchestra performed three symphonies to a full house on Saturday night.',
  ])('is false exactly when no candidate is found: %s', (s) => {
    const terms = termsOf(s).all;
    expect(index.canMatch(terms)).toBe(index.candidates(terms).length > 0);
  });

  it('is false for an empty store and for terms nothing stored holds', () => {
    expect(new ClaimIndex().canMatch(termsOf('Budanov said 12,000 troops were deployed.').all)).toBe(false);
    expect(index.canMatch(termsOf('The orchestra performed three symphonies to a full house.').all)).toBe(false);
  });
});

describe('ClaimIndex.canMatch in a store with terms too common to search', () => {
  // Every stored sentence names Kursk and troops: those terms are past every search bound.
  const WORDS = ['artillery', 'convoy', 'bridge', 'depot', 'airfield', 'harbour', 'railway', 'tunnel'];
  const docs = Array.from({ length: 2_100 }, (_, i) => ({
    id: `d${i}`, title: `D${i}`, file: `d${i}.txt`, kind: 'seed' as const, published: '2025-01-05',
    text: `Officials in Kursk said ${100 + i} troops guarded the ${WORDS[i % WORDS.length]} ${i % 50 === 0 ? 'ravelin' : 'yesterday'}.`,
  }));
  const index = new ClaimIndex(docs);
  it.each([
    'Troops were seen in Kursk on Monday, officials said.',
    'Troops guarded the railway in Kursk, officials said.',
    'A ravelin in Kursk was guarded by troops.',
    'The orchestra performed in Kursk.',
  ])('agrees with candidates: %s', (s) => {
    const terms = termsOf(s).all;
    expect(index.canMatch(terms)).toBe(index.candidates(terms).length > 0);
  });

  it('is false when every known term is too common', () => {
    expect(index.canMatch(termsOf('Officials in Kursk said troops were there.').all)).toBe(false);
  });
});

describe('claimsOf with a pre-check', () => {
  const text = 'Budanov said the orchestra and its long winter concert tour were a success. He said 12,000 troops were deployed to Kursk.';
  const all = [...claimsOf(splitSentences(text), REF, true)];
  const some = [...claimsOf(splitSentences(text), REF, true, undefined, (t) => !t.entities.includes('kyrylo budanov'))];

  it('extracts only the sentences it wants', () => {
    expect(all).toHaveLength(2);
    expect(some.map((c) => c.span.text)).toEqual(['He said 12,000 troops were deployed to Kursk.']);
  });

  it('still carries a skipped sentence\'s speaker and names to the next', () => {
    const last = (cs: typeof all) => cs[cs.length - 1]?.fact;
    expect(last(some)?.attribution).toBe('Budanov');
    expect(last(some)?.carried).toEqual(['kyrylo budanov']);
    expect(last(some)).toEqual(last(all));
  });
});
