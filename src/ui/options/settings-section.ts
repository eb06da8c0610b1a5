/**
 * The settings section of the options page: pause everywhere, check pages by themselves or only when asked,
 * and the sites ClaimLens is off on (turn one back on, or turn another off). Edits the same settings as the popup
 * and follows changes made there while the page is open.
 */
import type { Settings } from '../../settings/schema';
import { parseSiteInput, withSiteOff, withSiteOn } from '../../settings/sites';
import { browserSettingsPorts, type SettingsPorts } from '../../settings/ports';
import { browser } from 'wxt/browser';
import { t } from '../../i18n';
import { wordTable } from '../../i18n/table';
import { el } from '../shared/dom';
import { renderShortcuts, type BoundCommand } from './shortcuts-view';
import './settings.css';

/** Every word the section shows, in one place; the words come from `_locales` when read. */
export const SETTINGS_LABELS = Object.assign(
  wordTable({
    paused: 'optionsPaused',
    modeLegend: 'optionsModeLegend',
    auto: 'optionsModeAuto',
    onDemand: 'optionsModeOnDemand',
    sitesHeading: 'optionsSitesHeading',
    noSites: 'optionsNoSites',
    turnOn: 'optionsTurnOn',
    addLabel: 'optionsAddSiteLabel',
    addButton: 'optionsAddSiteButton',
    saveFailed: 'optionsSaveFailed',
  }),
  {
    turnOnName: (site: string) => t('optionsTurnOnName', site),
    badSite: (input: string) => t('optionsBadSite', input),
  },
);

/**
 * Builds the section's body; its controls show the stored settings once they are read.
 * @param getCommands the browser's `commands.getAll` (injected by tests).
 */
export function renderSettingsSection(
  ports: SettingsPorts = browserSettingsPorts(),
  signal = new AbortController().signal,
  getCommands: () => Promise<BoundCommand[]> = () => browser.commands.getAll(),
): HTMLElement {
  const { body, paused, mode, sites, add, siteInput, note } = settingsElements();
  body.append(renderShortcuts(getCommands));
  const change = (fn: (s: Settings) => Settings) => {
    note.textContent = '';
    return ports.updateSettings(fn).then(show, () => void (note.textContent = SETTINGS_LABELS.saveFailed));
  };
  const show = (s: Settings) => {
    paused.checked = s.paused;
    for (const radio of mode.querySelectorAll<HTMLInputElement>('input[name=mode]')) radio.checked = radio.value === s.mode;
    const items = s.disabledSites.map((site) => siteItem(site, () => change((c) => withSiteOn(c, site))));
    sites.replaceChildren(...(items.length ? items : [el('li', { className: 'none', text: SETTINGS_LABELS.noSites })]));
  };

  paused.addEventListener('change', () => change((s) => ({ ...s, paused: paused.checked })));
  mode.addEventListener('change', (e) => {
    const value = (e.target as HTMLInputElement).value;
    if (value === 'auto' || value === 'on-demand') void change((s) => ({ ...s, mode: value }));
  });
  add.addEventListener('submit', (e) => {
    e.preventDefault();
    const site = parseSiteInput(siteInput.value);
    if (!site) return void (note.textContent = SETTINGS_LABELS.badSite(siteInput.value.trim()));
    void change((s) => withSiteOff(s, site)).then(() => (siteInput.value = ''));
  });
  void ports.loadSettings().then(show);
  ports.watchSettings(show, signal);
  return body;
}

function settingsElements() {
  const paused = el('input', { attrs: { type: 'checkbox', id: 'setting-paused' } });
  const modeRadio = (value: Settings['mode'], label: string) =>
    el('label', { className: 'choice' }, [el('input', { attrs: { type: 'radio', name: 'mode', value } }), el('span', { text: ` ${label}` })]);
  const mode = el('fieldset', { className: 'mode' }, [
    el('legend', { text: SETTINGS_LABELS.modeLegend }),
    modeRadio('auto', SETTINGS_LABELS.auto),
    modeRadio('on-demand', SETTINGS_LABELS.onDemand),
  ]);
  const sites = el('ul', { className: 'sites', attrs: { 'aria-labelledby': 'sites-heading' } });
  const siteInput = el('input', { attrs: { type: 'text', id: 'add-site', inputmode: 'url', autocomplete: 'off', placeholder: 'example.com' } });
  const add = el('form', { className: 'add-site' }, [
    el('label', { text: SETTINGS_LABELS.addLabel, attrs: { for: 'add-site' } }),
    siteInput,
    el('button', { text: SETTINGS_LABELS.addButton, attrs: { type: 'submit' } }),
  ]);
  const note = el('p', { className: 'settings-note', attrs: { role: 'status' } });
  const body = el('div', { className: 'settings-body' }, [
    el('p', { className: 'setting' }, [paused, el('label', { text: ` ${SETTINGS_LABELS.paused}`, attrs: { for: 'setting-paused' } })]),
    mode,
    el('h3', { text: SETTINGS_LABELS.sitesHeading, attrs: { id: 'sites-heading' } }),
    sites,
    add,
    note,
  ]);
  return { body, paused, mode, sites, add, siteInput, note };
}

function siteItem(site: string, turnOn: () => void): HTMLElement {
  const button = el('button', { className: 'turn-on', text: SETTINGS_LABELS.turnOn, attrs: { type: 'button', 'aria-label': SETTINGS_LABELS.turnOnName(site) } });
  button.addEventListener('click', turnOn);
  return el('li', { className: 'site' }, [el('span', { className: 'site-name', text: site }), button]);
}
