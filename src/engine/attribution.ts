/**
 * Who a sentence says is speaking: "Budanov said", "according to South Korea's spy agency", "as
 * reported by the NIS". Returns a short name for explanations, or null for an unattributed statement.
 */
import { fold } from './text';
import { canonicalEntity } from './entities';
import { Twin, isAscii } from './ascii-twin';

const NAME = String.raw`([A-Z][\p{L}'.-]+(?:\s+(?:[A-Z][\p{L}'.-]+|of|the|and|for|'s))*)`;
// Run through their ASCII twins on ASCII text (most of it): see `Twin`.
const ACCORDING = new Twin(new RegExp(String.raw`\b(?:according to|as reported by|citing|cited by|quoted by)\s+(?:the\s+|a\s+|an\s+)?([^,.;:]{2,60})`, 'iu'));
const NAME_VERB = new Twin(new RegExp(String.raw`${NAME}\s+(?:has\s+|have\s+|had\s+)?(?:(?:earlier|also|later|previously|recently|again|separately)\s+)?(?:said|says|told|stated|claimed|claims|announced|reported|reports|noted|estimated|estimates|confirmed|confirms|revealed|warned|wrote|believes|added|denied|denies|insisted|insists)\b`, 'u'));
const VERB_NAME = new Twin(new RegExp(String.raw`[,"]\s*(?:said|says|told|noted|added|according to)\s+${NAME}`, 'u'));
const TITLES = /^(?:the|a|an|secretary of state|defense secretary|president|minister|chief|spokesman|spokesperson|officials?|head)\s+/i;
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|these|those|officials?|reports?|media|the|a|an|some|many|most)$/i;

/** The speaker or source named in `sentence`, shortened to at most ~40 characters, or null. */
export function attributionOf(sentence: string): string | null {
  const s = fold(sentence);
  const ascii = isAscii(s);
  const found = ACCORDING.for(ascii).exec(s)?.[1] ?? NAME_VERB.for(ascii).exec(s)?.[1] ?? VERB_NAME.for(ascii).exec(s)?.[1] ?? null;
  if (!found) return null;
  const name = tidy(found);
  return name && !PRONOUN.test(name) && !PRONOUN.test(name.split(' ')[0] ?? '') ? name : null;
}

function tidy(raw: string): string {
  let n = raw.trim().replace(/\s+/g, ' ').replace(/^(?:(?:media\s+)?reports?|a report|data|figures|estimates?)\s+(?:from|by|of)\s+(?:the\s+)?/i, '');
  for (let i = 0; i < 3; i++) n = n.replace(TITLES, '');
  n = n.replace(/^(?:of|and|for|'s)\s+/i, '').replace(/\s+(?:of|the|and|for)$/i, '');
  if (n.length > 40) n = n.slice(0, 40).replace(/\s+\S*$/, '') + '…';
  return n;
}

const PRONOUN_SAID = /\b(?:he|she)\s+(?:said|says|added|noted|told|stated|claimed|warned)\b|\b(?:said|says|added|noted)\s+(?:he|she)\b|\baccording to (?:him|her)\b/i;

/**
 * The speaker of `sentence`, carrying the previous sentence's named speaker over a pronoun
 * ("..., he said." after "Budanov said ...") so explanations name who said it.
 */
export function speakerOf(sentence: string, previous: string | null): string | null {
  return attributionOf(sentence) ?? (previous && PRONOUN_SAID.test(fold(sentence)) ? previous : null);
}

/**
 * Whether two attributions name the same speaker: the same known name ("Budanov" / "Kyrylo Budanov",
 * "Pentagon" / "US Department of Defense"), the same personal name by its surname ("Kyrylo Budanov" /
 * "Budanov"), else the same words. A generic head ("news agency", "officials") never makes two speakers one.
 */
export function sameSpeaker(a: string, b: string): boolean {
  const ka = speakerKey(a);
  return !!ka && ka === speakerKey(b);
}

const PERSON = /^(?:\p{Lu}[\p{L}'-]+\s+){0,3}\p{Lu}[\p{L}'-]+$/u;

function speakerKey(name: string): string {
  const raw = fold(name).replace(/[….]+$/, '').replace(/'s$/, '').trim();
  const n = raw.toLowerCase();
  const last = n.split(' ').pop() ?? '';
  const known = canonicalEntity(n) ?? (PERSON.test(raw) ? canonicalEntity(last) : undefined);
  if (known) return known;
  return PERSON.test(raw) ? `person:${last}` : n;
}
