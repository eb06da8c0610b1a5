import { describe, expect, it } from 'vitest';
import { compareFacts } from '../../../src/engine/compare';
import { factOf } from '../../../src/engine/facts';
import { parsePartialDate } from '../../../src/engine/dates';
import { explain } from '../../../src/engine/explain';
import { roundingTolerance } from '../../../src/engine/figures-compare';
import type { SourceDoc } from '../../../src/engine';

// Real sentences from the seeds (the source side) and news-style claims about the same events.
const DOD = 'According to reports from the US Department of Defense, allegedly about 10,000 North Korean soldiers had arrived in the contested border region of Kursk by the end of October 2024.';
const KI_CASUALTIES = 'Kyiv has said that North Korean troops have already suffered 4,000 casualties, though the number cannot be independently verified.';
const KOKSAN_002 = 'In mid-November 2024, almost 50 North Korean-made M-1989 Koksan self-propelled howitzers and around 20 M-1991 short-range missile systems were delivered to Russia to reinforce the Russian armed forces in the conflict with Ukraine.';
const ENGINEERS = 'Russia’s Security Council has said Pyongyang will send 6,000 military engineers to clear mines and build fortifications, along with 50 to 100 pieces of equipment.';
const TWELVE = 'About 12,000 North Korean soldiers were sent to fight in Russia’s Kursk region last year, with an estimated 5,000 killed or wounded.';

const source = (published?: string): SourceDoc => ({ id: 's', title: 'A source', text: '', kind: 'seed', file: null, ...(published ? { published } : {}) });

/** Relation of claim (page dated `pagePub`) to a source sentence (source dated `srcPub`), with an IDF that weighs all terms alike. */
function relate(claim: string, src: string, pagePub?: string, srcPub?: string, standalone = false) {
  const c = factOf(claim, 0, parsePartialDate(pagePub));
  const s = factOf(src, 0, parsePartialDate(srcPub), !!srcPub);
  const cmp = compareFacts(c, s, () => 1, { standalone });
  return { relation: cmp?.relation ?? 'none', explanation: cmp ? explain(c, s, source(srcPub), cmp) : '' };
}

