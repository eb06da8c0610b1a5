#!/usr/bin/env node
// Emergent train split in two halves by claim (md5 of the claim id, first byte, even = A, odd = B), so a stance
// change found on one half can be checked on the other. Train only: the test split is for reporting.
// Run from the project's root: node scripts/emergent-folds.mjs
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAnalyzer, claimsFor, matchesOf } from '../../shared/eval/lib.mjs';
import { parseCsv } from './csv.mjs';

const rows = parseCsv(fs.readFileSync(path.join(process.cwd(), '..', 'shared', 'data', 'emergent', 'train.csv'), 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ef-'));
const store = path.join(tmp, 'store.json');
const claims = new Map(rows.map((r) => [r.claimId, r.claimHeadline]));
fs.writeFileSync(store, JSON.stringify({ sources: [...claims].map(([id, text]) => ({ id, title: text, text })) }));
const items = rows.map((r) => {
  const file = path.join(tmp, `${r.articleId}.txt`);
  fs.writeFileSync(file, r.articleHeadline);
  return { ...r, file };
});
const out = runAnalyzer('npm run --silent analyze -- --json', items.map((i) => i.file), ['--store', store]);
const tally = { A: [0, 0], B: [0, 0], all: [0, 0] };
for (const it of items) {
  const own = matchesOf(claimsFor(out, it.file)).filter((m) => m.source && String(m.source.id) === it.claimId);
  const pred = own.some((m) => m.relation === 'conflicts') ? 'against' : own.some((m) => m.relation === 'corroborates') ? 'for' : 'observing';
  const fold = crypto.createHash('md5').update(it.claimId).digest()[0] % 2 ? 'B' : 'A';
  for (const k of [fold, 'all']) {
    tally[k][0] += pred === it.articleHeadlineStance ? 1 : 0;
    tally[k][1]++;
  }
}
for (const [k, [right, n]] of Object.entries(tally)) console.log(`train ${k.padEnd(3)} accuracy ${((100 * right) / n).toFixed(2)} on ${n} headlines`);
fs.rmSync(tmp, { recursive: true, force: true });
