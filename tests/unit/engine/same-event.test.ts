import { describe, expect, it } from 'vitest';
import { compareFacts } from '../../../src/engine/compare';
import { factOf } from '../../../src/engine/facts';
import { parsePartialDate } from '../../../src/engine/dates';
import { explain } from '../../../src/engine/explain';
import { eventClauses } from '../../../src/engine/event-clauses';
import { eventTimes } from '../../../src/engine/clause-times';
import { claimsOf } from '../../../src/engine/claims';
import { splitSentences } from '../../../src/engine/sentences';
import { sameSpeaker, attributionOf } from '../../../src/engine/attribution';
import type { SourceDoc } from '../../../src/engine';
import { seedIndex } from './helpers';

// Seed sentences (the source side) and figure-less news paraphrases of the same events.
const INCURSION = 'North Korean troops were deployed to Kursk Oblast last fall to support Russian forces in countering a Ukrainian incursion launched in early August 2024.';
const CHOE = 'In view of the deployment of North Korean soldiers to support Russia in the Ukraine conflict, Choe Son-hui then met with Russian president Vladimir Putin in Moscow on 4 November.';
const TRAIN = 'The North Korean soldiers are expected to train their Russian counterparts on the supplied systems, he said.';

const idx = seedIndex();
const idf = (t: string) => idx.idf(t);
const doc: SourceDoc = { id: 's', title: 'A source', text: '', kind: 'seed', file: null, publisher: 'Kyiv Independent', published: '2025-01' };

/** Claim (page dated `pagePub`, or undated) against a source sentence dated `srcPub`, spoken by `srcSpeaker`. */
function relate(claim: string, src: string, srcPub: string, pagePub?: string, srcSpeaker: string | null = null) {
  const c = factOf(claim, 0, parsePartialDate(pagePub));
  const s = factOf(src, 0, parsePartialDate(srcPub), true, srcSpeaker);
  const cmp = compareFacts(c, s, idf);
  return { relation: cmp?.relation ?? 'none', kind: cmp?.reason.kind, explanation: cmp ? explain(c, s, doc, cmp) : '' };
}

describe('sameEvent: dated alike', () => {
  it('corroborates the same event told in other words and dated to the same month, even on an undated page', () => {
    const austin = 'Austin said Ukrainian troops in Russia can hold on to Kursk, which they attacked in August.';
    expect(relate(austin, INCURSION, '2025-01').relation).toBe('corroborates');
    expect(relate(austin, INCURSION, '2025-01', '2024-10-31').relation).toBe('corroborates');
  });

  it('does not corroborate the same kind of event in another place at that time', () => {
    expect(relate('Russian forces launched an attack on Kharkiv in August.', INCURSION, '2025-01', '2024-10-31').relation).not.toBe('corroborates');
    expect(relate('Ukrainian forces launched an attack on Kursk in August.', INCURSION, '2025-01', '2024-10-31').relation).toBe('corroborates');
  });

  it('does not corroborate when the event is dated to another month', () => {
    expect(relate('Austin said Ukrainian troops in Russia can hold on to Kursk, which they attacked in October.', INCURSION, '2025-01').relation).not.toBe('corroborates');
  });

  it('does not take a season or a year as the same date', () => {
    expect(relate('Ukrainian troops can hold on to Kursk, which they attacked in 2024.', INCURSION, '2025-01', '2025-01-10').relation).not.toBe('corroborates');
  });

  it('does not corroborate a negated event', () => {
    expect(relate('Ukrainian troops did not attack Kursk in August, Austin said.', INCURSION, '2025-01').relation).not.toBe('corroborates');
  });
});

describe('sameEvent: the same rare actor', () => {
  it('reads a visit and the talks held during it as one event', () => {
    const claim = 'The NIS revealed that North Korea’s Foreign Minister Choe Son-hui visited Russia earlier this month.';
    // Undated page: "earlier this month" cannot be placed, so the actor ties the two.
    const r = relate(claim, CHOE, '2024-11');
    expect(r.relation).toBe('corroborates');
    expect(r.explanation).toBe('this page (NIS) · Kyiv Independent, Jan 2025 reports the same visit by Choe Son Hui, Nov 4 2024: Russia, North Korea');
    // Dated page: "earlier this month" holds 4 November.
    expect(relate(claim, CHOE, '2024-11', '2024-11-20').relation).toBe('corroborates');
  });

  it('never lets a name elsewhere in the sentence stand for who took part', () => {
    // Putin is named, but Shoigu made the visit.
    const shoigu = 'Announcing the news during his visit to Pyongyang, Vladimir Putin’s security council chief Sergei Shoigu described the deployment as aid.';
    expect(relate(shoigu, CHOE, '2024-11', '2025-06-18').relation).not.toBe('corroborates');
  });

  it('does not take another actor’s trip on the same day for the same visit', () => {
    const baerbock = 'During her trip to Kyiv on 4 November 2024, German foreign minister Annalena Baerbock emphasized that North Korea’s military assistance to Russia was exacerbating the situation.';
    expect(relate('The NIS revealed that North Korea’s Foreign Minister Choe Son-hui visited Russia earlier this month.', baerbock, '2024-11', '2024-11-20').relation).not.toBe('corroborates');
  });

  it('does not corroborate a meeting with someone else', () => {
    expect(relate('Kim Jong Un met with Vladimir Putin in Moscow.', CHOE, '2024-11').relation).not.toBe('corroborates');
  });

  it('takes two undated meetings of the same people for two occasions', () => {
    const call = 'Earlier, Russian leader Vladimir Putin held a phone call with North Korean leader Kim Jong-un just days before his planned meeting with US President Donald Trump in Alaska.';
    expect(relate('Kim Jong Un visited Russia in September 2023 and met Putin at a spaceport.', call, '2025-08').relation).not.toBe('corroborates');
    const caption = 'Meeting between North Korean leader Kim Jong Un (left) and Russian president Vladimir Putin (center) in June 2024 in Pyongyang.';
    expect(relate('Kim Jong Un met Putin in Vladivostok, the Kremlin said.', caption, '2025-01').relation).not.toBe('corroborates');
  });

  it('does not corroborate the same actor at a contradicting time', () => {
    expect(relate('Choe Son-hui visited Russia in September 2024.', CHOE, '2024-11', '2024-12-01').relation).not.toBe('corroborates');
  });
});

