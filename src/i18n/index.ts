/**
 * The UI's words come from the extension's `_locales` (English first, in `public/_locales/en/messages.json`),
 * through the browser's own i18n API, so a translation is one more `messages.json` and no code.
 * The engine's explanations are data, not UI, and stay in English.
 */
import { browser } from 'wxt/browser';
import type english from '../../public/_locales/en/messages.json';

/** Every message name `messages.json` defines; a typo is a type error. */
export type MessageKey = keyof typeof english;

/**
 * The message `key` in the browser's language, with `$1`…`$9` (or named placeholders) filled from
 * `substitutions`. A message the locale lacks comes back as its key, which a reader can report and a test can catch.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const text = browser.i18n.getMessage(key, subs.length ? subs : undefined);
  return text || key;
}

/**
 * `one` when `n` is 1, else `other`: English plural choice, with the count as the message's first placeholder and
 * `more` filling the next ones.
 */
export function plural(n: number, one: MessageKey, other: MessageKey, ...more: (string | number)[]): string {
  return t(n === 1 ? one : other, n.toLocaleString(), ...more);
}
