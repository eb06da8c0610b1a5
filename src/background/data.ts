/**
 * `data/export`, `data/preview`, `data/apply`, `data/reset`: the reader's data in and out. After an
 * import or a reset the engine's index follows the store and every open tab is told to compare again,
 * as after a save.
 */
import { plural } from '../i18n';
import type { ApplyReply, DataRequest, ExportReply, PreviewReply, ResetReply } from '../messaging/data';
import type { LibraryFilter } from '../messaging/library';
import { queryLibrary } from '../store/library-query';
import { resetToSeeds } from '../store/reset-to-seeds';
import { toSourceDoc } from '../store/sources-repo';
import { applyImport, planAgainstStore, sourcesForExport } from '../store/transfer-repo';
import { buildClaimLensExport } from '../transfer/claimlens-format';
import { exportFilename } from '../transfer/filename';
import { previewOf } from '../transfer/plan';
import { readImportFile, type ReadResult } from '../transfer/read-file';
import { toAnnotationCollection } from '../transfer/web-annotation-export';
import type { BackgroundDeps } from './deps';
import { libraryItems, verdictLookup } from './library-state';

/** Up to this many new sources are added to a built index at once; more, and it is rebuilt when next needed. */
export const INCREMENTAL_LIMIT = 200;

/** Handles one data request; a refused import throws, and the handler turns that into `{ok:false, error}`. */
export async function handleDataRequest(msg: DataRequest, deps: BackgroundDeps): Promise<ExportReply | PreviewReply | ApplyReply | ResetReply> {
  switch (msg.type) {
    case 'data/export': {
      const ids = msg.filter ? await libraryIds(msg.filter, deps) : msg.ids;
      return exportData(msg.format, { ...(msg.kinds ? { kinds: msg.kinds } : {}), ...(ids ? { ids } : {}) }, deps);
    }
    case 'data/preview': {
      const read = readable(await readImportFile(msg.fileText, deps.now()));
      return previewOf(read.format, read.items.length, await planAgainstStore(deps.db, read.items));
    }
    case 'data/apply':
      return applyData(msg.fileText, msg.skipInvalid ?? false, deps);
    case 'data/reset':
      return resetData(msg.keepSaved, deps);
  }
}

async function exportData(format: 'claimlens' | 'web-annotation', selection: Parameters<typeof sourcesForExport>[1], deps: BackgroundDeps): Promise<ExportReply> {
  const sources = await sourcesForExport(deps.db, selection);
  const now = deps.now();
  const filename = exportFilename(format, new Date(now));
  if (format === 'claimlens') return { filename, json: JSON.stringify(buildClaimLensExport(sources, now), null, 2), count: sources.length, leftOut: 0 };
  const { collection, leftOut } = toAnnotationCollection(sources, now);
  return { filename, json: JSON.stringify(collection, null, 2), count: collection.total, leftOut };
}

async function applyData(fileText: string, skipInvalid: boolean, deps: BackgroundDeps): Promise<ApplyReply> {
  const read = readable(await readImportFile(fileText, deps.now()));
  const invalid = read.items.filter((i) => !i.ok).length;
  if (invalid > 0 && !skipInvalid) throw new Error(plural(invalid, 'importInvalidItemsOne', 'importInvalidItemsOther'));
  const plan = await applyImport(deps.db, read.items);
  if (plan.fresh.length > 0) {
    // Adding sources one by one costs as much as a build; a big import leaves the work to the next analysis.
    if (plan.fresh.length > INCREMENTAL_LIMIT) deps.index.reload();
    else for (const record of plan.fresh) await deps.index.add(toSourceDoc(record));
    await deps.tabs.broadcast({ type: 'store/changed' });
  }
  return { added: plan.fresh.length, duplicates: plan.duplicates.length, skipped: plan.invalid.length };
}

async function resetData(keepSaved: boolean, deps: BackgroundDeps): Promise<ResetReply> {
  const result = await resetToSeeds(deps.db, keepSaved);
  // Removing thousands of imported sources from the index one by one is slower than building it again.
  deps.index.reload();
  await deps.tabs.broadcast({ type: 'store/changed' });
  return result;
}

function readable(read: ReadResult): Extract<ReadResult, { ok: true }> {
  if (!read.ok) throw new Error(read.error);
  return read;
}

/** Every id the library lists for `filter`, in its order: what the reader sees there, not only the first page. */
async function libraryIds(filter: LibraryFilter, deps: BackgroundDeps): Promise<string[]> {
  const items = await libraryItems(deps);
  return queryLibrary(items, filter, verdictLookup(deps), items.length).rows.map((row) => row.id);
}
