import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SeedManifest, seedsToSources } from '../../src/sources/schema';

const dir = new URL('../../seeds/', import.meta.url);

describe('seeds', () => {
  const manifest = SeedManifest.parse(JSON.parse(readFileSync(new URL('seeds.json', dir), 'utf8')));
  const texts = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]),
  );

  it('lists every seed text exactly once, and nothing else', () => {
    expect(manifest.seeds.map((s) => s.file).sort()).toEqual(Object.keys(texts).sort());
  });

  it('are copied verbatim from the shared seeds', () => {
    const shared = new URL('../../../shared/seeds/', import.meta.url);
    let compared = 0;
    for (const [file, text] of Object.entries(texts)) {
      let original: string;
      try {
        original = readFileSync(new URL(file, shared), 'utf8');
      } catch {
        continue; // shared/ is not beside every checkout
      }
      expect(text).toBe(original);
      compared++;
    }
    expect(compared === 0 || compared === Object.keys(texts).length).toBe(true);
  });

  it('become sources with stable ids and only stated metadata', () => {
    const sources = seedsToSources(manifest, texts);
    expect(sources).toHaveLength(5);
    expect(new Set(sources.map((s) => s.id)).size).toBe(5);
    for (const s of sources) {
      expect(s.id).toMatch(/^seed:\d{3}_[0-9a-f]{16}$/);
      expect(s.kind).toBe('seed');
      expect(s.text.length).toBeGreaterThan(1000);
    }
    const wiki = sources.find((s) => s.file === '002_ae500f201ab592cc.txt');
    expect(wiki?.publisher).toBeUndefined();
    expect(wiki?.published).toBeUndefined();
  });

  it('rejects metadata that names a missing text or a malformed date', () => {
    expect(() => seedsToSources(manifest, {})).toThrow(/seed text missing/);
    const bad = { version: 1, seeds: [{ file: 'x.txt', title: 'x', published: 'Jan 2025' }] };
    expect(SeedManifest.safeParse(bad).success).toBe(false);
  });
});
