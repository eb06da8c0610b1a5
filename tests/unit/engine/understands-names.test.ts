import { describe, expect, it } from 'vitest';
import { relate } from './understands-relate';
import { findDesignations } from '../../../src/engine/designations';
import { termsOf } from '../../../src/engine/terms';

const DATE = '2025-01-15';

describe('the engine understands designations', () => {
  it.each([
    ['M1989', 'M-1989'], ['M-1989', 'M 1989'], ['KN-23', 'KN23'], ['Su-34', 'SU-34'],
  ])('%s and %s are one model', (a, b) => {
    expect(findDesignations(`the ${a} system`)[0]?.key).toBe(findDesignations(`the ${b} system`)[0]?.key);
  });

  it('knows a model by its name, else by the kind of weapon it is', () => {
    const fam = (s: string) => findDesignations(s).map((d) => d.family);
    expect(fam('M-1978 "Koksan" self-propelled howitzers')).toEqual(['koksan']);
    expect(fam('KN-23 ballistic missiles')).toEqual(['missiles']);
    expect(fam('Su-34 jets')).toEqual(['aircraft']);
    expect(fam('the KN-23 was tested')).toEqual([null]);
  });

  it.each<[string, string, 'corroborates' | 'conflicts']>([
    ["North Korea has shipped M1989 Koksan howitzers to Russia, Ukraine's intelligence chief said.", "Ukraine's intelligence chief said North Korea has shipped M-1989 Koksan howitzers to Russia.", 'corroborates'],
    ["North Korea has shipped M1978 Koksan howitzers to Russia, Ukraine's intelligence chief said.", "Ukraine's intelligence chief said North Korea has shipped M-1989 Koksan howitzers to Russia.", 'conflicts'],
    ["Russia fired North Korean KN-23 missiles at Kyiv on Tuesday, Ukraine's air force said.", "Ukraine's air force said Russia fired North Korean KN23 missiles at Kiev on Tuesday.", 'corroborates'],
    ["Russia fired North Korean KN-23 missiles at Kyiv on Tuesday, Ukraine's air force said.", "Ukraine's air force said Russia fired North Korean KN-24 missiles at Kiev on Tuesday.", 'conflicts'],
    ['Russia has deployed its Su-34 jets to Kursk, Ukraine said.', 'Ukraine said Russia has deployed its Su-35 jets to Kursk.', 'conflicts'],
  ])('%s | %s', (claim, src, want) => {
    expect(relate(claim, src, DATE, DATE).relation).toBe(want);
  });

  it('names both models in the explanation', () => {
    const r = relate("North Korea has shipped M1978 Koksan howitzers to Russia, Ukraine's intelligence chief said.", "Ukraine's intelligence chief said North Korea has shipped M-1989 Koksan howitzers to Russia.", DATE, DATE);
    expect(r.explanation).toBe('this page: M1978 Koksan · A source, 15 Jan 2025: M-1989 Koksan — different models');
  });
});

describe('the engine understands names', () => {
  const names = (s: string) => termsOf(s).entities;
  it.each([
    ['Kyiv', 'Kiev'], ['Kharkiv', 'Kharkov'], ['Pyongyang', 'North Korea'], ['the Kremlin', 'Russia'], ['Seoul', 'South Korea'],
    ['Zelensky', 'Volodymyr Zelenskyy'], ['Kim Jong-un', 'Kim Jong Un'], ['Erdogan', 'Recep Tayyip Erdoğan'], ['Lula', 'Luiz Inacio Lula da Silva'],
    ['Turkey', 'Turkish'], ['Greece', 'Greek'], ['Nicaragua', 'Nicaraguan'], ['Bosnia', 'Bosnian'], ['the UAE', 'Emirati'],
  ])('%s and %s name one actor', (a, b) => {
    expect(names(`${a} said so.`)).toEqual(names(`${b} said so.`));
    expect(names(`${a} said so.`)).toHaveLength(1);
  });

  it.each<[string, string, 'corroborates' | 'conflicts']>([
    ["Pyongyang has sent 12,000 troops to Russia, Seoul's spy agency said.", "North Korea has sent 12,000 troops to Russia, Seoul's spy agency said.", 'corroborates'],
    ["Pyongyang has sent 12,000 troops to Russia, Seoul's spy agency said.", "North Korea has sent 15,000 troops to Russia, Seoul's spy agency said.", 'conflicts'],
    ['Russia launched 30 Shahed drones at Kharkov overnight.', 'Russia launched 60 Shahed drones at Kharkiv overnight.', 'conflicts'],
    ['The Kremlin said 600 Ukrainian soldiers were captured in Kursk.', 'Moscow said 600 Ukrainian soldiers were captured in Kursk.', 'corroborates'],
    ["Erdogan said 40 percent of the buildings in Antakya were destroyed.", "Recep Tayyip Erdoğan said 40 percent of the buildings in Antakya were destroyed.", 'corroborates'],
  ])('%s | %s', (claim, src, want) => {
    expect(relate(claim, src, DATE, DATE).relation).toBe(want);
  });

  it('does not take two different people for one', () => {
    expect(names('Kim Yo-jong said so.')).not.toEqual(names('Kim Jong-un said so.'));
  });
});
