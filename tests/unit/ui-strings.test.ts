/**
 * The reader's words live in `_locales` (see src/i18n). This scan keeps them there: a string literal with letters
 * put where the reader sees it — text, textContent, a text node, an accessible name, a tooltip, a placeholder, a
 * toast, an error the popup shows — in the extension's UI code fails the test with its file and line.
 * Cheap and syntactic on purpose; it can't see a literal passed through a variable, which review still has to.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A message's name is not the reader's words: a table may map names to keys. */
const MESSAGE_KEYS: ReadonlySet<string> = new Set(Object.keys(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as object));

/** Where the reader's words are shown or made. */
const UI_DIRS = ['src/ui', 'src/page', 'entrypoints'];

/**
 * Literals the scan may not flag, as `file: literal`, each with its reason. Keep it short: a word the reader
 * reads belongs in messages.json.
 */
const ALLOWED: Record<string, string> = {
  // Only another extension or a web page sends us messages with an unknown sender; no reader sees the reply.
  'src/page/content.ts: Unknown sender.': 'developer-facing reply to a stranger',
  // An example of what to type, in the field's placeholder: a domain name is the same in every language.
  'src/ui/options/settings-section.ts: example.com': 'a domain name, not a word',
  // A message our own code built wrongly, described by zod for the developer (as describeInvalid is).
  'src/page/dispatch.ts: Invalid message${where}: ${issue?.message ?? \'unrecognised\'}': 'developer-facing validation text',
};

