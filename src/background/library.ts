/**
 * The library page's requests: list (search, filters, counts), a claim's relations, and the reader's edits.
 * Edits keep the engine's index and every open tab in step, as a save does: a changed text or a deleted or
 * restored claim is re-read by the index and tabs re-compare their claims (`store/changed`).
 */
import type { LibraryRequest } from '../messaging/library';
import type { ClaimRelationsReply, ForgetReply, LibraryRowReply, ListLibraryReply } from '../messaging/library-replies';
import type * as z from 'zod/mini';
import {
  deleteClaim, forgetDeleted, queryLibrary, restoreClaim, toLibraryItem, toSourceDoc, updateClaim, type ClaimPatch,
} from '../store';
import type { BackgroundDeps } from './deps';
import { libraryItems, patchItems, relationsFor, startVerdictPass, verdictLookup } from './library-state';

type Replies = {
  'library/list': ListLibraryReply;
  'library/relations': ClaimRelationsReply;
  'library/update': z.infer<typeof LibraryRowReply>;
  'library/delete': z.infer<typeof LibraryRowReply>;
  'library/restore': z.infer<typeof LibraryRowReply>;
  'library/forget': z.infer<typeof ForgetReply>;
};

/** Handles one (already validated) library request; errors are thrown in the reader's words. */
export async function handleLibrary(msg: LibraryRequest, deps: BackgroundDeps): Promise<Replies[LibraryRequest['type']]> {
  switch (msg.type) {
    case 'library/list':
      return listLibrary(msg.filter, msg.limit, deps);
    case 'library/relations':
      return relationsFor(deps, msg.id);
    case 'library/update':
      return update(msg, deps);
    case 'library/delete': {
      const record = await deleteClaim(deps.db, msg.id);
      patchItems(deps, { remove: record.id });
      await deps.index.remove(record.id);
      await deps.tabs.broadcast({ type: 'store/changed' });
      return { row: toLibraryItem(record).row };
    }
    case 'library/restore': {
      const record = await restoreClaim(deps.db, msg.id);
      patchItems(deps, { put: record });
      await deps.index.add(toSourceDoc(record));
      await deps.tabs.broadcast({ type: 'store/changed' });
      return { row: toLibraryItem(record).row };
    }
    case 'library/forget':
      return { forgotten: await forgetDeleted(deps.db, msg.id) };
  }
}

async function listLibrary(filter: Extract<LibraryRequest, { type: 'library/list' }>['filter'], limit: number, deps: BackgroundDeps): Promise<ListLibraryReply> {
  const items = await libraryItems(deps);
  const result = queryLibrary(items, filter, verdictLookup(deps), limit);
  // Verdicts are worked out after the reply, for the claims the reader is looking at first; the page asks again.
  if (result.pending > 0) startVerdictPass(deps, result.claimIds);
  return { rows: result.rows, total: items.length, matched: result.matched, facets: result.facets, pending: result.pending };
}

async function update(msg: Extract<LibraryRequest, { type: 'library/update' }>, deps: BackgroundDeps): Promise<z.infer<typeof LibraryRowReply>> {
  const patch: ClaimPatch = {
    ...(msg.text !== undefined ? { text: msg.text } : {}),
    ...(msg.note !== undefined ? { note: msg.note } : {}),
    ...(msg.tags !== undefined ? { tags: msg.tags } : {}),
  };
  const { record, textChanged } = await updateClaim(deps.db, msg.id, patch, deps.now());
  patchItems(deps, { put: record });
  if (textChanged) {
    await deps.index.remove(record.id);
    await deps.index.add(toSourceDoc(record));
    await deps.tabs.broadcast({ type: 'store/changed' });
  }
  return { row: toLibraryItem(record).row };
}
