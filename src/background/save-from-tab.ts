/**
 * Saving what the reader selected, triggered outside the page (context menu or keyboard shortcut).
 * The tab's content script knows the selection best (with prefix/suffix and position to re-anchor it); when
 * it cannot answer (page loaded before install, a frame without it) a one-off script reads the selection and
 * its context; where no script may run (restricted pages) the menu's `selectionText` still saves the words,
 * so the reader loses nothing.
 */
import {
  MAX_CLAIM_CHARS,
  nothingSelected,
  replySchema,
  SaveClaimReply,
  SelectionSchema,
  selectionTooLong,
  type PageSelection,
  type Reply,
} from '../messaging/schemas';
import { t } from '../i18n';
import type { BackgroundDeps } from './deps';
import { handleMessage } from './handlers';
import { readSelectionByScript, type ReadSelectionContext, type SelectionContext } from './selection-context';

/** How long to wait for the content script's selection before falling back (ms). */
export const SELECTION_TIMEOUT_MS = 1_500;

/** Where a save was triggered: the tab, and for the context menu what the browser knows about the click. */
export interface SaveTrigger {
  tab?: { id?: number; url?: string; title?: string };
  /** Frame the selection is in (context menu); omitted means the top frame. */
  frameId?: number;
  /** The browser's copy of the selection (context menu only; whitespace may be collapsed). */
  selectionText?: string;
  pageUrl?: string;
  frameUrl?: string;
}

type SaveReply = Reply<ReturnType<typeof SaveClaimReply.parse>>;

/**
 * Saves the tab's selection and tells the tab (`claim/saved`) so it can confirm it to the reader.
 * @param readContext reads the selection with a one-off script when no content script answered (tests pass a fake).
 * @returns the save's reply; `{ok:false}` when there is no tab or nothing selected.
 */
export async function saveFromTab(trigger: SaveTrigger, deps: BackgroundDeps, readContext: ReadSelectionContext = readSelectionByScript): Promise<SaveReply> {
  const tabId = trigger.tab?.id;
  if (tabId === undefined || tabId < 0) return { ok: false, error: 'no tab to save from' };
  const frameId = trigger.frameId ?? 0;
  const asked = await askSelection(tabId, frameId, deps);
  const read = asked ? null : await readInTime(readContext, tabId, frameId);
  const selection = asked?.selection ?? fallbackSelection(trigger, read);
  // The reader pressed a key or clicked a menu item: a save that does not happen must say so in the page.
  const refuse = (reason: string) => void deps.tabs.send(tabId, { type: 'claim/notSaved', reason }, frameId).catch(() => undefined);
  if (!selection) {
    refuse(asked?.refusal ?? nothingSelected());
    return { ok: false, error: 'nothing is selected in the tab' };
  }
  // Only the browser's fallback copy can be too long here: the content script refuses long selections itself.
  const length = selection.selector.exact.length;
  const reply = await handleMessage({ type: 'claim/save', ...selection }, { tabId, frameId }, deps);
  if (!reply.ok) {
    refuse(length > MAX_CLAIM_CHARS ? selectionTooLong(length) : t('saveFailed'));
    return reply;
  }
  const data = SaveClaimReply.parse(reply.data);
  // Not awaited: the save is done whether or not a content script is there (and answers) to show a toast.
  deps.tabs
    .send(tabId, { type: 'claim/saved', duplicate: data.duplicate, text: data.source.text }, frameId)
    .catch(() => undefined);
  return { ok: true, data };
}

/**
 * The content script's selection; or its reason for having none (`{ok:false}`, e.g. "Select some text first.");
 * or null if it did not answer in time or answered garbage.
 */
async function askSelection(
  tabId: number,
  frameId: number,
  deps: BackgroundDeps,
): Promise<{ selection: PageSelection; refusal?: undefined } | { selection?: undefined; refusal: string } | null> {
  let expire: () => void = () => undefined;
  const timeout = new Promise<undefined>((resolve) => {
    expire = () => resolve(undefined);
  });
  const timer = setTimeout(() => expire(), SELECTION_TIMEOUT_MS);
  try {
    const raw = await Promise.race([deps.tabs.send(tabId, { type: 'page/selection' }, frameId), timeout]);
    const reply = replySchema(SelectionSchema).safeParse(raw);
    if (!reply.success) return null;
    return reply.data.ok ? { selection: reply.data.data } : { refusal: reply.data.error.slice(0, 500) || nothingSelected() };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A selection from what the browser reported, with the context a one-off script read (`read`), or with no
 * prefix/suffix when none could be read (the content script was not there to give them).
 */
export function fallbackSelection(trigger: SaveTrigger, read: SelectionContext | null = null): PageSelection | null {
  const exact = read?.exact ?? trigger.selectionText?.trim();
  const url = trigger.frameUrl ?? trigger.pageUrl ?? trigger.tab?.url;
  if (!exact || !url) return null;
  return {
    page: { url, title: trigger.tab?.title ?? '' },
    selector: { exact, prefix: read?.prefix ?? '', suffix: read?.suffix ?? '' },
  };
}

/** `readContext`, given at most {@link SELECTION_TIMEOUT_MS}; null when it fails or takes longer. */
async function readInTime(readContext: ReadSelectionContext, tabId: number, frameId: number): Promise<SelectionContext | null> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), SELECTION_TIMEOUT_MS);
  try {
    return await readContext(tabId, frameId, timeout.signal).catch(() => null);
  } finally {
    clearTimeout(timer);
  }
}