describe('sameEvent: the same speaker', () => {
  const page = 'North Korean troops are currently training Russian forces on the weapon’s operation, with combat use already confirmed, Budanov said.';

  it('corroborates the same speaker telling the same event', () => {
    const r = relate(page, TRAIN, '2025-01', undefined, 'Budanov');
    expect(r.relation).toBe('corroborates');
    expect(r.explanation).toBe('this page (Budanov) · Kyiv Independent, Jan 2025 quotes Budanov on the same training: Russia, North Korea, troops');
  });

  it('needs the same speaker', () => {
    expect(relate(page.replace('Budanov', 'Zelensky'), TRAIN, '2025-01', undefined, 'Budanov').relation).not.toBe('corroborates');
  });

  it('is no confirmation when the page only hedges', () => {
    expect(relate('North Korean troops may be training Russian forces on the weapon’s operation, Budanov said.', TRAIN, '2025-01', undefined, 'Budanov').relation).not.toBe('corroborates');
  });
});

describe('event clauses', () => {
  it('cuts the clause at a reported "that" and keeps a figure’s thousands comma inside', () => {
    const f = factOf('The NIS revealed that approximately 10,900 North Korean soldiers have been deployed to Kursk.', 0, null);
    const send = eventClauses(f).find((c) => c.key === 'ev:send');
    expect(send && f.text.slice(send.from, send.to)).toBe('approximately 10,900 North Korean soldiers have been deployed to Kursk.');
  });

  it('dates an event by the time nearest it in its clause, or by a time opening the sentence', () => {
    const f = factOf(INCURSION, 0, parsePartialDate('2025-01'));
    const attack = eventClauses(f).find((c) => c.key === 'ev:attack');
    expect(attack?.time && f.text.slice(attack.time.start, attack.time.end)).toBe('in early August 2024');
    const g = factOf('On November 20, the NIS confirmed that North Korea has continued to supply Russia with howitzers.', 0, null);
    expect(eventClauses(g).find((c) => c.key === 'ev:supply')?.time).toMatchObject({ month: 10 });
  });

  it('compares a month of an unknown year with a dated range', () => {
    const aug = parsePartialDate('2024-08') as NonNullable<ReturnType<typeof parsePartialDate>>;
    const t = (x: object) => ({ ...x, start: 0, end: 0 }) as Parameters<typeof eventTimes>[0];
    expect(eventTimes(t({ month: 7 }), t({ range: aug }))).toBe('agree');
    expect(eventTimes(t({ month: 9 }), t({ range: aug }))).toBe('conflict');
    expect(eventTimes(t({ month: 7 }), t({ range: parsePartialDate('2024') }))).toBe('unknown');
  });
});

describe('speakers and pronouns', () => {
  it('carries the previous sentence’s names over a leading pronoun', () => {
    const text = 'Choe Son-hui visited Moscow this month. During her visit, she held discussions with Vladimir Putin.';
    const facts = [...claimsOf(splitSentences(text), null)].map((x) => x.fact);
    expect(facts[1]?.carried).toContain('choe son hui');
    expect(facts[0]?.carried).toBeUndefined();
  });

  it('knows one speaker under two names, and not two speakers by a shared word', () => {
    expect(sameSpeaker('Kyrylo Budanov', 'Budanov')).toBe(true);
    expect(sameSpeaker('Pentagon', 'US Department of Defense')).toBe(true);
    expect(sameSpeaker("Russia's state news agency", 'Yonhap news agency')).toBe(false);
    expect(sameSpeaker('Budanov', 'Zelensky')).toBe(false);
  });

  it('reads a speaker past an adverb ("Budanov earlier told")', () => {
    expect(attributionOf('Kyiv’s military intelligence chief Kyrylo Budanov earlier told The Warzone that more guns would come.')).toBe('Kyrylo Budanov');
  });
});
