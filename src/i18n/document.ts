/** What an extension page's HTML cannot say in the reader's language: its `<title>` and its `lang`. */
import { t, type MessageKey } from './index';

/** Sets `doc`'s language to the translation in use and its title to the message `title` (with `substitutions`). */
export function localizeDocument(doc: Document, title: MessageKey, ...substitutions: (string | number)[]): void {
  doc.documentElement.lang = t('uiLanguage');
  doc.title = t(title, ...substitutions);
}