describe('compareFacts', () => {
  it.each([
    // Same place and time, different number.
    ['Blinken said Thursday that 8,000 North Korean troops have deployed to Russia’s Kursk region.', DOD, '2024-10-31', undefined, 'conflicts'],
    // Same number within what "about" allows.
    ['Some 10,000 North Korean soldiers had reached Kursk by the end of October 2024, the Pentagon said.', DOD, '2024-11-01', undefined, 'corroborates'],
    // Clearly different times: related, not a conflict.
    ['North Korea had about 15,000 soldiers in Kursk in March 2025, officials said.', DOD, '2025-03-20', undefined, 'related'],
    // Parts summed into the whole.
    ['Approximately 1,000 North Korean soldiers have been killed and 3,000 wounded while fighting in Ukraine.', KI_CASUALTIES, '2025-01', '2025-01', 'corroborates'],
    // A split figure summed.
    ['Shoigu said Kim decided to send 1,000 sappers to clear mines and 5,000 military construction workers to Russia, Pyongyang confirmed.', ENGINEERS, '2025-06', '2025-08', 'corroborates'],
    // Same counted thing and time, different figure.
    ['North Korea sent 10,000 troops to fight in Russia’s Kursk region last year.', TWELVE, '2025-06', '2025-08', 'conflicts'],
    // Same batch, different model of the same family.
    ['North Korea had delivered nearly 50 M-1978 "Koksan" self-propelled howitzers to Russia in November 2024.', KOKSAN_002, '2024-11-20', undefined, 'conflicts'],
  ])('%s', (claim, src, pagePub, srcPub, want) => {
    expect(relate(claim, src, pagePub, srcPub).relation).toBe(want);
  });

  it('does not let two approximate figures meet by stacking their tolerances', () => {
    // "roughly 11,000" and "about 12,000" are different reports of one count.
    expect(relate('The spy agency said North Korea sent roughly 11,000 soldiers to fight in Russia’s Kursk region last year.', TWELVE, '2025-06', '2025-08').relation).toBe('conflicts');
    expect(relate('The spy agency said North Korea sent some 12,000 soldiers to fight in Russia’s Kursk region last year.', TWELVE, '2025-06', '2025-08').relation).toBe('corroborates');
  });

  it('never compares a per-unit count with a total', () => {
    const perBrigade = 'Russia intended to integrate five North Korean brigades into its army in Kursk last year, each with 2,000 to 3,000 soldiers.';
    expect(relate(perBrigade, TWELVE, '2025-06', '2025-08').relation).not.toBe('conflicts');
  });

  it('treats tallies at unknown or different times as two moments, not a conflict', () => {
    expect(relate('North Korea has suffered 6,000 casualties in Russia’s Kursk region, Kyiv said.', KI_CASUALTIES, '2025-01', '2025-01').relation).toBe('related');
  });

  it('takes a figure\'s time from its own clause only', () => {
    const claim = 'Neither Russia nor North Korea, which signed a deal in June 2024, has acknowledged it, despite Kyiv capturing two North Korean soldiers in Kursk.';
    const src = 'Only two North Korean soldiers are in Ukrainian captivity since Pyongyang deployed its troops in Kursk Oblast last fall.';
    expect(relate(claim, src, '2025-01', '2025-01').relation).toBe('corroborates');
  });

  it('never compares an increment with a total', () => {
    const src = 'Pyongyang is also expected to send 150 short-range KN-23 ballistic missiles to Russia in 2025, in addition to the 148 already supplied in 2024.';
    expect(relate('North Korea will send 120 more KN-23 ballistic missiles to Russia in 2025, Budanov said.', src, '2025-01', '2025-01').relation).toBe('related');
    expect(relate('North Korea will send 120 KN-23 ballistic missiles to Russia in 2025, Budanov said.', src, '2025-01', '2025-01').relation).toBe('conflicts');
  });

  it('flags a denial of what a source states, naming who denies', () => {
    const src = 'North Korean troops have been taking part in active combat on Russia’s side in the country’s Kursk Oblast since December.';
    const r = relate('Russia denied that North Korean troops were taking part in combat in Kursk Oblast.', src, '2025-01', '2025-01');
    expect(r.relation).toBe('conflicts');
    expect(r.explanation).toBe('this page (Russia) denies what A source, Jan 2025 states (Dec 2024–Jan 2025)');
  });

  it('never compares howitzers with missiles', () => {
    const r = relate('North Korea delivered 20 howitzers to Russia in mid-November 2024.', 'North Korea delivered 150 ballistic missiles to Russia in mid-November 2024.', '2024-11-30', '2024-11-30');
    expect(r.relation).not.toBe('conflicts');
    expect(r.relation).not.toBe('corroborates');
  });

  it('keeps a part related to its whole rather than conflicting', () => {
    expect(relate('About 1,000 North Korean troops have been killed in Kursk.', KI_CASUALTIES, '2025-01', '2025-01').relation).toBe('related');
  });

  it('does not confirm from a hedged claim', () => {
    expect(relate('North Korean troops have reportedly suffered 4,000 casualties, Kyiv says.', KI_CASUALTIES, '2025-01', '2025-01').relation).not.toBe('corroborates');
  });

  it('does not relate sentences about different things', () => {
    expect(relate('Seoul FC beat Ulsan 3-1 in front of 12,000 fans on Saturday.', TWELVE, '2025-06', '2025-08').relation).toBe('none');
  });

  it('reads stance on a standalone statement', () => {
    const claim = 'A Florida woman got a third breast';
    expect(relate('Woman who claims to have a third breast admits it was a hoax', claim, undefined, undefined, true).relation).toBe('conflicts');
    expect(relate('Florida woman reportedly got a third breast implanted', claim, undefined, undefined, true).relation).toBe('related');
    expect(relate('Florida woman got a third breast implanted to become a reality star', claim, undefined, undefined, true).relation).toBe('corroborates');
  });

  it('does not take a stance on a standalone statement about a different kind of thing', () => {
    const saved = 'Budanov says North Korea will send 150 more KN-23 missiles to Russia in 2025.';
    expect(relate('North Korea has not sent any troops to Russia, its foreign ministry said, calling the reports groundless.', saved, '2025-01', undefined, true).relation).not.toBe('conflicts');
    expect(relate('North Korea has not sent any missiles to Russia, its foreign ministry said, calling the reports groundless.', saved, '2025-01', undefined, true).relation).toBe('conflicts');
  });

  it('compares figures of things the vocabulary does not know, but only with the same thing', () => {
    const saved = 'The Lumen Valley dam holds 40 million cubic metres of water.';
    const more = relate('Engineers say the Lumen Valley dam holds 55 million cubic metres of water.', saved, undefined, undefined, true);
    expect(more).toEqual({ relation: 'conflicts', explanation: 'this page: 55 million cubic metres of water · A source: 40 million cubic metres of water' });
    expect(relate('The Lumen Valley dam holds about 40 million cubic metres of water.', saved, undefined, undefined, true).relation).toBe('corroborates');
    expect(relate('The Lumen Valley dam has 55 million visitors a year.', saved, undefined, undefined, true).relation).not.toBe('conflicts');
  });

  it('takes a denied figure as a conflict, not as support', () => {
    const src = 'Some 9,000 Russian troops had arrived in Belarus by mid-October 2022, the defence ministry in Minsk said.';
    const denied = relate('Russia denied that 9,000 of its troops had arrived in Belarus by mid-October 2022.', src, '2022-10-21', '2022-10-20');
    expect(denied.relation).toBe('conflicts');
    expect(denied.explanation).toMatch(/^this page \(Russia\) denies what/);
    expect(relate('Russia confirmed that 9,000 of its troops had arrived in Belarus by mid-October 2022.', src, '2022-10-21', '2022-10-20').relation).toBe('corroborates');
  });

  it('names the counted noun, not the words after it', () => {
    const r = relate('The Lumen ferry carried 300 passengers when it sank near Oban on Monday.', 'The Lumen ferry had 300 passengers when it sank near Oban on Monday.', '2025-03-04', '2025-03-04');
    expect(r.explanation).toBe('this page: 300 passengers (Mar 3 2025) · A source, 4 Mar 2025: 300 passengers (Mar 3 2025)');
  });

  it('reads a round figure as the rounding it is', () => {
    const saved = 'A Michigan pizza delivery driver received a 2,084 dollar tip.';
    expect(relate('Michigan pizza delivery driver surprised with a 2,000 dollar tip.', saved, undefined, undefined, true).relation).toBe('corroborates');
    expect(relate('Michigan pizza delivery driver surprised with a 1,500 dollar tip.', saved, undefined, undefined, true).relation).toBe('conflicts');
  });

  it.each([
    [2_000, 0.05],
    [2_084, 0],
    [12_500, 0.004],
    [150, 0],
    [300, 0.05],
  ])('a figure of %d tolerates %d of itself', (value, tol) => {
    expect(roundingTolerance(value)).toBeCloseTo(tol, 6);
  });

  it('says "states the same" without an empty list when no shared word is worth naming', () => {
    const r = relate('Florida woman got a third breast implanted to become a reality star', 'A Florida woman got a third breast', undefined, undefined, true);
    expect(r.explanation).not.toMatch(/:\s*$/);
  });

  it('pins explanation wording: values, times and who said it', () => {
    const r = relate('Blinken said Thursday that 8,000 North Korean troops have deployed to Russia’s Kursk region.', DOD, '2024-10-31');
    expect(r.explanation).toBe('this page: 8,000 troops (Blinken, Oct 31 2024) · A source: about 10,000 troops (US Department of Defense, end of Oct 2024)');
    const t = relate('North Korea had about 15,000 soldiers in Kursk in March 2025, officials said.', DOD, '2025-03-20');
    expect(t.explanation).toContain("different times, this page's figure is later");
    const m = relate('North Korea had delivered nearly 50 M-1978 "Koksan" self-propelled howitzers to Russia in November 2024.', KOKSAN_002, '2024-11-20');
    expect(m.explanation).toBe('this page: M-1978 Koksan · A source: M-1989 Koksan — different models');
  });
});
