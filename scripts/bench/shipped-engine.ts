/**
 * The engine as the extension ships it: `src/engine` bundled into one module and minified by the same Vite
 * that `wxt build` uses, written to a temporary directory and imported. The bench times this build, not the
 * per-file transform `tsx` runs (each file a module of its own, calls between them through export getters,
 * names kept): that is a development form the reader never runs. A test checks both give the same analyses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

export type Engine = typeof import('../../src/engine');

/** Builds and imports the shipped form of the engine; `root` is the repository's root. */
export async function shippedEngine(root = process.cwd()): Promise<Engine> {
  const outDir = mkdtempSync(join(tmpdir(), 'claimlens-engine-'));
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root,
      build: {
        outDir,
        write: true,
        emptyOutDir: true,
        minify: true,
        copyPublicDir: false,
        reportCompressedSize: false,
        lib: { entry: resolve(root, 'src/engine/index.ts'), formats: ['es'], fileName: () => 'engine.js' },
      },
    });
    return (await import(pathToFileURL(join(outDir, 'engine.js')).href)) as Engine;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
