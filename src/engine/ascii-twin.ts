/**
 * A Unicode pattern's ASCII twin. V8 reads a pattern with the "u" flag, above all a case-insensitive one,
 * far slower than the same pattern without it (over a news article, "no more than"-style alternations
 * run twenty times slower). Most page text is plain ASCII once folded, and on ASCII text a pattern whose
 * only Unicode parts are letter classes (\p{L}, \p{Lu}) matches exactly as its twin with ASCII letter
 * classes and no "u" flag does. So a caller picks the twin by the text (`Twin.of`): the same matches,
 * only faster, with the Unicode pattern kept for any text holding a non-ASCII character.
 */

const NON_ASCII = /[^\x00-\x7F]/;
/** The Unicode letter classes a twin replaces, and their ASCII letters. */
const LETTERS: Readonly<Record<string, string>> = { L: 'A-Za-z', Lu: 'A-Z' };

/** A "u" pattern with its ASCII twin; `of(text)` gives the one to run on `text`. */
export class Twin {
  /** The pattern without "u", its letter classes ASCII: exact on ASCII-only text. */
  readonly ascii: RegExp;

  constructor(readonly unicode: RegExp) {
    if (!unicode.flags.includes('u')) throw new Error(`not a Unicode pattern: /${unicode.source}/${unicode.flags}`);
    this.ascii = new RegExp(asciiSource(unicode.source), unicode.flags.replace('u', ''));
  }

  /** The pattern to run on `text`: the ASCII twin when `text` is all ASCII, else the Unicode original. */
  of(text: string): RegExp {
    return NON_ASCII.test(text) ? this.unicode : this.ascii;
  }

  /** The pattern to run on a text known to be all ASCII (`isAscii`) or not: for several patterns on one text. */
  for(ascii: boolean): RegExp {
    return ascii ? this.ascii : this.unicode;
  }
}

/** Whether `text` is all ASCII, so every `Twin` may run its ASCII twin on it. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/**
 * `source` with \p{L} and \p{Lu} as ASCII letters (a class of their own outside brackets, a range inside).
 * Any other Unicode-only syntax (another property, \u{...}) would not mean the same without "u": refused.
 */
function asciiSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      const prop = /^\\p\{(\w+)\}/.exec(source.slice(i, i + 8));
      const letters = prop ? LETTERS[prop[1] ?? ''] : undefined;
      if (prop && letters) {
        out += inClass ? letters : `[${letters}]`;
        i += prop[0].length - 1;
        continue;
      }
      if (/^\\(?:[pP]|u\{)/.test(source.slice(i, i + 3))) throw new Error(`no ASCII twin for ${source.slice(i, i + 10)} in /${source}/`);
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}
