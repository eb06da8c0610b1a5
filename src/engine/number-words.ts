/**
 * English number words to values: "eleven-thousand", "two million", "a thousand", "one hundred and
 * twenty". Written here because the npm number-word parsers are unmaintained and pull in more than
 * this needs. Pure; no allocation beyond the split.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3,
};

/** Regex source matching one number word (for building scanners). */
export const NUMBER_WORD_SRC = `(?:${[...Object.keys(UNITS), 'hundred', 'thousand', 'million', 'billion', 'trillion'].join('|')})`;

/**
 * Value of a phrase of number words, optionally led by a digit string ("1.5 million", "12 thousand").
 * Accepts "a"/"an" for one and "and"/hyphens as joiners. Returns null when any word is not a number word.
 * Examples: "eleven-thousand" -> 11000, "a thousand" -> 1000, "one hundred and twenty" -> 120.
 */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase.toLowerCase().replace(/,(?=\d{3}\b)/g, '').split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (!words.length) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if ((w === 'a' || w === 'an') && i === 0) {
      current = 1;
      continue;
    }
    if (/^\d+(?:\.\d+)?$/.test(w)) {
      if (seen) return null;
      current = Number(w);
      seen = true;
      continue;
    }
    const unit = UNITS[w];
    if (unit !== undefined) {
      current = w === 'dozen' ? Math.max(current, 1) * 12 : current + unit;
      seen = true;
      continue;
    }
    const scale = SCALES[w];
    if (scale === undefined) return null;
    if (scale === 100) current = Math.max(current, 1) * 100;
    else {
      total += Math.max(current, 1) * scale;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : null;
}
