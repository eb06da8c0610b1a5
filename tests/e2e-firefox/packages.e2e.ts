/**
 * The store packages `wxt zip` and `wxt zip -b firefox` made in the same `npm run test:e2e`: what is inside each,
 * their manifests, `web-ext lint` on the Firefox build, and that the sources zip addons.mozilla.org asks for
 * builds the very same Firefox extension.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { GECKO_ID } from '../e2e/support/firefox';
import {
  devOnlyFiles,
  filesWithSourceMapComments,
  pngSize,
  readFolder,
  readManifest,
  run,
  webExtLint,
  type Files,
  type Manifest,
} from '../e2e/support/package-files';
import { readZip } from '../e2e/support/zip';

const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { name: string; version: string };
const OUT = resolve('.output');
const zipPath = (kind: string) => join(OUT, `${pkg.name}-${pkg.version}-${kind}.zip`);
const BUILDS = { chrome: join(OUT, 'chrome-mv3'), firefox: join(OUT, 'firefox-mv2') } as const;
/** Chrome Web Store's limit on a manifest description (AMO's is higher). */
const MAX_DESCRIPTION = 132;
/** Firefox 140 is the first with the CSS Custom Highlight API, which paints our highlights. */
const MIN_FIREFOX = 140;
/**
 * Warnings `web-ext lint` may give, and why each is acceptable: Readability (Firefox's own Reader View code,
 * bundled into the content script) assigns innerHTML twice, inside the inert clone of the page it parses, with
 * markup taken from that same clone. Any other warning fails this test.
 */
const KNOWN_WARNINGS = [{ code: 'UNSAFE_VAR_ASSIGNMENT', file: 'content-scripts/claims.js', max: 2 }];

/** A zip `wxt zip` should have made; says how to make it when it is missing. */
async function packaged(kind: string): Promise<Files> {
  return readZip(zipPath(kind)).catch((err: unknown) => {
    throw new Error(`can't read ${zipPath(kind)}: run \`npm run zip\` (or \`npm run test:e2e\`) first (${String(err)})`);
  });
}

const packages = { chrome: await packaged('chrome'), firefox: await packaged('firefox') };

/** Every path the manifest names (scripts, pages, icons) that is missing from the package. */
function missingReferences(manifest: Manifest, files: Files): string[] {
  const named = JSON.stringify(manifest).match(/"[\w/.-]+\.(js|html|css|png)"/g) ?? [];
  return named.map((s) => s.slice(1, -1)).filter((path) => !files.has(path));
}