/** Where a literal is shown to the reader: the text before the opening quote. */
const SINKS: readonly RegExp[] = [
  /\btext:\s*$/, // el(tag, { text: '…' })
  /\.(textContent|innerText|title|placeholder|alt)\s*=\s*$/,
  /['"](aria-label|aria-description|title|placeholder|alt)['"]\s*[:,]\s*$/, // attrs: {…} and setAttribute(…)
  /\b(title|placeholder|label|message|error|reason|notice|detail):\s*$/,
  /\b(createTextNode|toast|alert|confirm|prompt)\(\s*$/,
  /\bnew \w*Error\(\s*$/,
  /\b(fail|refuse)\(\s*$/,
];

/** `const NOTHING_SELECTED = '…'`: a sink too, when the literal reads like words (see findUiLiterals). */
const CONSTANT = /^\s*(?:export\s+)?const\s+[A-Z][A-Z0-9_]*(?::[^=]+)?\s*=\s*$/;

interface Finding {
  line: number;
  literal: string;
}

/** A view's table of words (`const labels = {`, `export const IDLE_MESSAGES = {`): every literal in it is the reader's. */
const WORD_TABLE = /\b(?:const|let)\s+\w*(?:labels|strings|words|texts|messages)\b[^=]*=\s*\{/i;

/** The reader-visible literals with letters in `code` (comments are skipped). */
function findUiLiterals(code: string, messageKeys: ReadonlySet<string> = MESSAGE_KEYS): Finding[] {
  const findings: Finding[] = [];
  const literal = /(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  const lines = code.split('\n');
  let inBlockComment = false;
  // Brace depth inside a word table, 0 outside one; braces in strings are rare enough in such tables to ignore.
  let tableDepth = 0;
  lines.forEach((raw, i) => {
    let line = raw;
    if (inBlockComment) {
      const end = line.indexOf('*/');
      if (end < 0) return;
      line = line.slice(end + 2);
      inBlockComment = false;
    }
    if (/^\s*(\/\/|\*)/.test(line)) return;
    const open = line.indexOf('/*');
    if (open >= 0 && line.indexOf('*/', open) < 0) {
      line = line.slice(0, open);
      inBlockComment = true;
    }
    const opensTable = tableDepth === 0 && WORD_TABLE.test(line);
    const inTable = tableDepth > 0 || opensTable;
    for (const m of line.matchAll(literal)) {
      const before = line.slice(0, m.index);
      const words = m[1] === '`' ? m[2]!.replace(/\$\{[^}]*\}/g, '') : m[2]!;
      if (!/\p{L}/u.test(words) || messageKeys.has(words)) continue;
      // An upper-case constant is often a tag or an id ('claimlens-root'); one with a space is a sentence.
      if (CONSTANT.test(before) && !/\p{L}\s+\p{L}/u.test(words)) continue;
      if (inTable || CONSTANT.test(before) || SINKS.some((sink) => sink.test(before))) findings.push({ line: i + 1, literal: m[2]! });
    }
    if (inTable) {
      const code = line.replace(literal, '');
      tableDepth += (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
      if (tableDepth < 0) tableDepth = 0;
    }
  });
  return findings;
}

/** Text an HTML entry file shows before its script runs: anything outside tags, comments and scripts. */
function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<[^>]*>/g, '')
    .trim();
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

describe('UI strings', () => {
  it('come from _locales in every UI module', () => {
    const found = UI_DIRS.flatMap((dir) => files(dir, /\.ts$/))
      .flatMap((file) => findUiLiterals(readFileSync(file, 'utf8')).map((f) => `${file}:${f.line}: ${f.literal}`))
      .filter((hit) => !(hit.replace(/:\d+:/, ':') in ALLOWED));
    expect(found).toEqual([]);
  });

  it('are not written into the HTML entry files', () => {
    const shown = files('entrypoints', /\.html$/)
      .map((file) => [file, htmlText(readFileSync(file, 'utf8'))])
      .filter(([, text]) => /\p{L}/u.test(text!));
    expect(shown).toEqual([]);
  });

  it('in the manifest (name, description, shortcut names) name messages that exist', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const literals = [...config.matchAll(/\b(name|description|default_title):\s*'([^']*)'/g)].map((m) => m[2]!);
    expect(literals.length).toBeGreaterThanOrEqual(3);
    expect(literals.filter((text) => !/^__MSG_\w+__$/.test(text))).toEqual([]);
    expect(literals.map((text) => text.slice(6, -2)).filter((key) => !MESSAGE_KEYS.has(key))).toEqual([]);
  });

  it('still match the allow-list (an entry that no longer matches is removed)', () => {
    const all = UI_DIRS.flatMap((dir) => files(dir, /\.ts$/)).flatMap((file) =>
      findUiLiterals(readFileSync(file, 'utf8')).map((f) => `${file}: ${f.literal}`),
    );
    expect(Object.keys(ALLOWED).filter((entry) => !all.includes(entry))).toEqual([]);
  });
});

describe('the scan', () => {
  it.each([
    ["el('p', { text: 'Saved' })", 'Saved'],
    ['box.textContent = `Saved ${n}`;', 'Saved ${n}'],
    ["el('button', { attrs: { 'aria-label': 'Close' } })", 'Close'],
    ["b.setAttribute('title', 'Open the source');", 'Open the source'],
    ["input.placeholder = 'Search';", 'Search'],
    ["session.toast('Already saved');", 'Already saved'],
    ["throw new Error('That claim is gone.');", 'That claim is gone.'],
    ["return { ok: false, error: 'Nothing here.' };", 'Nothing here.'],
    ["document.createTextNode(' Keep')", ' Keep'],
    ["export const NO_CLAIMS = 'No highlighted claims on this page.';", 'No highlighted claims on this page.'],
    ["throw new LibraryEditError('A claim cannot be empty.');", 'A claim cannot be empty.'],
    ["export const IDLE_MESSAGES: Readonly<Record<Mode, string>> = {\n  paused: 'ClaimLens is paused.',\n};", 'ClaimLens is paused.'],
    ["export const SAVED_LABELS = {\n  found: 'Highlighted on this page.',\n} as const;", 'Highlighted on this page.'],
    ["const labels = {\n  more: {\n    open: `Open ${n}`,\n  },\n};\nconst kind = 'not a label';", 'Open ${n}'],
  ])('flags %s', (code, literal) => {
    expect(findUiLiterals(code).map((f) => f.literal)).toEqual([literal]);
  });

  it.each([
    "el('p', { text: t('popupSaved') })",
    "el('span', { text: '✓' })",
    "el('p', { className: 'status-title', text })",
    'box.textContent = `${symbol} ${label}`;',
    "// el('p', { text: 'in a comment' })",
    "el('p', { attrs: { id: 'saved-heading', role: 'status' } })",
    "const words = {\n  open: 'popupOpenSaved',\n};",
    "export const HOST_TAG = 'claimlens-root';",
  ])('lets %s through', (code) => {
    expect(findUiLiterals(code)).toEqual([]);
  });

  it('sees words outside tags and comments in HTML', () => {
    expect(htmlText('<html><head><title>ClaimLens</title></head><body></body></html>')).toBe('ClaimLens');
    expect(htmlText('<head><!-- set by script --><title></title><script type="module" src="./main.ts"></script></head>')).toBe('');
  });
});
