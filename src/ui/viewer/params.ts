/**
 * Reads the viewer's query string: `?id=<source id>&start=<offset>&end=<offset>`. Pure.
 */
import * as z from 'zod/mini';
import { t } from '../../i18n';

const Offset = z.int().check(z.nonnegative());

const ViewerParamsSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(500)),
  start: z.optional(Offset),
  end: z.optional(Offset),
});

export type ViewerParams = z.infer<typeof ViewerParamsSchema>;

/**
 * The source id and the quoted range. A missing or bad id is an error (nothing to show); bad offsets are
 * dropped (the document is still shown, without a mark) rather than refusing the whole page.
 */
export function parseViewerParams(search: string): { ok: true; params: ViewerParams } | { ok: false; error: string } {
  const q = new URLSearchParams(search);
  const id = q.get('id');
  if (!id) return { ok: false, error: t('viewerNoId') };
  const offset = (name: string) => {
    const raw = q.get(name);
    return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
  };
  const parsed = ViewerParamsSchema.safeParse({ id, start: offset('start'), end: offset('end') });
  if (!parsed.success) return { ok: false, error: t('viewerBadLink') };
  return { ok: true, params: parsed.data };
}
