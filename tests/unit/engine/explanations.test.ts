/**
 * The wording readers see in the popup and the hover card, pinned: one page sentence per kind of
 * reason, analysed against the real seeds exactly as the background does. A change here is a change
 * in what readers read, so it should be deliberate.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { seedIndex } from './helpers';

const idx = seedIndex();

/** The first match of `relation` for the page sentence, on a page published `published`. */
function explanation(sentence: string, published: string, relation: 'corroborates' | 'conflicts'): string | undefined {
  const [claim] = analyze(sentence, idx, { published });
  return claim?.matches.find((m) => m.relation === relation)?.explanation;
}

describe('explanations as readers read them', () => {
  it('names both figures, who gave them and when, for a conflicting count', () => {
    expect(explanation('Secretary of State Antony Blinken said Thursday that 8,000 North Korean troops have deployed to Russia’s Kursk region.', '2024-10-31', 'conflicts'))
      .toBe('this page: 8,000 troops (Antony Blinken, Oct 31 2024) · North Korean involvement in the…: about 10,000 troops (US Department of Defense, end of Oct 2024)');
  });

  it('shows a sum the page splits in parts', () => {
    expect(explanation('Approximately 1,000 North Korean soldiers have been killed and 3,000 wounded while fighting in Ukraine, according to Western officials.', '2025-01-20', 'corroborates'))
      .toBe('this page: 1,000 + 3,000 (= 4,000) casualties (Western officials) · Kyiv Independent, Jan 2025: 4,000 casualties (Kyiv)');
  });

  it('names the two models of one weapon', () => {
    expect(explanation('On November 16, the Financial Times reported that North Korea had delivered nearly 50 M-1978 Koksan self-propelled howitzers to Russia.', '2024-11-20', 'conflicts'))
      .toBe('this page: M-1978 Koksan · North Korean involvement in the…: M-1989 Koksan — different models');
  });

  it('says which event a paraphrase shares and when the source dates it', () => {
    expect(explanation('Austin said Ukrainian troops in Russia can hold on to Kursk, which they attacked in August.', '2024-10-31', 'corroborates'))
      .toBe('this page (Austin) · Kyiv Independent, Jan 2025 dates the same attack to early Aug 2024: Kursk, Ukraine, Russia, troops');
  });

  it('says who denies what, with the source’s own time', () => {
    expect(explanation('Russia denied that North Korean troops were fighting in the Kursk region.', '2024-12-01', 'conflicts'))
      .toBe('this page (Russia) denies what Russia Is Making North Korea a Combat…, Aug 2025 states (2024)');
  });

  it('keeps every explanation to one line under 200 characters', () => {
    const text = 'Pyongyang has already supplied Moscow with 120 M1989 Koksan howitzers and 120 M1991 multiple-launch rocket systems over the past three months, Budanov said.';
    const lines = analyze(text, idx, { published: '2025-01-20' }).flatMap((c) => c.matches.map((m) => m.explanation));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.length < 200 && !l.includes('\n')).toBe(true);
  });
});
