import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(TSX, [path.join(ROOT, 'src/cli/analyze.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

const ARTICLE = [
  'Secretary of State Antony Blinken said Thursday that 8,000 North Korean troops have deployed to Russia’s Kursk region.',
  '',
  'Pyongyang has already supplied Moscow with 120 M1989 Koksan howitzers and 120 M1991 multiple-launch rocket systems over the past three months, Budanov said.',
].join('\n');

const PAGE = `<!doctype html><html lang="en"><head><title>North Korea in Kursk</title>
<meta property="article:published_time" content="2024-10-31"></head><body>
<nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>North Korea in Kursk</h1>
${ARTICLE.split('\n\n').map((p) => `<p>${p}</p>`).join('\n')}
<p>Officials in Washington and Seoul have been tracking the deployment for weeks and expect more announcements soon.</p>
</article><footer>© 2025 News Ltd.</footer></body></html>`;

// Each test spawns the CLI (tsx start-up included), which can take seconds on a busy machine.
describe('analyze CLI', { timeout: 30_000 }, () => {
  it('prints exactly one contract line per file with --json', () => {
    const txt = write('a.txt', ARTICLE);
    const html = write('b.html', PAGE);
    const r = run('--json', txt, html);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBe(2);
    const [a, b] = lines.map((l) => JSON.parse(l));
    expect(a.file).toBe(txt);
    expect(b.file).toBe(html);
    for (const out of [a, b]) {
      expect(Object.keys(out)).toEqual(['file', 'claims']);
      for (const c of out.claims) {
        expect(Object.keys(c)).toEqual(['text', 'verdict', 'matches']);
        expect(['corroborated', 'conflicting', 'mixed', 'unverified']).toContain(c.verdict);
        for (const m of c.matches) {
          expect(Object.keys(m)).toEqual(['relation', 'source', 'quote', 'explanation']);
          expect(Object.keys(m.source)).toEqual(['id', 'title', 'file']);
        }
      }
    }
    const koksan = a.claims.find((c: { text: string }) => c.text.includes('120 M1989'));
    expect(koksan.verdict).toBe('corroborated');
    expect(koksan.matches[0].source.file).toBe('000_84ea4ea735d0cdc4.txt');
    const blinken = b.claims.find((c: { text: string }) => c.text.includes('8,000'));
    expect(blinken.verdict).toBe('conflicting');
  });

  it('compares only against a store file when given one', () => {
    const store = write('store.json', JSON.stringify({ sources: [{ id: 'c1', title: 'Claim', text: 'North Korea supplied 120 M1989 Koksan howitzers to Russia.' }] }));
    const txt = write('c.txt', ARTICLE);
    const out = JSON.parse(run('--json', '--store', store, txt).stdout.trim());
    const ids = new Set(out.claims.flatMap((c: { matches: Array<{ source: { id: string; file: string | null } }> }) => c.matches.map((m) => m.source.id)));
    expect([...ids]).toEqual(['c1']);
  });

  it('notes a page without an article on stderr and outputs no claims', () => {
    const html = write('empty.html', '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const r = run('--json', html);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toEqual({ file: html, claims: [] });
    expect(r.stderr).toContain('no article found');
  });

  it('fails clearly on a missing input file, still reporting the others', () => {
    const ok = write('ok.txt', ARTICLE);
    const missing = path.join(tmp, 'nope.txt');
    const r = run('--json', missing, ok);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${missing}: cannot read: no such file`);
    expect(r.stdout.trim().split('\n').length).toBe(1);
  });

  it('rejects a store file that is not JSON, naming the file', () => {
    const bad = write('bad.json', '{"sources": [');
    const r = run('--json', '--store', bad, write('d.txt', ARTICLE));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`${bad}: not valid JSON`);
    expect(r.stdout).toBe('');
  });

  it('rejects an invalid store file with the path of the bad field', () => {
    const bad = write('invalid.json', JSON.stringify({ sources: [{ id: 'x', title: 't', text: '' }, { id: 'y', title: 't', text: 'ok', published: 'last May' }] }));
    const r = run('--json', '--store', bad, write('e.txt', ARTICLE));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('sources.0.text');
    expect(r.stderr).toContain('sources.1.published');
  });

  it('prints a readable report without --json', () => {
    const r = run(write('f.txt', ARTICLE));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[CORROBORATED]');
    expect(r.stdout).toMatch(/\+ corroborates +Kyiv Independent, Jan 2025/);
  });
});

describe('datelineDate', () => {
  it.each([
    ['Published October 31, 2024\n\nBlinken said...', '2024-10-31'],
    ['SEOUL, Jan. 28, 2025 — South Korea said...', '2025-01-28'],
    ['Headline\n31 Oct 2024\nText', '2024-10-31'],
    ['Updated 2025-06-18T10:00:00Z\nText', '2025-06-18'],
    ['WASHINGTON — Secretary of State Antony Blinken said Thursday that 8,000 troops...', undefined],
  ])('%j -> %s', async (text, want) => {
    const { datelineDate } = await import('../../../src/cli/input');
    expect(datelineDate(text)).toBe(want);
  });
});
