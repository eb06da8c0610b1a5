/**
 * The library page's typed requests to the background. Every reply is parsed again here; a failure of any
 * kind becomes `{ok:false, error}` in the reader's words, never an exception.
 */
import type * as z from 'zod/mini';
import type { LibraryFilter } from '../../messaging/library';
import { ClaimRelationsReply, ForgetReply, LibraryRowReply, ListLibraryReply } from '../../messaging/library-replies';
import { replySchema } from '../../messaging/schemas';
import { STRINGS } from './strings';

/** Sends one message to the background and resolves with its raw reply. */
export type SendToBackground = (message: object) => Promise<unknown>;
export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

const schemas = {
  list: replySchema(ListLibraryReply),
  relations: replySchema(ClaimRelationsReply),
  row: replySchema(LibraryRowReply),
  forget: replySchema(ForgetReply),
};

/** The requests the page makes. */
export interface LibraryClient {
  list(filter: LibraryFilter, limit: number): Promise<Result<z.infer<typeof ListLibraryReply>>>;
  relations(id: string): Promise<Result<z.infer<typeof ClaimRelationsReply>>>;
  update(id: string, patch: { text?: string; note?: string; tags?: string[] }): Promise<Result<z.infer<typeof LibraryRowReply>>>;
  remove(id: string): Promise<Result<z.infer<typeof LibraryRowReply>>>;
  restore(id: string): Promise<Result<z.infer<typeof LibraryRowReply>>>;
  forget(id: string): Promise<Result<z.infer<typeof ForgetReply>>>;
}

export function libraryClient(send: SendToBackground): LibraryClient {
  const ask = async <T>(schema: z.ZodMiniType<Result<T>>, message: object): Promise<Result<T>> => {
    const raw = await send(message).catch(() => undefined);
    if (raw === undefined) return { ok: false, error: STRINGS.unreachable };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: STRINGS.badReply };
    return parsed.data.ok ? parsed.data : { ok: false, error: readerError(parsed.data.error) };
  };
  return {
    list: (filter, limit) => ask(schemas.list, { type: 'library/list', filter, limit }),
    relations: (id) => ask(schemas.relations, { type: 'library/relations', id }),
    update: (id, patch) => ask(schemas.row, { type: 'library/update', id, ...patch }),
    remove: (id) => ask(schemas.row, { type: 'library/delete', id }),
    restore: (id) => ask(schemas.row, { type: 'library/restore', id }),
    forget: (id) => ask(schemas.forget, { type: 'library/forget', id }),
  };
}

/** The background prefixes errors with the message type (`library/update failed: …`): the reader needs only the reason. */
export function readerError(error: string): string {
  return error.replace(/^library\/\w+ failed: /, '');
}
