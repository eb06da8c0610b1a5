#!/usr/bin/env node
// False alarms of the saved-statement path: the 240 Emergent train claims as a store of saved one-sentence
// statements, and pages on other matters (the seed documents, the dev articles, the unrelated fixtures) analysed
// against it. Every corroborates or conflicts printed is a page sentence taking a stance on a statement it is not
// about. Run from the project's root: node scripts/saved-false-alarms.mjs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCsv } from './csv.mjs';
import { runAnalyzer, claimsFor } from '../../shared/eval/lib.mjs';

const root = process.cwd();
const shared = path.join(root, '..', 'shared');
const csv = fs.readFileSync(path.join(shared, 'data', 'emergent', 'train.csv'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'saved-fa-'));
const store = path.join(tmp, 'store.json');
fs.writeFileSync(store, JSON.stringify({ sources: claimsOf(csv).map((text, i) => ({ id: `saved-${i}`, title: text, text })) }));

const files = [];
for (const f of fs.readdirSync(path.join(shared, 'eval', 'dev'))) {
  const page = path.join(tmp, `${f}.txt`);
  fs.writeFileSync(page, JSON.parse(fs.readFileSync(path.join(shared, 'eval', 'dev', f), 'utf8')).text);
  files.push(page);
}
for (const dir of ['tests/fixtures/texts', 'seeds']) for (const f of fs.readdirSync(path.join(root, dir))) if (f.endsWith('.txt')) files.push(path.join(root, dir, f));

const out = runAnalyzer('npm run --silent analyze -- --json', files, ['--store', store]);
let flagged = 0;
for (const f of files) {
  for (const c of claimsFor(out, f)) {
    for (const m of c.matches ?? []) {
      if (m.relation === 'related') continue;
      flagged++;
      console.log(`${m.relation} ${path.basename(f)}: ${c.text.slice(0, 100)}\n    ~ ${m.quote}`);
    }
  }
}
console.log(`saved statements flagged on pages about other matters: ${flagged}`);
fs.rmSync(tmp, { recursive: true, force: true });

/** The distinct claim headlines of the Emergent CSV (the `claimHeadline` column). */
function claimsOf(text) {
  return [...new Set(parseCsv(text).map((r) => r.claimHeadline).filter(Boolean))];
}
