/**
 * The options page: the reader's settings, their data (export, import, reset), and the way to the library.
 * Each section is built by its own module, so settings and data evolve separately.
 */
import { t } from '../../i18n';
import { localizeDocument } from '../../i18n/document';
import { el } from '../shared/dom';
import { renderDataSection } from './data-section';
import { renderSettingsSection } from './settings-section';

/** Builds the options page inside `root`, replacing its content. */
export function renderOptions(root: HTMLElement): void {
  localizeDocument(root.ownerDocument, 'optionsTitle');
  const library = el('a', { className: 'library-link', text: t('optionsLibraryLink'), attrs: { href: '/library.html' } });
  root.replaceChildren(
    el('header', { className: 'top' }, [el('h1', { text: t('extName') }), library]),
    section('settings', t('optionsSettingsHeading'), renderSettingsSection()),
    section('data', t('optionsDataHeading'), renderDataSection()),
  );
}

function section(id: string, title: string, body: HTMLElement): HTMLElement {
  return el('section', { className: `options-section ${id}`, attrs: { 'aria-labelledby': `${id}-heading` } }, [
    el('h2', { text: title, attrs: { id: `${id}-heading` } }),
    body,
  ]);
}
