/**
 * Reads one annotation, W3C Web Annotation or Hypothesis-style, as a saved claim. Both keep the quote in a
 * TextQuoteSelector under `target` (Hypothesis: `target[].selector`, page address in `uri`); W3C keeps the
 * note and tags in TextualBody items by purpose, Hypothesis in `text` and `tags`. An annotation without a
 * quote (a page note, a reply) is no claim, and is reported as such.
 */
import { MAX_CLAIM_CHARS } from '../messaging/schemas';
import { savedClaimId, urlWithoutFragment } from '../store/claim-id';
import type { StoredSource } from '../store/db';
import type { ItemProblem } from './issues';
import { MAX_NOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS } from './limits';
import { hasType, list, obj, str, time, type Json } from './loose-json';
import { cleanTags, type ItemResult, type TransferSelector } from './record';
import { URN_PREFIX } from './web-annotation-export';

const OWN_ID = /^saved:[0-9a-f]{16}$/;

/**
 * One annotation as a saved claim (`item` counts from 1).
 * @param now used as the save time when the annotation has no `created`.
 */
export async function annotationToRecord(raw: unknown, item: number, now: number): Promise<ItemResult> {
  const fail = (field: string, reason: string): ItemResult => ({ ok: false, problem: { item, field, reason } satisfies ItemProblem });
  const a = obj(raw);
  if (!a) return fail('', 'is not an annotation');
  const target = list(a.target).map(obj).find((t) => t && quoteOf(t));
  const selector = target && quoteOf(target);
  if (!target || !selector) return fail('target', 'has no quoted text (TextQuoteSelector): a page note or a reply is not a claim');
  if (selector.exact.length > MAX_CLAIM_CHARS) return fail('target.selector.exact', `too long (at most ${MAX_CLAIM_CHARS.toLocaleString('en-US')} characters)`);
  const url = str(target.source) ?? str(obj(target.source)?.id) ?? str(a.uri);
  if (!url) return fail('target.source', "missing (the page's address)");
  if (url.length > 4000 || !isUrl(url)) return fail('target.source', 'is not a web address');
  const body = readBody(a);
  if (body.note.length > MAX_NOTE_CHARS) return fail('body', `the note is too long (at most ${MAX_NOTE_CHARS.toLocaleString('en-US')} characters)`);
  const tags = cleanTags(body.tags);
  if (tags.length > MAX_TAGS) return fail('body', `too many tags (at most ${MAX_TAGS})`);
  if (tags.some((t) => t.length > MAX_TAG_CHARS)) return fail('body', `a tag is too long (at most ${MAX_TAG_CHARS} characters)`);
  const text = body.description ?? selector.exact;
  if (text.length > MAX_CLAIM_CHARS) return fail('body', `the claim's text is too long (at most ${MAX_CLAIM_CHARS.toLocaleString('en-US')} characters)`);
  const record: StoredSource = {
    id: await idOf(a, url, selector.exact),
    kind: 'saved',
    file: null,
    title: titleOf(a) ?? url.slice(0, 1000),
    text,
    url: urlWithoutFragment(url),
    savedAt: time(a.created) ?? now,
    selector: selector as StoredSource['selector'],
    ...(body.note ? { note: body.note } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...editedAt(a),
  };
  return { ok: true, item, record };
}

/** The target's quote (prefix/suffix cut to what the store keeps), with its text position when there is one. */
function quoteOf(target: Json): TransferSelector | undefined {
  const selectors = list(target.selector).map(obj);
  const quote = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
  const exact = str(quote?.exact);
  if (!quote || !exact || !exact.trim()) return undefined;
  const pos = selectors.find((s) => hasType(s, 'TextPositionSelector'));
  const start = pos?.start;
  const end = pos?.end;
  const position = Number.isSafeInteger(start) && Number.isSafeInteger(end) && (start as number) >= 0 && (end as number) >= (start as number)
    ? { start: start as number, end: end as number }
    : undefined;
  return {
    exact,
    prefix: (str(quote.prefix) ?? '').slice(-200),
    suffix: (str(quote.suffix) ?? '').slice(0, 200),
    ...(position ? { position } : {}),
  };
}

/** Note, tags and the reader's own wording, from W3C bodies and Hypothesis's `text`/`tags`. */
function readBody(a: Json): { note: string; tags: string[]; description: string | undefined } {
  const notes: string[] = [];
  const tags: string[] = [];
  let description: string | undefined;
  for (const b of list(a.body).map(obj)) {
    const value = str(b?.value);
    if (!b || !value) continue;
    const purposes = list(b.purpose);
    if (purposes.includes('tagging')) tags.push(value);
    else if (purposes.includes('describing')) description ??= value;
    else notes.push(value);
  }
  for (const extra of [a.bodyValue, a.text]) if (str(extra)) notes.push(extra as string);
  for (const t of list(a.tags)) if (str(t)) tags.push(t as string);
  return { note: notes.join('\n\n').trim(), tags, description: description?.trim() || undefined };
}

/** ClaimLens's own id when the annotation came from ClaimLens; otherwise the id a save of the same words would get. */
async function idOf(a: Json, url: string, exact: string): Promise<string> {
  const id = str(a.id);
  const own = id?.startsWith(URN_PREFIX) ? id.slice(URN_PREFIX.length) : undefined;
  return own && OWN_ID.test(own) ? own : savedClaimId(url, exact);
}

// Not URL.canParse: Chrome before 120 lacks it.
function isUrl(value: string): boolean {
  try {
    return Boolean(new URL(value));
  } catch {
    return false;
  }
}

function titleOf(a: Json): string | undefined {
  const title = str(list(obj(a.document)?.title)[0]);
  return title?.slice(0, 1000);
}

/** W3C `modified`; Hypothesis sets `updated` on every annotation, so it counts as an edit only when it differs from `created`. */
function editedAt(a: Json): { editedAt?: number } {
  const modified = time(a.modified) ?? (a.updated !== a.created ? time(a.updated) : undefined);
  return modified !== undefined ? { editedAt: modified } : {};
}
