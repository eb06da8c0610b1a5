import { describe, expect, it } from 'vitest';
import { relate } from './understands-relate';
import { findFigures } from '../../../src/engine/numbers';
import { findQuantities } from '../../../src/engine/quantities';
import { rateLabel } from '../../../src/engine/rates';

// Pairs of news sentences on one event, the page's first, dated alike: only the figures decide.
type Case = [claim: string, source: string, date: string, want: 'corroborates' | 'conflicts' | 'related'];

describe('the engine understands quantities', () => {
  it.each<Case>([
    // Number words, hyphenated or not, against digits with separators.
    ['Rescuers in Turkey said the earthquake on Monday killed eleven-thousand people.', 'The earthquake in Turkey on Monday killed 11,000 people, the disaster agency said.', '2023-02-08', 'corroborates'],
    ['North Korea has shipped two million artillery shells to Russia this year, analysts in Seoul estimate.', 'North Korea has shipped 2,000,000 artillery shells to Russia this year, according to analysts in Seoul.', '2024-11-20', 'corroborates'],
    ['North Korea has shipped two million artillery shells to Russia this year, analysts in Seoul estimate.', 'North Korea has shipped 5 million artillery shells to Russia this year, according to analysts in Seoul.', '2024-11-20', 'conflicts'],
    // Ranges: a figure inside agrees, one outside conflicts.
    ['Floods in Pakistan have destroyed between 2,000 and 3,000 homes since Sunday, the disaster authority said.', "Pakistan's disaster authority said floods had destroyed 2,500 homes since Sunday.", '2024-08-28', 'corroborates'],
    ['Floods in Pakistan have destroyed between 2,000 and 3,000 homes since Sunday, the disaster authority said.', "Pakistan's disaster authority said floods had destroyed 6,000 homes since Sunday.", '2024-08-28', 'conflicts'],
    ['The landslide in India on Tuesday buried 50-100 houses, the state government said.', "The state government said Tuesday's landslide in India buried 70 houses.", '2024-07-31', 'corroborates'],
    ['The landslide in India on Tuesday buried 50-100 houses, the state government said.', "The state government said Tuesday's landslide in India buried 300 houses.", '2024-07-31', 'conflicts'],
    // Bounds: "up to", "at least", "more than" hold everything on their side.
    ['The cyclone that struck India on Thursday killed up to 40 people, the state government said.', 'The state government said 32 people were killed when the cyclone struck India on Thursday.', '2024-05-31', 'corroborates'],
    ['The cyclone that struck India on Thursday killed up to 40 people, the state government said.', 'The state government said 65 people were killed when the cyclone struck India on Thursday.', '2024-05-31', 'conflicts'],
    ['The quake in Japan on Monday destroyed at least 1,200 buildings, the fire agency said.', "Japan's fire agency said Monday's quake destroyed 1,350 buildings.", '2024-01-03', 'corroborates'],
    ['The quake in Japan on Monday destroyed at least 1,200 buildings, the fire agency said.', "Japan's fire agency said Monday's quake destroyed 900 buildings.", '2024-01-03', 'conflicts'],
    ['More than 300 migrants were rescued off the coast of Italy on Saturday, the coast guard said.', 'The coast guard said 250 migrants were rescued off the coast of Italy on Saturday.', '2024-06-17', 'conflicts'],
    // Approximations: "nearly" is at or just below, "about" and "an estimated" either side, a little.
    ['Nearly 500 flights were cancelled at airports in Germany on Wednesday because of the strike.', 'Airports in Germany cancelled 488 flights on Wednesday because of the strike.', '2024-02-08', 'corroborates'],
    ['Nearly 500 flights were cancelled at airports in Germany on Wednesday because of the strike.', 'Airports in Germany cancelled 560 flights on Wednesday because of the strike.', '2024-02-08', 'conflicts'],
    ["About 4,000 people were evacuated from Greece's island of Rhodes on Tuesday as the wildfire spread.", 'Some 4,100 people were evacuated from Rhodes in Greece on Tuesday as the wildfire spread.', '2023-07-19', 'corroborates'],
    ['An estimated 30,000 people were evacuated in Greece on Tuesday as the wildfire spread.', 'Greece evacuated 19,000 people on Tuesday as the wildfire spread.', '2023-07-19', 'conflicts'],
    // Percentages and shares, written as "%" or "percent".
    ["Turnout in Poland's parliamentary election on Sunday was 74%, the electoral commission said.", "The electoral commission said turnout in Sunday's parliamentary election in Poland was nearly 74 percent.", '2023-10-17', 'corroborates'],
    ["Turnout in Poland's parliamentary election on Sunday was 74%, the electoral commission said.", "The electoral commission said turnout in Sunday's parliamentary election in Poland was 62 percent.", '2023-10-17', 'conflicts'],
    ['Inflation in Turkey rose to 61.5 percent in October, the statistics office said.', "Turkey's statistics office said annual inflation reached 61.5% in October.", '2023-11-05', 'corroborates'],
    ['Inflation in Turkey rose to 61.5 percent in October, the statistics office said.', "Turkey's statistics office said annual inflation reached 48% in October.", '2023-11-05', 'conflicts'],
    // Money, with the currency before or after.
    ['Germany will spend $2.5 billion on flood defences next year, the finance minister said.', 'The finance minister said Germany will spend 2.5bn dollars on flood defences next year.', '2024-11-05', 'corroborates'],
    ['Germany will spend $2.5 billion on flood defences next year, the finance minister said.', 'The finance minister said Germany will spend $4 billion on flood defences next year.', '2024-11-05', 'conflicts'],
    // Sums where one text splits the figure.
    ['India will send 1,000 doctors and 2,000 nurses to the flood zone, the health ministry said.', 'The health ministry said India will send 3,000 medical workers to the flood zone.', '2024-08-01', 'corroborates'],
    ["North Korea will send 1,000 sappers and 5,000 builders to Russia's Kursk region, Shoigu said.", 'Shoigu said North Korea will send 6,000 military engineers to Kursk.', '2025-06-18', 'corroborates'],
    ["North Korea will send 1,000 sappers and 5,000 builders to Russia's Kursk region, Shoigu said.", 'Shoigu said North Korea will send 9,000 military engineers to Kursk.', '2025-06-18', 'conflicts'],
  ])('%s | %s', (claim, src, date, want) => {
    expect(relate(claim, src, date, date).relation).toBe(want);
  });

  describe('rates', () => {
    const annual = "North Korea can produce 2 million artillery shells annually, Ukraine's intelligence chief said.";
    const src = (what: string) => `North Korea can produce ${what}, according to Ukraine's intelligence chief.`;
    it.each<[string, 'corroborates' | 'conflicts' | 'related']>([
      ['2 million artillery shells per year', 'corroborates'],
      ['2 million artillery shells each year', 'corroborates'],
      ['about 170,000 artillery shells a month', 'corroborates'],
      ['500,000 artillery shells a month', 'conflicts'],
      ['4 million artillery shells a year', 'conflicts'],
    ])('%s', (what, want) => {
      expect(relate(annual, src(what), '2025-01-20', '2025-01-20').relation).toBe(want);
    });

    it('never takes a rate for a total', () => {
      const total = relate(annual, "North Korea has shipped 2 million artillery shells to Russia, according to Ukraine's intelligence chief.", '2025-01-20', '2025-01-20');
      expect(total.relation).toBe('related');
      expect(total.explanation).toContain('different time frames');
    });

    it('does not read "a year ago" or "in a year" as a rate', () => {
      const rateOf = (s: string) => findQuantities(s, [], []).map((q) => q.rate);
      expect(rateOf('Officials counted 12,000 troops a year ago.')).toEqual([null]);
      expect(rateOf('The plant can build 300 drones in a year.')).toEqual([null]);
      expect(rateOf('The plant builds 300 drones a month.')).toEqual([365.25 / 12]);
      expect(rateOf('The plant builds 300 drones daily.')).toEqual([1]);
    });

    it('names a period for the reader', () => {
      const label = (s: string) => findQuantities(s, [], []).map((q) => rateLabel(q.rate));
      expect(label('North Korea makes 2 million shells annually.')).toEqual(['a year']);
      expect(label('The plant builds 300 drones monthly.')).toEqual(['a month']);
      expect(label('Officials counted 12,000 troops.')).toEqual(['']);
    });
  });

  it('names both figures with their qualifiers in the explanation', () => {
    const r = relate('The quake in Japan on Monday destroyed at least 1,200 buildings, the fire agency said.', "Japan's fire agency said Monday's quake destroyed 900 buildings.", '2024-01-03', '2024-01-03');
    expect(r.explanation).toBe('this page: at least 1,200 buildings (Jan 1 2024) · A source, 3 Jan 2024: 900 buildings (Jan 1 2024)');
    const sum = relate("North Korea will send 1,000 sappers and 5,000 builders to Russia's Kursk region, Shoigu said.", 'Shoigu said North Korea will send 6,000 military engineers to Kursk.', '2025-06-18', '2025-06-18');
    expect(sum.explanation).toBe('this page: 1,000 + 5,000 (= 6,000) military engineers (Shoigu) · A source, 18 Jun 2025: 6,000 military engineers (Shoigu)');
  });

  it('reads number words of every shape as values', () => {
    const values = (s: string) => findFigures(s).map((f) => f.value);
    expect(values('eleven-thousand soldiers')).toEqual([11_000]);
    expect(values('two million shells')).toEqual([2_000_000]);
    expect(values('twenty-five thousand voters')).toEqual([25_000]);
    expect(values('a hundred and fifty missiles')).toEqual([150]);
    expect(values('1.2 million people')).toEqual([1_200_000]);
  });
});
