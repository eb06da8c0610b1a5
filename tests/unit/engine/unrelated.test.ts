import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { seedIndex } from './helpers';

const DIR = path.resolve(__dirname, '../../fixtures/texts');
const FIXTURES = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt'));

describe('unrelated news against the seeds', () => {
  const idx = seedIndex();
  it('has fixtures to check', () => expect(FIXTURES.length).toBeGreaterThanOrEqual(3));

  it.each(FIXTURES)('%s: no claim is corroborated or conflicting', (file) => {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    for (const published of [undefined, '2025-01-15']) {
      const flagged = analyze(text, idx, published ? { published } : {}).filter((c) => c.verdict !== 'unverified');
      expect(flagged.map((c) => c.text)).toEqual([]);
    }
  });
});