describe('store packages', { timeout: 240_000 }, () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: the zip holds exactly the tested build, and nothing from development`, async () => {
      const files = packages[browser];
      const built = await readFolder(BUILDS[browser]);
      assert.deepEqual([...files.keys()].sort(), [...built.keys()].sort(), `${zipPath(browser)} and ${BUILDS[browser]} differ`);
      for (const [path, bytes] of built) assert.ok(files.get(path)?.equals(bytes), `${path} differs between zip and build`);
      assert.deepEqual(devOnlyFiles(files), [], 'development files in the package');
      assert.deepEqual(filesWithSourceMapComments(files), [], 'scripts pointing at source maps');
    });

    it(`${browser}: the manifest names ClaimLens, the package's version, its icons and only files that exist`, () => {
      const files = packages[browser];
      const manifest = readManifest(files);
      assert.equal(manifest.name, 'ClaimLens');
      assert.equal(manifest.version, pkg.version);
      const { description } = manifest;
      assert.ok(
        description.length > 0 && description.length <= MAX_DESCRIPTION,
        `description of ${description.length} characters (1 to ${MAX_DESCRIPTION} allowed): "${description}"`,
      );
      for (const size of ['16', '32', '48', '128']) {
        const path = manifest.icons?.[size];
        assert.ok(path, `no ${size}px icon`);
        assert.deepEqual(pngSize(files.get(path)), { width: Number(size), height: Number(size) }, `${path} is not a ${size}px PNG`);
      }
      assert.deepEqual(missingReferences(manifest, files), [], 'the manifest names files the package lacks');
    });
  }

  it('chrome: a Manifest V3 service worker, with no Firefox-only keys', () => {
    const manifest = readManifest(packages.chrome);
    assert.equal(manifest.manifest_version, 3);
    assert.ok((manifest.background as { service_worker?: string }).service_worker);
    assert.equal(manifest.browser_specific_settings, undefined);
  });

  it('firefox: a fixed add-on id, Firefox 140 or later, and no data collected', () => {
    const manifest = readManifest(packages.firefox);
    assert.equal(manifest.manifest_version, 2);
    assert.ok((manifest.background as { scripts?: string[] }).scripts?.length);
    const settings = manifest.browser_specific_settings as {
      gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[]; optional?: string[] } };
      gecko_android?: { strict_min_version: string };
    };
    assert.equal(settings.gecko.id, GECKO_ID);
    assert.ok(Number.parseInt(settings.gecko.strict_min_version, 10) >= MIN_FIREFOX, `strict_min_version ${settings.gecko.strict_min_version}`);
    assert.deepEqual(settings.gecko.data_collection_permissions.required, ['none']);
    assert.deepEqual(settings.gecko.data_collection_permissions.optional ?? [], []);
  });

  it('firefox: web-ext lint finds no errors, and no warnings beyond the known ones', async () => {
    const report = await webExtLint(BUILDS.firefox);
    assert.deepEqual(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`), []);
    const unknown = report.warnings.filter((w) => !KNOWN_WARNINGS.some((k) => k.code === w.code && k.file === w.file));
    assert.deepEqual(unknown.map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`), [], 'new lint warnings: fix them or explain them in KNOWN_WARNINGS');
    for (const known of KNOWN_WARNINGS) {
      const seen = report.warnings.filter((w) => w.code === known.code && w.file === known.file).length;
      assert.ok(seen <= known.max, `${seen} × ${known.code} in ${known.file}, expected at most ${known.max}`);
    }
    assert.deepEqual(report.notices.map((n) => `${n.code} ${n.file ?? ''}: ${n.message}`), []);
  });

  describe('the sources zip', () => {
    let workDir: string | undefined;
    after(async () => {
      if (workDir) await rm(workDir, { recursive: true, force: true });
    });

    it('holds the build inputs and no tests, tools or dotfiles', async () => {
      const sources = await packaged('sources');
      for (const path of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'seeds/seeds.json'])
        assert.ok(sources.has(path), `${path} missing`);
      for (const dir of ['entrypoints/', 'src/', 'public/icon/']) assert.ok([...sources.keys()].some((p) => p.startsWith(dir)), `${dir} missing`);
      const unwanted = [...sources.keys()].filter((p) => /^(tests|scripts|node_modules|\.output|\.wxt)\/|(^|\/)\.|\.map$/.test(p));
      assert.deepEqual(unwanted, []);
    });

    it('builds the same Firefox extension, byte for byte', async () => {
      const sources = await packaged('sources');
      workDir = await mkdtemp(join(tmpdir(), 'claimlens-sources-'));
      for (const [path, bytes] of sources) {
        await mkdir(dirname(join(workDir, path)), { recursive: true });
        await writeFile(join(workDir, path), bytes);
      }
      // The installed packages stand in for `npm ci` (the lockfile is in the zip; CI runs `npm ci` on it anyway).
      await symlink(resolve('node_modules'), join(workDir, 'node_modules'), 'dir');
      const build = await run(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], process.env, 180_000, workDir);
      assert.equal(build.code, 0, `the sources did not build:\n${build.stdout}\n${build.stderr}`);
      const rebuilt = await readFolder(join(workDir, '.output/firefox-mv2'));
      assert.deepEqual([...rebuilt.keys()].sort(), [...packages.firefox.keys()].sort());
      for (const [path, bytes] of packages.firefox) assert.ok(rebuilt.get(path)?.equals(bytes), `${path} differs when built from the sources zip`);
    });
  });
});
