/**
 * The keyboard shortcuts as the browser actually bound them. A suggested key the browser or another extension
 * already uses is silently left unbound, so the reader is told which commands have no key and where to set one.
 */
import { wordTable } from '../../i18n/table';
import { el } from '../shared/dom';

/** Every word the list shows, in one place; the words come from `_locales` when read. */
export const SHORTCUT_LABELS = wordTable({
  heading: 'optionsShortcutsHeading',
  unbound: 'optionsShortcutUnbound',
  where: 'optionsShortcutsWhere',
  unavailable: 'optionsShortcutsUnavailable',
});

/** A command as `commands.getAll()` reports it. */
export interface BoundCommand {
  name?: string | undefined;
  description?: string | undefined;
  shortcut?: string | undefined;
}

/** Commands with a description (the toolbar-button command has none and isn't ours to explain), in manifest order. */
export function describedCommands(commands: readonly BoundCommand[]): { description: string; shortcut: string | null }[] {
  return commands.flatMap((c) => (c.description ? [{ description: c.description, shortcut: c.shortcut || null }] : []));
}

/** Builds the list; it fills in once `getAll` answers. */
export function renderShortcuts(getAll: () => Promise<BoundCommand[]>): HTMLElement {
  const list = el('dl', { className: 'shortcuts' });
  const box = el('div', { className: 'shortcuts-body' }, [
    el('h3', { text: SHORTCUT_LABELS.heading }),
    list,
    el('p', { className: 'hint', text: SHORTCUT_LABELS.where }),
  ]);
  // A browser without the commands API throws rather than rejects: both end in the same message.
  Promise.resolve()
    .then(getAll)
    .then(
      (commands) =>
        list.replaceChildren(
          ...describedCommands(commands).flatMap(({ description, shortcut }) => [
            el('dt', { text: description }),
            el('dd', { text: shortcut ?? SHORTCUT_LABELS.unbound, className: shortcut ? 'key' : 'key unbound' }),
          ]),
        ),
      () => list.replaceWith(el('p', { text: SHORTCUT_LABELS.unavailable })),
    );
  return box;
}
