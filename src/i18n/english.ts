/**
 * The English messages outside a browser (the CLI, unit tests), with the browser's substitution rules: named
 * `$NAME$` placeholders whose content is `$1`…`$9`, and `$$` for a dollar sign. Extension code uses `t()` instead,
 * so the messages are not bundled into it.
 */
import english from '../../public/_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages: Record<string, Message> = english;

/** `browser.i18n.getMessage` over the English messages; an unknown key gives '' as in Chrome. */
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
