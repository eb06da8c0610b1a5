import { describe, expect, it } from 'vitest';
import { attributionOf, speakerOf } from '../../../src/engine/attribution';
import { stanceOf } from '../../../src/engine/stance';

describe('attributionOf', () => {
  it.each([
    ['WASHINGTON — Secretary of State Antony Blinken said Thursday that 8,000 North Korean troops have deployed.', 'Antony Blinken'],
    ['According to reports from the US Department of Defense, allegedly about 10,000 North Korean soldiers had arrived.', 'US Department of Defense'],
    ["According to South Korea's spy agency, 12,000 troops were sent.", "South Korea's spy agency"],
    ['Moscow is further set to receive additional artillery guns, Budanov noted, adding that more would follow.', 'Budanov'],
    ['These reports were based on information from the NIS, which stated that 1,500 soldiers had been sent.', null],
    ['North Korea sent troops to Russia.', null],
    // "An estimated 30,000" is a figure's qualifier, not a speaker called "An".
    ['An estimated 30,000 people fled the city.', null],
  ])('%s', (s, who) => {
    expect(attributionOf(s)).toBe(who);
  });

  it('carries a named speaker over "he said"', () => {
    expect(speakerOf('The North Korean soldiers are expected to train their Russian counterparts, he said.', 'Budanov')).toBe('Budanov');
    expect(speakerOf('The soldiers are expected to train their Russian counterparts.', 'Budanov')).toBeNull();
  });
});

describe('stanceOf', () => {
  it.each([
    ['Met police denies reports of Banksy arrest', { denial: true, negated: true }],
    ['Budanov did not provide further details on the number of reinforcements.', { negated: false }],
    ['Kyiv has said troops suffered 4,000 casualties, though the number cannot be independently verified.', { negated: false, hedged: false }],
    ['Fresh Pyongyang troops could arrive within two months.', { hedged: true }],
    ['Apple in late stages to acquire Path, report says', { reported: true, hedged: true }],
    ['According to BBC reports citing Western officials, 1,000 soldiers have been killed.', { hedged: false }],
    ['Willie Nelson dead? Viral hoax fools internet', { question: true, denial: true }],
    ['North Korea will send 6,000 military engineers.', { future: true }],
    ['North Korea has continued to supply Russia with howitzers.', { future: false }],
  ] as const)('%s', (s, want) => {
    expect(stanceOf(s)).toMatchObject(want);
  });
});
