import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimIndex, analyze } from '../../../src/engine';
import { seedSources } from './helpers';

// Claims a reader might have saved, each a single statement, on other matters than the pages below, that share
// with them only names (North Korea, Russia), kinds of things or events (soldiers, deliveries, deaths, fighting)
// and numbers. A saved statement that shares one ordinary word with a short page sentence ("a war memorial" and
// "adapting to war") can still be linked: a known limit (docs/engine.md).
const SAVED = [
  'North Korea plans to open a noodle restaurant in Scotland',
  'Kim Jong Un injured his ankle during a factory visit',
  'A video of a snow leopard was filmed in southern Russia',
  'The new smartwatch will ship in March',
  'Samsung will supply the screens for the new tablet',
  'A teenager earned 72 million dollars trading stocks',
  'Two men kept a hamburger for 20 years',
  'A child soldier was killed in battle in Syria',
  'The son of a North Korean diplomat is on the run in France',
  'Apple will shut down its music streaming service',
  'The city council voted to ban plastic bags',
];

const DIR = path.resolve(__dirname, '../../fixtures/texts');
const PAGES = [
  ...seedSources().map((d) => ({ name: d.id, text: d.text })),
  ...fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: fs.readFileSync(path.join(DIR, f), 'utf8') })),
];

describe('pages on other matters against saved statements', () => {
  const idx = new ClaimIndex(SAVED.map((text, i) => ({ id: `saved:${i}`, title: text, text, kind: 'saved' as const, file: null })));

  it.each(PAGES.map((p) => [p.name, p.text]))('%s: no saved statement is corroborated or contradicted', (_name, text) => {
    const flagged = analyze(text, idx).flatMap((c) => c.matches.filter((m) => m.relation !== 'related').map((m) => `${c.text} ~ ${m.quote}`));
    expect(flagged).toEqual([]);
  });
});
