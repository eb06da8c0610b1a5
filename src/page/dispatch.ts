/**
 * The content script's message receiver: every request is re-validated with `ContentRequest` and answered
 * with `{ok: true, data}` or `{ok: false, error}`. A malformed message or a failing handler never throws
 * across the boundary, and messages from anyone but our own extension are refused.
 */
import { ContentRequest, type Reply } from '../messaging/schemas';

type RequestOf<K extends ContentRequest['type']> = Extract<ContentRequest, { type: K }>;

/** One handler per request type. */
export type ContentHandlers = {
  [K in ContentRequest['type']]: (msg: RequestOf<K>) => Reply<unknown> | Promise<Reply<unknown>>;
};

/** Builds the receiver: `(raw message) => reply`. */
export function createContentDispatcher(handlers: ContentHandlers): (raw: unknown) => Promise<Reply<unknown>> {
  return async (raw) => {
    const parsed = ContentRequest.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      return { ok: false, error: `Invalid message${where}: ${issue?.message ?? 'unrecognised'}` };
    }
    const handle = handlers[parsed.data.type] as (msg: ContentRequest) => Reply<unknown> | Promise<Reply<unknown>>;
    try {
      return await handle(parsed.data);
    } catch (err) {
      return { ok: false, error: errorText(err) };
    }
  };
}

/** True when a message comes from this extension (its background or its pages), by runtime id. */
export function isOwnExtension(sender: { id?: string } | undefined, runtimeId: string): boolean {
  return !!sender && sender.id === runtimeId;
}

/** A readable message for any thrown value, cut to fit a reply (at most 2,000 characters). */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : typeof err === 'string' ? err : 'Unexpected error';
  return text.length > 2000 ? `${text.slice(0, 1999)}…` : text || 'Unexpected error';
}

export function ok<T>(data: T): Reply<T> {
  return { ok: true, data };
}

export function fail(error: string): Reply<never> {
  return { ok: false, error };
}
