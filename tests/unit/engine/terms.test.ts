import { describe, expect, it } from 'vitest';
import { termsOf } from '../../../src/engine/terms';

describe('termsOf', () => {
  it('leaves month names out of the topic, which times compare instead', () => {
    const { all } = termsOf('The deliveries arrived in December, after talks in Sept. and on Jan. 5, and again in march.');
    for (const month of ['december', 'sept', 'jan', 'march']) expect(all).not.toContain(month);
  });

  it('keeps words that only begin like a month: a marathon, a market, a mayor, a decision, a novel', () => {
    const { all } = termsOf('The marathon passed the market while the mayor announced a decision on the novel junior octet.');
    for (const word of ['marathon', 'market', 'mayor', 'decision', 'novel', 'junior', 'octet']) expect(all).toContain(word);
  });
});
