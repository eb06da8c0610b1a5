/** The settings section of the options page (pause, sites, when to run). */
import { el } from '../shared/dom';

/** Builds the settings section's body. */
export function renderSettingsSection(): HTMLElement {
  return el('div', { className: 'settings-body' });
}
