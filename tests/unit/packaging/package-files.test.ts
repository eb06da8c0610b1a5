/**
 * The filters the store-package tests rely on (tests/e2e-firefox/packages.e2e.ts): if one of them let everything
 * through, those tests could not fail. Real packages are checked there; here, small made-up ones.
 */
import { deflateRawSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devOnlyFiles, filesWithSourceMapComments, pngSize, readManifest, type Files } from '../../e2e/support/package-files';
import { readZip } from '../../e2e/support/zip';

const files = (entries: Record<string, string | Buffer>): Files =>
  new Map(Object.entries(entries).map(([path, body]) => [path, Buffer.isBuffer(body) ? body : Buffer.from(body)]));

/** The first 24 bytes of a PNG: signature, IHDR length and type, width, height. */
function pngHeader(width: number, height: number): Buffer {
  const head = Buffer.alloc(24);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(head, 0);
  head.writeUInt32BE(13, 8);
  head.write('IHDR', 12, 'ascii');
  head.writeUInt32BE(width, 16);
  head.writeUInt32BE(height, 20);
  return head;
}

/** A zip with one deflated and one stored file, laid out as the zip format describes. */
function tinyZip(entries: { name: string; body: Buffer; deflate: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, body, deflate } of entries) {
    const data = deflate ? deflateRawSync(body) : body;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(body.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(deflate ? 8 : 0, 10);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(body.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(dir, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

describe('package file checks', () => {
  it('flags sources, source maps, tests, fixtures and dotfiles, and nothing a build ships', () => {
    const pkg = files({
      'manifest.json': '{}',
      'background.js': '',
      'chunks/popup-abc.js': '',
      'assets/popup.css': '',
      'icon/16.png': '',
      '_locales/en/messages.json': '{}',
      'background.js.map': '',
      'src/page/card.ts': '',
      'tests/e2e/firefox.e2e.ts': '',
      'fixtures/article.html': '',
      'popup.test.js': '',
      '.DS_Store': '',
    });
    expect(devOnlyFiles(pkg).sort()).toEqual(
      ['.DS_Store', 'background.js.map', 'fixtures/article.html', 'popup.test.js', 'src/page/card.ts', 'tests/e2e/firefox.e2e.ts'].sort(),
    );
  });

  it('finds scripts and style sheets that still name a source map', () => {
    const pkg = files({
      'a.js': 'x();\n//# sourceMappingURL=a.js.map\n',
      'b.js': 'y();',
      'c.css': 'p{}\n/*# sourceMappingURL=c.css.map */',
      'd.css': 'p{}',
      'e.html': '<!-- # sourceMappingURL=nothing -->',
    });
    expect(filesWithSourceMapComments(pkg)).toEqual(['a.js', 'c.css']);
  });

  it('reads name and description from the default locale when the manifest asks for it', () => {
    const manifest = { manifest_version: 3, name: '__MSG_extName__', version: '1.0.0', description: '__MSG_extDescription__', default_locale: 'en' };
    const messages = { extName: { message: 'ClaimLens' }, extDescription: { message: 'Finds claims.' } };
    const read = readManifest(files({ 'manifest.json': JSON.stringify(manifest), '_locales/en/messages.json': JSON.stringify(messages) }));
    expect([read.name, read.description]).toEqual(['ClaimLens', 'Finds claims.']);
    const plain = readManifest(files({ 'manifest.json': JSON.stringify({ ...manifest, name: 'Plain', default_locale: undefined }) }));
    expect(plain.name).toBe('Plain');
    expect(() => readManifest(files({}))).toThrow(/no manifest\.json/);
  });

  it('reads a PNG’s size from its header, and refuses other bytes', () => {
    expect(pngSize(pngHeader(48, 32))).toEqual({ width: 48, height: 32 });
    expect(pngSize(Buffer.from('GIF89a and more bytes than that'))).toBeUndefined();
    expect(pngSize(undefined)).toBeUndefined();
  });

  it('reads stored and deflated zip entries back byte for byte', async () => {
    const text = Buffer.from('ClaimLens '.repeat(200));
    const binary = pngHeader(16, 16);
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-zip-'));
    const path = join(dir, 'tiny.zip');
    try {
      writeFileSync(path, tinyZip([{ name: 'a/text.txt', body: text, deflate: true }, { name: 'icon.png', body: binary, deflate: false }]));
      const read = await readZip(path);
      expect([...read.keys()]).toEqual(['a/text.txt', 'icon.png']);
      expect(read.get('a/text.txt')?.equals(text)).toBe(true);
      expect(read.get('icon.png')?.equals(binary)).toBe(true);
      writeFileSync(path, 'not a zip');
      await expect(readZip(path)).rejects.toThrow(/not a zip file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
