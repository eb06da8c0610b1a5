/**
 * The background's single entry point for messages. Every message is parsed with `BackgroundRequest`
 * before anything runs; every outcome is a `Reply`, so nothing throws across the messaging boundary.
 */
import type * as z from 'zod/mini';
import { BACKGROUND_REQUEST_TYPES, BackgroundRequest, type Reply } from '../messaging/schemas';
import { getSource, savedForUrl, toSourceView } from '../store';
import { analyzePage } from './analyze-page';
import { handleDataRequest } from './data';
import type { BackgroundDeps } from './deps';
import { handleLibrary } from './library';
import { saveClaimFromMessage } from './save-claim';
import type { SenderInfo } from './sender';
import { showDisputed } from './show-disputed';

/**
 * Validates and handles one message.
 * @param raw whatever arrived; untrusted (it may come from a content script in a hostile page).
 * @returns `{ok:true,data}` with the request's reply, or `{ok:false,error}` naming what failed, e.g.
 *   `invalid 'claim/save' message: selector.exact: Too small: expected string to have >=1 characters`.
 */
export async function handleMessage(raw: unknown, sender: SenderInfo, deps: BackgroundDeps): Promise<Reply<unknown>> {
  const parsed = BackgroundRequest.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeInvalid(raw, parsed.error) };
  // Reading, rewriting or wiping the whole store is for the reader's own pages, never for a script in a web page.
  if (PAGES_ONLY.test(parsed.data.type) && !sender.extensionPage) {
    return { ok: false, error: `'${parsed.data.type}' is answered only to ClaimLens's own pages` };
  }
  try {
    await deps.ready();
    return { ok: true, data: await route(parsed.data, sender, deps) };
  } catch (error) {
    return { ok: false, error: `${parsed.data.type} failed: ${errorText(error)}` };
  }
}

async function route(msg: BackgroundRequest, sender: SenderInfo, deps: BackgroundDeps): Promise<unknown> {
  switch (msg.type) {
    case 'page/analyze':
      return analyzePage(msg, sender, deps);
    case 'claim/save':
      return saveClaimFromMessage(msg, deps);
    case 'sources/savedForUrl':
      return { sources: (await savedForUrl(deps.db, msg.url)).map(toSourceView) };
    case 'source/get': {
      const source = await getSource(deps.db, msg.id);
      if (!source) throw new Error(`no source with id '${msg.id}'`);
      return { source: toSourceView(source) };
    }
    case 'data/export':
    case 'data/preview':
    case 'data/apply':
    case 'data/reset':
      return handleDataRequest(msg, deps);
    case 'library/list': case 'library/relations': case 'library/update': case 'library/delete': case 'library/restore': case 'library/forget':
      return handleLibrary(msg, deps);
    case 'page/disputed':
      return showDisputed(msg, sender, deps);
  }
}

/** Requests over the whole store (the library, export, import, reset). */
const PAGES_ONLY = /^(library|data)\//;

const KNOWN_TYPES: ReadonlySet<string> = new Set(BACKGROUND_REQUEST_TYPES);

/** A message a developer can act on: the unknown type, or each invalid field with zod's reason. */
export function describeInvalid(raw: unknown, error: z.core.$ZodError): string {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (typeof type !== 'string') return 'invalid message: expected an object with a string "type"';
  if (!KNOWN_TYPES.has(type)) return `unknown message type '${type.slice(0, 100)}'`;
  const fields = error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(message)'}: ${i.message}`);
  return `invalid '${type}' message: ${fields.join('; ')}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
