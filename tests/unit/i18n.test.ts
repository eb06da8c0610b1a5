/**
 * The UI's words live in public/_locales/en/messages.json. These checks keep that file honest: every message is
 * described for translators, every named placeholder is defined and used, every key is used by the code, and the
 * lookup fills placeholders the way the browser does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plural, t } from '../../src/i18n';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, Message>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|html)$/.test(name) ? [path] : [];
  });
}
const code = [...sourceFiles('src'), ...sourceFiles('entrypoints'), 'wxt.config.ts'].map((f) => readFileSync(f, 'utf8')).join('\n');

describe('messages.json (English)', () => {
  it.each(Object.entries(messages))('%s has a message, a description and well-formed placeholders', (key, entry) => {
    expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(entry.message.trim()).not.toBe('');
    expect(entry.description?.trim()).toBeTruthy();
    const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
    expect(new Set(used)).toEqual(new Set(Object.keys(entry.placeholders ?? {})));
    for (const p of Object.values(entry.placeholders ?? {})) expect(p.content).toMatch(/^\$[1-9]$/);
  });

  it('has no key the code never uses', () => {
    const unused = Object.keys(messages).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});

describe('t', () => {
  it('fills named placeholders from the arguments, in order', () => {
    expect(t('markerNameOther', 'Conflicting', 3)).toBe('Conflicting claim: 3 sources');
    expect(t('statusNoArticle', 'Alt+Shift+S')).toContain('press Alt+Shift+S to save');
  });

  it('chooses the singular only for exactly one', () => {
    expect(plural(1, 'relatedSourcesOne', 'relatedSourcesOther')).toBe(' 1 related source');
    expect(plural(0, 'relatedSourcesOne', 'relatedSourcesOther')).toBe(' 0 related sources');
    expect(plural(12000, 'relatedSourcesOne', 'relatedSourcesOther')).toBe(' 12,000 related sources');
  });

  it('shows the key of a message the locale lacks, so the gap is visible', () => {
    expect(t('no-such-message' as Parameters<typeof t>[0])).toBe('no-such-message');
  });
});
