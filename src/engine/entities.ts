/**
 * Names and their common variants, as data: spellings (Kyiv/Kiev), demonyms (Korean), capitals and
 * seats of power standing for their state (Pyongyang, the Kremlin), agency names and acronyms. Each
 * variant maps to one canonical key so two sentences naming the same actor share a term. The places of
 * `place-data` are names too, so a report on an earthquake in Turkey or an election in Poland has the
 * shared name that figures need before they are compared.
 */
import { PLACES } from './place-data';

/** Canonical key -> variants (lower case; multi-word allowed). The key itself is a variant too. */
const VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'north korea': ['north korean', 'north koreans', 'pyongyang', 'dprk', "democratic people's republic of korea", 'n. korea', 'nk', 'n korea'],
  'south korea': ['south korean', 'south koreans', 'seoul', 'rok', 'republic of korea', 's. korea'],
  russia: ['russian', 'russians', 'moscow', 'kremlin', 'russian federation'],
  ukraine: ['ukrainian', 'ukrainians', 'kyiv', 'kiev', 'kyivan'],
  'united states': ['us', 'u.s', 'u.s.', 'usa', 'u.s.a', 'america', 'american', 'americans', 'washington', 'white house'],
  pentagon: ['department of defense', 'defense department', 'dod', 'us department of defense', 'u.s. department of defense', 'defence department'],
  china: ['chinese', 'beijing', 'prc'],
  japan: ['japanese', 'tokyo'],
  'united kingdom': ['uk', 'u.k', 'u.k.', 'britain', 'british', 'great britain', 'london', 'downing street'],
  france: ['french', 'paris', 'elysee'],
  germany: ['german', 'germans', 'berlin'],
  iran: ['iranian', 'iranians', 'tehran'],
  israel: ['israeli', 'israelis'],
  nato: ['north atlantic treaty organization', 'alliance'],
  'european union': ['eu', 'e.u', 'european commission', 'brussels'],
  'united nations': ['un', 'u.n', 'u.n.'],
  kursk: ['kursk oblast', 'kursk region', 'kursk province'],
  'kim jong un': ['kim jong-un', 'kim jongun', 'kim'],
  'vladimir putin': ['putin'],
  'volodymyr zelensky': ['zelensky', 'zelenskyy', 'zelenskiy'],
  'kyrylo budanov': ['budanov'],
  'antony blinken': ['blinken'],
  'lloyd austin': ['austin'],
  'sergei shoigu': ['shoigu', 'sergey shoigu'],
  'choe son hui': ['choe son-hui', 'choe'],
  'kim yo jong': ['kim yo-jong'],
  'sergei lavrov': ['lavrov', 'sergey lavrov'],
  'dmitry peskov': ['peskov', 'dmitri peskov'],
  'andrei belousov': ['belousov', 'andrey belousov'],
  'yoon suk yeol': ['yoon suk-yeol', 'yoon'],
  'donald trump': ['trump'],
  'joe biden': ['biden'],
  'xi jinping': ['xi'],
  'emmanuel macron': ['macron'],
  'recep tayyip erdogan': ['erdogan', 'erdoğan', 'recep tayyip erdoğan', 'tayyip erdogan'],
  'benjamin netanyahu': ['netanyahu'],
  'narendra modi': ['modi'],
  'luiz inacio lula da silva': ['lula', 'lula da silva', 'luiz inácio lula da silva'],
  'national intelligence service': ['nis', "south korea's spy agency", 'spy agency'],
  'military intelligence': ['hur', 'gur', 'defense intelligence', 'defence intelligence'],
  isis: ['islamic state', 'isil', 'daesh'],
};

const LOOKUP = new Map<string, string>();
// Hyphens split words when tokenising, so variants are stored with spaces ("kim jong-un" -> "kim jong un").
const flat = (v: string) => v.replace(/-/g, ' ');
for (const [key, vs] of Object.entries(VARIANTS)) {
  LOOKUP.set(flat(key), key);
  for (const v of vs) LOOKUP.set(flat(v), key);
}
// A place adds only the names the list above lacks: there a capital stands for its state (Pyongyang, Seoul).
for (const p of PLACES) {
  const key = LOOKUP.get(flat(p.key)) ?? p.key;
  const names = [p.key, ...(p.names ?? []), ...(p.parent ? [] : (p.demonyms ?? []))];
  for (const n of names) if (!LOOKUP.has(flat(n))) LOOKUP.set(flat(n), key);
}

/** Longest variant length in words, so scanners know how far to look ahead. */
export const MAX_VARIANT_WORDS = Math.max(...[...LOOKUP.keys()].map((k) => k.split(' ').length));

const FIRST_WORDS = new Set([...LOOKUP.keys()].map((k) => k.split(' ')[0] as string));

/** True when some known name starts with this lower-case word (a cheap filter before phrase lookups). */
export function isNameStart(word: string): boolean {
  return FIRST_WORDS.has(word);
}

/** Canonical key for a lower-case phrase, or undefined when it is no known name. */
export function canonicalEntity(phrase: string): string | undefined {
  return LOOKUP.get(phrase);
}
