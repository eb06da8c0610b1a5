/**
 * What the background remembers for the library, per worker: every source as a compact row (so a keystroke
 * filters memory, not the database) and each saved claim's relations once computed. The rows are reloaded
 * when the store no longer holds what they were read from (a save, an import, a seed update); the library's
 * own edits patch them in place.
 */
import { t } from '../i18n';
import type { ClaimRelationsReply } from '../messaging/library-replies';
import {
  compareItems, getSource, libraryKeys, readLibraryItems, readLibraryItemsById, toLibraryItem, type LibraryItem, type StoredSource,
} from '../store';
import type { BackgroundDeps } from './deps';
import { claimRelations } from './library-relations';

/**
 * How long the rows are trusted without asking the store whether it changed (ms). Reading the store's keys
 * costs tens of ms at 10,000 sources; a burst of keystrokes or verdict polls asks once.
 */
export const RECHECK_MS = 1_000;
/** At most this many claims are checked for their verdict after one list request. */
export const MAX_VERDICT_PASS = 500;
/** Claims checked between yields, so messages from pages are not held up by a long pass. */
const CHECKS_PER_TURN = 8;

interface LibraryState {
  items: LibraryItem[] | null;
  /** When the rows were last found to match the store (deps.now()). */
  checkedAt: number;
  /** The seed version the rows were read under: a seed update may change texts under the same ids. */
  seedVersion: unknown;
  relations: Map<string, ClaimRelationsReply>;
  /** Bumped by every change: relations computed before it are not kept. */
  generation: number;
  /** Bumped by every new verdict pass and every change, so a pass in flight stops. */
  pass: number;
}

const states = new WeakMap<BackgroundDeps, LibraryState>();

function stateOf(deps: BackgroundDeps): LibraryState {
  let s = states.get(deps);
  if (!s) states.set(deps, (s = { items: null, checkedAt: 0, seedVersion: undefined, relations: new Map(), generation: 0, pass: 0 }));
  return s;
}

/**
 * The rows, brought in line with the store's ids (checked at most every RECHECK_MS); read again whole when
 * the seed version changed. Texts changed under an existing id are the library's own edits, patched in place.
 */
export async function libraryItems(deps: BackgroundDeps): Promise<LibraryItem[]> {
  const s = stateOf(deps);
  const now = deps.now();
  if (s.items && now - s.checkedAt < RECHECK_MS) return s.items;
  const { ids, seedVersion } = await libraryKeys(deps.db);
  s.checkedAt = now;
  if (s.items && s.seedVersion === seedVersion) {
    // Saves and imports add ids, deletes and resets remove them; only what is new is read.
    const stored = new Set(ids);
    const known = new Set(s.items.map((i) => i.row.id));
    const added = ids.filter((id) => !known.has(id));
    if (added.length === 0 && known.size === stored.size) return s.items;
    const kept = s.items.filter((i) => stored.has(i.row.id));
    s.items = [...kept, ...(await readLibraryItemsById(deps.db, added))].sort(compareItems);
  } else {
    s.items = await readLibraryItems(deps.db);
    s.seedVersion = seedVersion;
  }
  changed(s);
  return s.items;
}

/**
 * Drops the rows and verdicts, so the next list reads the store whole. For changes the id check cannot see:
 * a source rewritten under an id it already had (e.g. an import that replaces a record).
 */
export function forgetLibraryRows(deps: BackgroundDeps): void {
  const s = stateOf(deps);
  s.items = null;
  changed(s);
}

/** The known verdict of a saved claim, `pending` until checked; undefined for documents. */
export function verdictLookup(deps: BackgroundDeps): (row: LibraryItem['row']) => ClaimRelationsReply['verdict'] | 'pending' | undefined {
  const { relations } = stateOf(deps);
  return (row) => (row.kind === 'saved' ? (relations.get(row.id)?.verdict ?? 'pending') : undefined);
}

/** Puts `record` (new or changed) into the rows, or takes the row `id` out; every verdict is stale after it. */
export function patchItems(deps: BackgroundDeps, change: { put: StoredSource } | { remove: string }): void {
  const s = stateOf(deps);
  changed(s);
  if (!s.items) return;
  const id = 'put' in change ? change.put.id : change.remove;
  const kept = s.items.filter((i) => i.row.id !== id);
  if ('put' in change) kept.push(toLibraryItem(change.put));
  s.items = kept.sort(compareItems);
}

/**
 * A claim's relations, computed once per store state.
 * @param deadlineMs the engine stops within a sentence of it and the request fails rather than hang.
 */
export async function relationsFor(deps: BackgroundDeps, id: string, deadlineMs = deps.analyzeTimeoutMs): Promise<ClaimRelationsReply> {
  const s = stateOf(deps);
  const known = s.relations.get(id);
  if (known) return known;
  const generation = s.generation;
  const claim = await getSource(deps.db, id);
  if (!claim) throw new Error(t('libraryClaimGone'));
  if (claim.kind !== 'saved') throw new Error(t('libraryOnlySavedCompared'));
  const index = await deps.index.get();
  const deadline = deps.now() + deadlineMs;
  const result = claimRelations(claim, index, deps.analyze, { get aborted() { return deps.now() > deadline; } });
  // A change while the index was built may have made this answer stale: give it, but do not keep it.
  if (s.generation === generation) s.relations.set(id, result);
  return result;
}

/**
 * Checks the verdicts of `ids` (saved claims, display order) that are not known yet, a few per turn, off the
 * request that asked; a newer pass or any change stops this one. Failures are left `pending`.
 */
export function startVerdictPass(deps: BackgroundDeps, ids: readonly string[]): void {
  const s = stateOf(deps);
  const pass = ++s.pass;
  const todo = ids.filter((id) => !s.relations.has(id)).slice(0, MAX_VERDICT_PASS);
  if (!todo.length) return;
  void (async () => {
    for (let i = 0; i < todo.length; i++) {
      if (s.pass !== pass) return;
      if (i > 0 && i % CHECKS_PER_TURN === 0) await new Promise((r) => setTimeout(r, 0));
      await relationsFor(deps, todo[i] as string).catch(() => undefined);
    }
  })();
}

function changed(s: LibraryState): void {
  s.relations.clear();
  s.generation++;
  s.pass++;
}
