/**
 * Unit tests run without a browser: `@webext-core/fake-browser` leaves `i18n.getMessage` unimplemented. This gives
 * it the English `messages.json` with the browser's substitution rules (named `$NAME$` placeholders whose content
 * is `$1`…`$9`, `$$` for a dollar sign), so the UI under test shows the words a reader would see.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = JSON.parse(readFileSync(resolve('public/_locales/en/messages.json'), 'utf8')) as Record<string, Message>;

/** The browser's `getMessage` over the English messages; an unknown key gives '' as in Chrome. */
export function englishMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const p = entry.placeholders?.[name.toLowerCase()];
    return p ? positional(p.content) : whole;
  });
  return named.replace(/\$\$/g, '$');
}

fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
