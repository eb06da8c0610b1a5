/**
 * A group of checkboxes with counts that is updated in place: a checkbox keeps its element (and the reader's
 * focus) while its count changes under it as other filters change.
 */
import { el, symbol } from '../shared/dom';

export interface Choice {
  value: string;
  label: string;
  count: number;
  /** A decorative symbol before the label (the label says the same in words). */
  symbol?: string;
}

/** A fieldset whose checkboxes `update` replaces by value; `onToggle` gets a value and its new state. */
export function choiceGroup(legend: string, className: string, onToggle: (value: string, checked: boolean) => void) {
  const list = el('div', { className: 'choices' });
  const root = el('fieldset', { className: `choice-group ${className}` }, [el('legend', { text: legend }), list]);
  const byValue = new Map<string, { item: HTMLElement; box: HTMLInputElement; count: HTMLElement }>();

  function create(choice: Choice) {
    const box = el('input', { attrs: { type: 'checkbox', value: choice.value } });
    box.addEventListener('change', () => onToggle(choice.value, box.checked));
    const count = el('span', { className: 'count' });
    const item = el('label', { className: 'choice' }, [box, choice.symbol ? symbol(choice.symbol) : null, document.createTextNode(` ${choice.label} `), count]);
    if (choice.symbol) item.dataset.value = choice.value;
    const entry = { item, box, count };
    byValue.set(choice.value, entry);
    return entry;
  }

  return {
    root,
    /** Shows exactly `choices`, in order, ticking those in `chosen`; hides the group when there is nothing to choose. */
    update(choices: readonly Choice[], chosen: ReadonlySet<string>): void {
      const keep = new Set(choices.map((c) => c.value));
      for (const [value, entry] of byValue) {
        if (!keep.has(value)) {
          entry.item.remove();
          byValue.delete(value);
        }
      }
      choices.forEach((choice, i) => {
        const entry = byValue.get(choice.value) ?? create(choice);
        entry.box.checked = chosen.has(choice.value);
        entry.count.textContent = `(${choice.count.toLocaleString()})`;
        entry.item.classList.toggle('empty', choice.count === 0 && !entry.box.checked);
        // Moving an element blurs it: only elements out of place are moved.
        if (list.children[i] !== entry.item) list.insertBefore(entry.item, list.children[i] ?? null);
      });
      root.hidden = choices.length === 0;
    },
  };
}
