import { describe, expect, it } from 'vitest';
import { compareFacts } from '../../../src/engine/compare';
import { factOf } from '../../../src/engine/facts';
import { parsePartialDate } from '../../../src/engine/dates';
import { explain } from '../../../src/engine/explain';
import type { SourceDoc } from '../../../src/engine';

// Where and when a figure is: counts for a place and for a part of it, for two different places, and
// figures whose stated time cannot be placed because their page has no date.

const source = (published?: string): SourceDoc => ({ id: 's', title: 'A source', text: '', kind: 'seed', file: null, ...(published ? { published } : {}) });

/** Relation of a claim (page dated `pagePub`, if at all) to a source sentence (dated `srcPub`), all terms weighed alike. */
function relate(claim: string, src: string, pagePub?: string, srcPub?: string) {
  const c = factOf(claim, 0, parsePartialDate(pagePub));
  const s = factOf(src, 0, parsePartialDate(srcPub), !!srcPub);
  const cmp = compareFacts(c, s, () => 1);
  return { relation: cmp?.relation ?? 'none', explanation: cmp ? explain(c, s, source(srcPub), cmp) : '' };
}

const IN_MINSK_6000 = 'About 6,000 Russian troops had arrived in Minsk by March 2025, the defence ministry said.';
const IN_BELARUS_6000 = 'About 6,000 Russian troops had arrived in Belarus by March 2025, the defence ministry said.';
const IN_SYRIA_9000 = 'About 9,000 Russian troops had arrived in Syria by March 2025, the defence ministry said.';

describe('figures in different places', () => {
  it.each([
    // The whole may count more than its part: 9,000 sent to Belarus, 6,000 of them in Minsk.
    ['Russia sent 9,000 troops to Belarus in March 2025, the defence ministry said.', IN_MINSK_6000, 'related', 'Minsk is part of Belarus'],
    // The same from the other side: the page counts the part, the source the whole.
    ['Russia had moved 6,000 troops into Minsk in March 2025, the defence ministry said.', 'About 9,000 Russian troops had arrived in Belarus by March 2025, the defence ministry said.', 'related', 'Minsk is part of Belarus'],
    // A part counted larger than its whole cannot both be true.
    ['Russia sent 9,000 troops into Minsk in March 2025, the defence ministry said.', IN_BELARUS_6000, 'conflicts', ''],
    // Same place, different count: still a conflict.
    ['Russia sent 9,000 troops into Minsk in March 2025, the defence ministry said.', IN_MINSK_6000, 'conflicts', ''],
    // The same count for a place and its part is one report.
    ['Russia sent 6,000 troops to Belarus in March 2025, the defence ministry said.', IN_MINSK_6000, 'corroborates', ''],
    // Two different places count different things, whether the counts differ or agree.
    ['Russia sent 6,000 troops to Belarus in March 2025, the defence ministry said.', IN_SYRIA_9000, 'related', 'different places: Belarus, Syria'],
    ['Russia sent 9,000 troops to Belarus in March 2025, the defence ministry said.', IN_SYRIA_9000, 'related', 'different places: Belarus, Syria'],
    // A place on one side only: as without places.
    ['Russia sent 9,000 troops in March 2025, the defence ministry said.', IN_MINSK_6000, 'conflicts', ''],
  ])('%s | %s -> %s', (claim, src, want, because) => {
    const r = relate(claim, src, '2025-04', '2025-04');
    expect(r.relation).toBe(want);
    if (because) expect(r.explanation).toContain(because);
  });
});

describe('denials of figures in different places', () => {
  it('does not read a denial about one place as refuting a count for another', () => {
    const claim = 'Russia denied that 9,000 of its troops had arrived in Belarus by March 2025, the defence ministry said.';
    const r = relate(claim, IN_SYRIA_9000, '2025-04', '2025-04');
    expect(r).toEqual({ relation: 'related', explanation: expect.stringContaining('different places: Belarus, Syria') });
  });
});

describe('a stated time that cannot be placed', () => {
  const SRC = 'About 6,000 Russian troops had arrived in Belarus by March 2025, the defence ministry said.';

  it.each([
    'In recent weeks, Russia has sent 9,000 troops to Belarus, the defence ministry said.',
    'Russia sent 9,000 troops to Belarus last month, the defence ministry said.',
    'Earlier this year, Russia sent 9,000 troops to Belarus, the defence ministry said.',
  ])('on an undated page, %s does not conflict', (claim) => {
    const r = relate(claim, SRC, undefined, '2025-04');
    expect(r.relation).toBe('related');
    expect(r.explanation).toMatch(/this page's time \("(?:in recent weeks|last month|earlier this year)"\) can't be dated/);
  });

  it('still conflicts when the page has no date but the figure states no time', () => {
    expect(relate('Russia has sent 9,000 troops to Belarus, the defence ministry said.', SRC, undefined, '2025-04').relation).toBe('conflicts');
  });

  it('still corroborates when the figures agree', () => {
    expect(relate('In recent weeks, Russia has sent about 6,000 troops to Belarus, the defence ministry said.', SRC, undefined, '2025-04').relation).toBe('corroborates');
  });

  it('resolves the same phrase on a dated page', () => {
    // Dated, "last month" is March 2025, the source's time: the figures disagree at the same time.
    expect(relate('Russia sent 9,000 troops to Belarus last month, the defence ministry said.', SRC, '2025-04-10', '2025-04').relation).toBe('conflicts');
  });

  it('holds for a source whose stated time cannot be placed', () => {
    const r = relate('Russia sent 9,000 troops to Belarus in March 2025, the defence ministry said.', 'Russia sent about 6,000 troops to Belarus last month, the defence ministry said.', '2025-04');
    expect(r.relation).toBe('related');
    expect(r.explanation).toContain('the source\'s time ("last month") can\'t be dated');
  });
});
