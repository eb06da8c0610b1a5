/**
 * Event words as data: verbs and nouns news uses interchangeably for one kind of event ("attacked",
 * "incursion", "offensive"). Each group maps to one key so "Ukraine attacked Kursk" and "a Ukrainian
 * incursion into Kursk" share a term. General to news reporting; kept small and unambiguous.
 */
import { stem } from './text';

const GROUPS: Readonly<Record<string, readonly string[]>> = {
  attack: ['attack', 'attacked', 'attacks', 'attacking', 'incursion', 'offensive', 'invasion', 'invaded', 'invade', 'assault', 'assaults', 'raid', 'raids', 'storm', 'stormed'],
  send: ['send', 'sent', 'sending', 'deploy', 'deployed', 'deploying', 'deployment', 'dispatch', 'dispatched', 'rotate', 'rotating'],
  supply: ['supply', 'supplied', 'supplies', 'supplying', 'deliver', 'delivered', 'delivering', 'delivery', 'deliveries', 'provide', 'provided', 'providing', 'ship', 'shipped', 'shipment', 'shipments', 'transfer', 'transferred', 'arms'],
  meet: ['meet', 'met', 'meeting', 'talks', 'discussions', 'discussed', 'summit'],
  visit: ['visit', 'visited', 'visiting', 'trip'],
  train: ['train', 'trained', 'training', 'instruct', 'instructed', 'teach', 'taught'],
  fight: ['fight', 'fighting', 'fought', 'combat', 'battle', 'battles', 'battlefield', 'frontline', 'front-line'],
  help: ['help', 'helped', 'assist', 'assisted', 'assistance', 'support', 'supported', 'aid', 'aided'],
  rebuild: ['rebuild', 'rebuilding', 'restore', 'restoring', 'reconstruction', 'reconstruct'],
  agree: ['treaty', 'pact', 'agreement', 'deal', 'accord', 'signed', 'sign'],
  arrive: ['arrive', 'arrived', 'arrival', 'reached'],
  capture: ['capture', 'captured', 'capturing', 'captivity', 'captive', 'captives', 'prisoner', 'prisoners', 'pow', 'pows'],
  kill: ['kill', 'kills', 'killing', 'slain', 'slay', 'murder', 'murdered', 'execute', 'executed', 'execution', 'behead', 'beheaded', 'beheading', 'assassinate', 'assassinated'],
  die: ['died', 'die', 'death', 'deaths', 'perished'],
  tactic: ['tactic', 'tactics', 'strategy', 'strategies'],
  strike: ['strike', 'strikes', 'struck', 'airstrike', 'airstrikes', 'shelling', 'shelled', 'bombing', 'bombed', 'bombardment'],
  quake: ['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors'],
  elect: ['election', 'elections', 'vote', 'voted', 'voting', 'ballot', 'referendum'],
  arrest: ['arrest', 'arrested', 'arrests', 'detained', 'detain', 'detention'],
  inexperience: ['inexperience', 'inexperienced', 'unfamiliar', 'untrained', 'lack of experience', 'lacked experience', 'little experience', 'no experience'],
};

const BY_STEM = new Map<string, string>();
/** Multi-word event phrases by their first word's stem: [stems of the whole phrase, key]. */
const PHRASES = new Map<string, Array<[string[], string]>>();
for (const [key, words] of Object.entries(GROUPS)) {
  for (const w of words) {
    const stems = w.split(' ').map(stem);
    if (stems.length === 1) BY_STEM.set(stems[0] as string, `ev:${key}`);
    else PHRASES.set(stems[0] as string, [...(PHRASES.get(stems[0] as string) ?? []), [stems, `ev:${key}`]]);
  }
}

const LABELS: Readonly<Record<string, string>> = {
  attack: 'attack', send: 'deployment', supply: 'deliveries', meet: 'meeting', visit: 'visit', train: 'training',
  fight: 'fighting', help: 'support', rebuild: 'rebuilding', agree: 'agreement', arrive: 'arrival', capture: 'capture',
  die: 'deaths', tactic: 'tactics', kill: 'killing', strike: 'strike', quake: 'earthquake', elect: 'election', arrest: 'arrest', inexperience: 'inexperience',
};

/**
 * Event classes one occasion is reported under: a visit is told as the talks held during it ("visited
 * Russia" / "met Putin in Moscow"). Used when two clauses are compared as one event, not as topic words,
 * where "meet the 17-year-old" and "a school trip" would meet.
 */
const FAMILY: Readonly<Record<string, string>> = { 'ev:visit': 'ev:meet' };

/** The key two clauses' events are compared under ("ev:visit" -> "ev:meet"). */
export function eventFamily(key: string): string {
  return FAMILY[key] ?? key;
}

/** Reader-facing word for an event key ("ev:send" -> "deployment"). */
export function eventLabel(key: string): string {
  return LABELS[key.replace(/^ev:/, '')] ?? key.replace(/^ev:/, '');
}

/** The event key for a stemmed word ("incursion" -> "ev:attack"), or undefined. */
export function eventOf(stemmed: string): string | undefined {
  return BY_STEM.get(stemmed);
}

/**
 * The multi-word event phrase starting at `i` in a list of stemmed words ("lack of experience" ->
 * "ev:inexperience"), with its length in words, or null.
 */
export function eventPhraseAt(stems: readonly string[], i: number): { key: string; len: number } | null {
  for (const [words, key] of PHRASES.get(stems[i] ?? '') ?? []) {
    if (words.every((w, k) => stems[i + k] === w)) return { key, len: words.length };
  }
  return null;
}
