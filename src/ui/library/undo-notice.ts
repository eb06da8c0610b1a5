/**
 * The "Deleted · Undo" notice. One at a time: a new one, another change or the timer ends the chance to undo,
 * and `onExpire` lets the deleted claim go for good.
 */
import { el } from '../shared/dom';
import { STRINGS } from './strings';

/** How long Undo is offered (ms). */
export const UNDO_MS = 10_000;

export interface UndoNotice {
  root: HTMLElement;
  /** Offers Undo for a deletion described by `what`; `onUndo` runs on the button, `onExpire` when the offer ends otherwise. */
  show(what: string, onUndo: () => void, onExpire: () => void): void;
  /** Ends the current offer (another action came first). */
  expire(): void;
  /** A short message with no action, hidden again after the same time. */
  say(text: string): void;
}

export function undoNotice(ms = UNDO_MS): UndoNotice {
  const text = el('span', { className: 'notice-text' });
  const button = el('button', { className: 'undo', text: STRINGS.undo, attrs: { type: 'button' } });
  const root = el('div', { className: 'notice-bar', attrs: { role: 'status' } }, [text, button]);
  root.hidden = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { onUndo: () => void; onExpire: () => void } | undefined;

  const end = (): typeof pending => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const was = pending;
    pending = undefined;
    button.hidden = true;
    return was;
  };
  button.addEventListener('click', () => {
    const was = end();
    root.hidden = true;
    was?.onUndo();
  });
  return {
    root,
    show(what, onUndo, onExpire) {
      end()?.onExpire();
      pending = { onUndo, onExpire };
      text.textContent = STRINGS.deletedWhat(what);
      button.hidden = false;
      button.setAttribute('aria-label', STRINGS.undoLabel(what));
      root.hidden = false;
      timer = setTimeout(() => {
        end()?.onExpire();
        root.hidden = true;
      }, ms);
    },
    expire() {
      const was = end();
      if (was) {
        root.hidden = true;
        was.onExpire();
      }
    },
    say(message) {
      end()?.onExpire();
      text.textContent = message;
      root.hidden = false;
      timer = setTimeout(() => {
        timer = undefined;
        root.hidden = true;
      }, ms);
    },
  };
}
