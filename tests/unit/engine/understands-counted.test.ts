import { describe, expect, it } from 'vitest';
import { relate } from './understands-relate';
import { findQuantities } from '../../../src/engine/quantities';
import { findTimes } from '../../../src/engine/time';
import { parsePartialDate } from '../../../src/engine/dates';

/** `value:class` of each counted figure. */
function counted(s: string, published = '2024-12-01'): string[] {
  return findQuantities(s, findTimes(s, parsePartialDate(published)), []).map((q) => `${q.value}:${q.unit}${q.derived ? '*' : ''}`);
}

describe('the engine understands what is counted', () => {
  it('never takes an object property name for a counted noun', () => {
    const units = findQuantities('They found 12 constructor errors and 30 hasOwnProperty checks.', [], []).map((q) => typeof q.unit);
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) expect(u).toBe('string');
  });

  it.each<[string, string]>([
    ['Seoul said 11,000 soldiers had arrived.', '11000:personnel'], ['Seoul said 11,000 troops had arrived.', '11000:personnel'],
    ['Seoul said 11,000 servicemen had arrived.', '11000:personnel'], ['Seoul said 11,000 North Korean military personnel had arrived.', '11000:personnel'],
    ['Floods forced 600,000 residents from their homes.', '600000:civilians'], ['Floods forced 600,000 people from their homes.', '600000:civilians'],
    ['Pyongyang shipped 40 howitzers to Russia.', '40:artillery'], ['Pyongyang shipped 40 self-propelled guns to Russia.', '40:artillery'],
    ['Pyongyang shipped 40 multiple rocket launchers to Russia.', '40:rocket-launchers'], ['Pyongyang shipped 40 ballistic missiles to Russia.', '40:missiles'],
    ['Berlin will deliver 40 Leopard tanks to Kyiv.', '40:vehicles'], ['The ministry sent 300 doctors to the flood zone.', '300:medics'],
    ['The city sent 300 firefighters to the blaze.', '300:rescuers'], ['The quake killed 80 people in the town.', '80:killed'],
    ['In the town 80 people were killed by the quake.', '80:killed'], ['In the town 80 people died in the quake.', '80:killed'],
    ['Seoul said 3,000 troops were killed or wounded.', '3000:casualties'], ['The state will spend $3 billion on roads.', '3000000000:money'],
    ['Turnout in the election was 40 percent.', '40:percent'],
  ])('%s -> %s', (sentence, want) => {
    expect(counted(sentence)).toEqual([want]);
  });

  it('compares troops, soldiers and servicemen as one thing', () => {
    const src = "North Korea has sent 11,000 troops to Russia's Kursk region, according to Seoul's spy agency.";
    expect(relate("North Korea has sent 11,000 soldiers to Russia's Kursk region, Seoul's spy agency said on Wednesday.", src, '2024-12-18', '2024-12-18').relation).toBe('corroborates');
    expect(relate("North Korea has sent 11,000 servicemen to Russia's Kursk region, Seoul's spy agency said on Wednesday.", src, '2024-12-18', '2024-12-18').relation).toBe('corroborates');
    const more = relate("North Korea has sent 15,000 servicemen to Russia's Kursk region, Seoul's spy agency said on Wednesday.", src, '2024-12-18', '2024-12-18');
    expect(more).toEqual({ relation: 'conflicts', explanation: "this page: 15,000 troops · A source, 18 Dec 2024: 11,000 troops (Seoul's spy agency)" });
  });

  it('keeps the killed as a part of the casualties: related, not a conflict', () => {
    const war = relate("About 1,000 North Korean soldiers have been killed in Russia's Kursk region, Ukraine said on Monday.", "North Korean troops have suffered 4,000 casualties in Russia's Kursk region, Ukraine said on Monday.", '2025-01-13', '2025-01-13');
    expect(war.relation).toBe('related');
    expect(war.explanation).toContain('one is part of the other');
    const quake = relate('The earthquake in Turkey on Monday killed 1,200 people, the disaster agency said.', 'The earthquake in Turkey on Monday caused 6,200 casualties, the disaster agency said.', '2023-02-08', '2023-02-08');
    expect(quake.relation).toBe('related');
  });

  it('adds the dead and the injured up to the casualties', () => {
    expect(counted('The earthquake in Turkey on Monday left 1,200 people dead and 5,000 injured.', '2023-02-08')).toEqual(['1200:killed', '5000:wounded', '6200:casualties*']);
    const r = relate('The earthquake in Turkey on Monday left 1,200 people dead and 5,000 injured.', 'The earthquake in Turkey on Monday caused 6,200 casualties, the disaster agency said.', '2023-02-08', '2023-02-08');
    expect(r).toEqual({ relation: 'corroborates', explanation: 'this page: 1,200 + 5,000 (= 6,200) casualties (Feb 6 2023) · A source, 8 Feb 2023: 6,200 casualties (Feb 6 2023)' });
  });

  // Same figure, same actors, same time: only the counted thing differs, and it must keep them apart.
  it.each([
    ['North Korea delivered 20 howitzers to Russia in mid-November 2024.', 'North Korea delivered 20 ballistic missiles to Russia in mid-November 2024.'],
    ['North Korea delivered 50 self-propelled guns to Russia in November 2024.', 'North Korea delivered 50 rocket launchers to Russia in November 2024.'],
    ['Germany will give Ukraine 120 Leopard tanks this year, the defence ministry said.', 'The defence ministry said Germany will give Ukraine 120 air-defence missiles this year.'],
    ["Russia's army lost 1,500 soldiers near Pokrovsk on Friday, Ukraine's general staff said.", "Ukraine's general staff said Russia's army lost 1,500 tanks near Pokrovsk on Friday."],
    ["Egypt's government will spend $3 billion on wheat imports this year.", "Egypt's government will import 3 billion tonnes of wheat this year."],
    ['Floods in Nigeria have displaced 600,000 people since August, the emergency agency said.', 'The emergency agency said floods in Nigeria have damaged 600,000 homes since August.'],
  ])('never compares different things: %s', (claim, src) => {
    const r = relate(claim, src, '2024-12-02', '2024-12-02');
    expect(['related', 'none']).toContain(r.relation);
    expect(r.explanation).not.toMatch(/^this page:/);
  });

  it('compares a figure with the counted noun taken from the one before it', () => {
    expect(counted('Pyongyang sent 150 missiles in 2025, in addition to the 148 supplied in 2024.', '2025-01')).toEqual(['150:missiles', '148:missiles']);
  });
});
