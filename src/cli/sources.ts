/**
 * Loads the store the CLI compares against: the bundled seeds (seeds/seeds.json + seeds/*.txt) or a
 * store file given with --store. Every failure becomes a `CliError` naming the file and what is wrong
 * (for a zod failure, the path of the bad field).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod/mini';
import { SeedManifest, StoreFile, seedsToSources, storeFileToSources } from '../sources/schema';
import type { SourceDoc } from '../engine/types';

/** An error the CLI reports on stderr as is, then exits with `code`. */
export class CliError extends Error {
  /** The exit code: 1 when an input or the store could not be read (the default), 2 on a usage error. */
  readonly code: 1 | 2;

  constructor(message: string, code: 1 | 2 = 1) {
    super(message);
    this.code = code;
  }
}

const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds');

/** The seed documents with their metadata. */
export function loadSeeds(dir = SEEDS_DIR): SourceDoc[] {
  const manifestPath = path.join(dir, 'seeds.json');
  const manifest = parseWith(SeedManifest, readJson(manifestPath), manifestPath);
  const texts: Record<string, string> = {};
  for (const m of manifest.seeds) texts[m.file] = readText(path.join(dir, m.file));
  return seedsToSources(manifest, texts);
}

/** The sources of a store file (`{"sources": [...]}`), validated. */
export function loadStore(file: string): SourceDoc[] {
  return storeFileToSources(parseWith(StoreFile, readJson(file), file));
}

/** Reads a UTF-8 file or throws a `CliError` saying which file and why. */
export function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((err as Error).message);
    throw new CliError(`${file}: cannot read: ${why}`);
  }
}

function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${file}: not valid JSON: ${(err as Error).message}`);
  }
}

function parseWith<T extends z.ZodMiniType>(schema: T, data: unknown, file: string): z.infer<T> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  throw new CliError(`${file}: invalid store: ${issues.join('; ')}${r.error.issues.length > 5 ? ` (and ${r.error.issues.length - 5} more)` : ''}`);
}
