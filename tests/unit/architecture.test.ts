/**
 * Checks the codebase itself for the rules every part relies on: the engine stays pure, only the store
 * imports Dexie, and no page or stored text can reach the DOM as markup.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

const files = [...sourceFiles('src'), ...sourceFiles('entrypoints')].map((path) => ({
  path,
  code: readFileSync(join(root, path), 'utf8'),
}));
/** Module specifiers of static imports/re-exports and dynamic `import()` calls. */
const importsOf = (code: string) =>
  [
    ...code.matchAll(
      /^\s*import\s+['"]([^'"]+)['"]|^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? '');

describe('architecture', () => {
  it('finds the code it checks', () => {
    expect(files.some((f) => f.path.startsWith('src/engine/'))).toBe(true);
    expect(files.some((f) => f.path.startsWith('entrypoints/'))).toBe(true);
  });

  it('keeps the engine pure: no DOM, browser APIs, storage or imports from outside the engine', () => {
    for (const f of files.filter((f) => f.path.startsWith('src/engine/'))) {
      for (const spec of importsOf(f.code)) {
        const ok = (spec.startsWith('.') && !spec.startsWith('..')) || ['chrono-node'].some((p) => spec.startsWith(p));
        expect(ok, `${f.path} imports ${spec}`).toBe(true);
      }
      expect(f.code, f.path).not.toMatch(/\b(document|window|browser|chrome|indexedDB|localStorage)\./);
    }
  });

  it('lets only src/store import dexie', () => {
    for (const f of files) {
      if (importsOf(f.code).some((s) => s === 'dexie')) expect(f.path, f.path).toMatch(/^src\/store\//);
    }
  });

  it('never assigns markup from strings', () => {
    for (const f of files) {
      expect(f.code, relative(root, f.path)).not.toMatch(/\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write\(/);
    }
  });

  it('keeps the content script away from the engine and the store', () => {
    for (const f of files.filter((f) => f.path.startsWith('entrypoints/claims.content/') || f.path.startsWith('src/page/'))) {
      for (const spec of importsOf(f.code)) expect(spec, f.path).not.toMatch(/engine\/(?!types)|store\/|^dexie$/);
    }
  });
});
