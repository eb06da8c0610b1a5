import { describe, expect, it } from 'vitest';
import { foldForMatch, foldInSteps } from '../../../src/page/quote-match';

describe('folding in steps', () => {
  it('gives exactly what folding in one go gives, across step boundaries', () => {
    // Typographic characters, whitespace and ellipses straddle the 32,768-character step boundaries.
    const unit = 'Russia\u2019s \u201Cspecial\u201D  op\u00ADeration\u2026 2024\u20132025\n';
    const text = unit.repeat(5_000).slice(0, 100_003);
    let stepped: ReturnType<typeof foldForMatch> | undefined;
    const steps = foldInSteps(text, (f) => (stepped = f));
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBe(4);
    const whole = foldForMatch(text);
    expect(stepped!.text).toBe(whole.text);
    expect(Array.from(stepped!.origin)).toEqual(Array.from(whole.origin));
  });
});
