/**
 * Helpers for checking a packaged extension as a store receives it: the files in a zip (or a build folder), the
 * manifest with its `__MSG_…__` strings resolved, PNG sizes, and `web-ext lint` run on a folder.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/** Relative path (forward slashes) -> bytes. */
export type Files = Map<string, Buffer>;

/** Every file under `dir`, keyed like a zip's entries. */
export async function readFolder(dir: string): Promise<Files> {
  const files: Files = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split('\\').join('/'), await readFile(path));
  }
  return files;
}

/** Paths that have no place in a store package: sources, source maps, tests and their fixtures, dotfiles. */
export function devOnlyFiles(files: Files): string[] {
  const devOnly = /\.(ts|tsx|map|mjs|md)$|(^|\/)(tests?|fixtures|e2e|node_modules|src)\/|(^|\/)\.|\.(test|spec|e2e)\./;
  return [...files.keys()].filter((path) => devOnly.test(path));
}

/** Scripts and style sheets that still point at a source map (which the package does not ship). */
export function filesWithSourceMapComments(files: Files): string[] {
  return [...files].filter(([path, bytes]) => /\.(js|css)$/.test(path) && bytes.includes('# sourceMappingURL=')).map(([path]) => path);
}

/** A manifest as far as these checks read it. */
export interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  description: string;
  default_locale?: string;
  icons?: Record<string, string>;
  [key: string]: unknown;
}

/** The manifest in `files`, with `__MSG_name__` values in name and description read from the default locale. */
export function readManifest(files: Files): Manifest {
  const raw = files.get('manifest.json');
  if (!raw) throw new Error('no manifest.json in the package');
  const manifest = JSON.parse(raw.toString('utf8')) as Manifest;
  const messages = manifest.default_locale ? files.get(`_locales/${manifest.default_locale}/messages.json`) : undefined;
  const table = messages ? (JSON.parse(messages.toString('utf8')) as Record<string, { message: string }>) : {};
  const localise = (value: string) => value.replace(/^__MSG_(\w+)__$/, (whole, key: string) => table[key]?.message ?? whole);
  return { ...manifest, name: localise(manifest.name), description: localise(manifest.description) };
}

/** Width and height of a PNG, from its IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer | undefined): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes || bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** One message from addons-linter. */
export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Runs the project's `web-ext lint` on a built extension folder and returns its JSON report (no update check). */
export async function webExtLint(sourceDir: string): Promise<LintReport> {
  const bin = resolve('node_modules/web-ext/bin/web-ext.js');
  const args = [bin, 'lint', '--no-config-discovery', '--output', 'json', '--source-dir', sourceDir];
  const { stdout, stderr } = await run(process.execPath, args, { ...process.env, NO_UPDATE_NOTIFIER: '1' }, 120_000);
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report: ${stdout}${stderr}`);
  return JSON.parse(stdout.slice(start)) as LintReport;
}

/**
 * Runs a command to its end and returns its output, whatever its exit code; kills it after `timeoutMs`. Rejects
 * only when it can't start or runs out of time.
 */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  cwd = process.cwd(),
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill();
      fail(new Error(`${args.join(' ')} took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      fail(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}
