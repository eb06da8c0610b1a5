/**
 * A tiny element builder for extension pages. Text only ever goes in through `textContent`, so stored or
 * page-derived text can't become markup.
 */

export interface ElementOptions {
  className?: string;
  text?: string;
  /** Attributes set with `setAttribute`; `undefined` values are skipped. */
  attrs?: Record<string, string | undefined>;
}

/** `document.createElement(tag)` with a class, text and attributes, and the given children appended in order. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly (Node | null | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A decorative symbol: hidden from assistive technology because a word next to it says the same. */
export function symbol(char: string, className = 'symbol'): HTMLSpanElement {
  return el('span', { className, text: char, attrs: { 'aria-hidden': 'true' } });
}
