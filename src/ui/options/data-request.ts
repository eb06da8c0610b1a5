/**
 * How the data section talks to the background: one request, its reply validated, and any failure turned
 * into a sentence for the reader (never an exception).
 */
import type * as z from 'zod/mini';
import type { DataRequest } from '../../messaging/data';
import { replySchema } from '../../messaging/schemas';
import { labels } from './data-labels';

/** Sends a message to the background and resolves with its raw reply (`browser.runtime.sendMessage`). */
export type SendMessage = (message: DataRequest) => Promise<unknown>;

export type Outcome<T> = { ok: true; data: T } | { ok: false; error: string };

/** Sends `message` and validates the reply with `data`. */
export async function request<T extends z.ZodMiniType>(send: SendMessage, message: DataRequest, data: T): Promise<Outcome<z.infer<T>>> {
  let raw: unknown;
  try {
    raw = await send(message);
  } catch (error) {
    return { ok: false, error: labels.noAnswer(error instanceof Error ? error.message : String(error)) };
  }
  const parsed = replySchema(data).safeParse(raw);
  if (!parsed.success) return { ok: false, error: labels.unexpected };
  const reply = parsed.data as { ok: true; data: z.infer<T> } | { ok: false; error: string };
  if (!reply.ok) return { ok: false, error: reply.error.replace(/^data\/\w+ failed: /, '') };
  return reply;
}
