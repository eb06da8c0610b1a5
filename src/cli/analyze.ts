/**
 * `npm run analyze -- [--json] [--store FILE] FILE...`: runs the engine on .txt/.html files against the
 * seeds, or only the sources of a store file. With --json, stdout carries exactly one JSON line per
 * input file; every message goes to stderr. Exits 1 when any input or the store could not be read,
 * 2 on a usage error.
 */
import { ClaimIndex, analyze } from '../engine';
import { CliError, loadSeeds, loadStore } from './sources';
import { readInput } from './input';
import { jsonLine, textReport } from './report';

const USAGE = 'usage: npm run analyze -- [--json] [--store FILE] FILE...';

interface Args {
  json: boolean;
  store: string | null;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, store: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') args.json = true;
    else if (a === '--store') {
      const v = argv[++i];
      if (!v) throw new CliError(`--store needs a file\n${USAGE}`, 2);
      args.store = v;
    } else if (a === '--help' || a === '-h') throw new CliError(USAGE, 2);
    else if (a.startsWith('--')) throw new CliError(`unknown option ${a}\n${USAGE}`, 2);
    else args.files.push(a);
  }
  if (!args.files.length) throw new CliError(`no input files\n${USAGE}`, 2);
  return args;
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  let index: ClaimIndex;
  try {
    args = parseArgs(argv);
    index = new ClaimIndex(args.store ? loadStore(args.store) : loadSeeds());
  } catch (err) {
    process.stderr.write(`analyze: ${err instanceof CliError ? err.message : String(err)}\n`);
    return err instanceof CliError ? err.code : 2;
  }
  let failed = 0;
  const out: string[] = [];
  for (const file of args.files) {
    try {
      const input = await readInput(file);
      if (!input.ok) process.stderr.write(`analyze: ${file}: no article found: ${input.note}\n`);
      const claims = input.ok ? analyze(input.text, index, input.ctx) : [];
      out.push(args.json ? jsonLine(file, claims) : textReport(file, claims, input.ok ? undefined : input.note));
    } catch (err) {
      failed++;
      process.stderr.write(`analyze: ${err instanceof CliError ? err.message : `${file}: ${String(err)}`}\n`);
    }
    if (out.length >= 200) process.stdout.write(out.splice(0).join('\n') + '\n');
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`analyze: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
