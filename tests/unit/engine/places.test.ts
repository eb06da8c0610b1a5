import { describe, expect, it } from 'vitest';
import { normalisePlace, placeOf, placeRelation, type Place } from '../../../src/engine/places';

const place = (phrase: string): Place => {
  const p = normalisePlace(phrase);
  if (!p) throw new Error(`no place in "${phrase}"`);
  return p;
};

describe('normalisePlace', () => {
  it.each([
    ['Kursk', 'kursk'],
    ['Kursk Oblast', 'kursk'],
    ['the Kursk region', 'kursk'],
    ['the Kursk border region', 'kursk'],
    ['the contested border region of Kursk', 'kursk'],
    ["Russia's Kursk region", 'kursk'],
    ['Russia', 'russia'],
    ['Russian territory', 'russia'],
    ['Kiev', 'kyiv'],
    ['Kyiv', 'kyiv'],
    ['Odessa', 'odesa'],
    ['Donetsk Oblast', 'donetsk'],
    ['eastern Russia', 'eastern russia'],
    ['the Russian Far East', 'eastern russia'],
    ['north-eastern Poland', 'northeastern poland'],
    ['North Korea', 'north korea'],
    ['South Korea', 'south korea'],
    ['the West Bank', 'west bank'],
  ])('%s -> %s', (phrase, key) => {
    expect(normalisePlace(phrase)?.key).toBe(key);
  });

  it.each(['Russian airborne units', 'the war', 'us', 'eastern flank'])('%s names no place', (phrase) => {
    expect(normalisePlace(phrase)).toBeNull();
  });
});

describe('placeRelation', () => {
  it.each([
    ['Kursk', 'Russia', 'inside'],
    ['Russia', 'Kursk Oblast', 'contains'],
    ['Kursk region', 'Kursk', 'same'],
    ['Moscow', 'Russia', 'inside'],
    ['Pyongyang', 'North Korea', 'inside'],
    ['Donetsk', 'Ukraine', 'inside'],
    ['Vladivostok', 'eastern Russia', 'inside'],
    ['northern Ukraine', 'Ukraine', 'inside'],
    ['Kursk', 'Donetsk', 'apart'],
    ['eastern Russia', 'Kursk', 'apart'],
    ['northern Ukraine', 'Kyiv', 'apart'],
    ['Russia', 'Ukraine', 'apart'],
  ])('%s vs %s -> %s', (a, b, want) => {
    expect(placeRelation(place(a), place(b))).toBe(want);
  });
});

describe('placeOf', () => {
  /** The place of the figure `figure` in `sentence`. */
  const at = (sentence: string, figure: string) => {
    const start = sentence.indexOf(figure);
    return placeOf(sentence, start, start + figure.length)?.key ?? null;
  };

  it.each([
    ['The army moved 3,000 troops into Belgorod Oblast last week.', '3,000', 'belgorod'],
    ['Some 5,000 soldiers are stationed in Russia’s Bryansk region, officials said.', '5,000', 'bryansk'],
    // A capital after "to" stands for its state ("sent to Moscow" = sent to Russia); "in Moscow" is the city.
    ['Officials said 2,000 troops were sent to Moscow.', '2,000', 'russia'],
    ['Officials said 2,000 troops were parading in Moscow.', '2,000', 'moscow'],
    // Each figure takes the place of its own clause.
    ['Rescuers found 30 bodies in Kharkiv while 12 people were missing in Odesa.', '30', 'kharkiv'],
    ['Rescuers found 30 bodies in Kharkiv while 12 people were missing in Odesa.', '12', 'odesa'],
    // A place before the figure counts, unless another figure stands between them.
    ['The strike in Odesa killed 14 people.', '14', 'odesa'],
    ['Fighting in Odesa killed 14 people and wounded 30 others.', '30', null],
    // The place of an event, not of the figure.
    ['About 400 civilians have died in the war in Ukraine.', '400', null],
    ['Some 900 marines wore Russian uniforms.', '900', null],
    ['The ministry said 700 drones were launched overnight.', '700', null],
  ])('%s (%s) -> %s', (sentence, figure, key) => {
    expect(at(sentence, figure)).toBe(key);
  });
});
