import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { DAY_PARSER_PLACES } from '../../../src/engine/time';

// The engine picks chrono's day parsers by place, since a minified build renames their classes. Unminified
// here, the class at each place must be the one named: a chrono-node upgrade that reorders them fails this.
describe("chrono's day parsers, picked by place", () => {
  it('finds at each place the parser it names', () => {
    const at = Object.entries(DAY_PARSER_PLACES).map(([name, place]) => [name, chrono.en.casual.parsers[place]?.constructor.name]);
    expect(at).toEqual(Object.keys(DAY_PARSER_PLACES).map((name) => [name, name]));
  });
});
