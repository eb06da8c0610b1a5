/**
 * Output formats of the analyze CLI: the JSON Lines contract (one line per input file) and a readable
 * report for people.
 */
import type { ClaimResult } from '../engine/types';

/** The JSON line for one file, with exactly the contract's fields. */
export function jsonLine(file: string, claims: readonly ClaimResult[]): string {
  return JSON.stringify({
    file,
    claims: claims.map((c) => ({
      text: c.text,
      verdict: c.verdict,
      matches: c.matches.map((m) => ({
        relation: m.relation,
        source: { id: m.source.id, title: m.source.title, file: m.source.file },
        quote: m.quote,
        explanation: m.explanation,
      })),
    })),
  });
}

const MARK = { corroborates: '+', conflicts: '!', related: '~' } as const;

/** A readable report: each claim with its verdict, then its matches with explanations. */
export function textReport(file: string, claims: readonly ClaimResult[], note?: string): string {
  const lines = [`== ${file}`];
  if (note) lines.push(`   (${note})`);
  const flagged = claims.filter((c) => c.verdict !== 'unverified').length;
  lines.push(`   ${claims.length} claim(s) with matches, ${flagged} corroborated/conflicting/mixed`);
  for (const c of claims) {
    lines.push('', `  [${c.verdict.toUpperCase()}] ${c.text}`);
    for (const m of c.matches) {
      lines.push(`    ${MARK[m.relation]} ${m.relation.padEnd(12)} ${m.explanation}`);
      lines.push(`      "${m.quote.length > 160 ? `${m.quote.slice(0, 157)}...` : m.quote}" — ${m.source.file ?? m.source.id}`);
    }
  }
  return lines.join('\n');
}
