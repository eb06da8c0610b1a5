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
  die: ['died', 'die', 'death', 'deaths', 'perished'],
  tactic: ['tactic', 'tactics', 'strategy', 'strategies'],
  inexperience: ['inexperience', 'inexperienced', 'unfamiliar', 'untrained', 'lack of experience'],
};

const BY_STEM = new Map<string, string>();
for (const [key, words] of Object.entries(GROUPS)) for (const w of words) if (!w.includes(' ')) BY_STEM.set(stem(w), `ev:${key}`);

const LABELS: Readonly<Record<string, string>> = {
  attack: 'attack', send: 'deployment', supply: 'deliveries', meet: 'meeting', visit: 'visit', train: 'training',
  fight: 'fighting', help: 'support', rebuild: 'rebuilding', agree: 'agreement', arrive: 'arrival', capture: 'capture',
  die: 'deaths', tactic: 'tactics', inexperience: 'inexperience',
};

/** Reader-facing word for an event key ("ev:send" -> "deployment"). */
export function eventLabel(key: string): string {
  return LABELS[key.replace(/^ev:/, '')] ?? key.replace(/^ev:/, '');
}

/** The event key for a stemmed word ("incursion" -> "ev:attack"), or undefined. */
export function eventOf(stemmed: string): string | undefined {
  return BY_STEM.get(stemmed);
}
