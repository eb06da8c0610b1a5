/** A view's table of words: property names the code reads, message names the words come from. */
import { t, type MessageKey } from './index';

/**
 * An object whose properties read the messages `keys` names, in the browser's language, each time they are read:
 * never at import time (WXT imports entry files in Node while building), and always in the current language.
 * Add functions for words with numbers or names with `Object.assign(wordTable({…}), {…})`; a spread would read
 * every word at once.
 */
export function wordTable<const M extends Record<string, MessageKey>>(keys: M): { readonly [K in keyof M]: string } {
  const table = {};
  for (const [name, key] of Object.entries(keys)) Object.defineProperty(table, name, { get: () => t(key), enumerable: true });
  return table as { readonly [K in keyof M]: string };
}
