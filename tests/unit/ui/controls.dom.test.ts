// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { SettingsPorts } from '../../../src/settings/ports';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import { renderControls } from '../../../src/ui/popup/controls';
import { renderSettingsSection } from '../../../src/ui/options/settings-section';
import { renderShortcuts } from '../../../src/ui/options/shortcuts-view';
import type { ContentRequest } from '../../../src/messaging/schemas';
import { runPopup, type PopupPorts } from '../../../src/ui/popup/popup';
import { claim } from './fixtures';

/** Settings in memory, with the change events the real storage fires. */
function memoryPorts(initial: Partial<Settings> = {}, failWrites = false) {
  let current: Settings = { ...defaultSettings(), ...initial };
  const watchers: ((s: Settings) => void)[] = [];
  const ports: SettingsPorts = {
    loadSettings: async () => current,
    updateSettings: async (change) => {
      if (failWrites) throw new Error('quota');
      current = change(current);
      for (const w of watchers) w(current);
      return current;
    },
    watchSettings: (cb) => void watchers.push(cb),
  };
  return { ports, get: () => current, set: (s: Partial<Settings>) => ports.updateSettings((c) => ({ ...c, ...s })) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const byText = (root: ParentNode, sel: string, text: string) => [...root.querySelectorAll<HTMLElement>(sel)].find((e) => e.textContent?.trim() === text);

describe('popup controls', () => {
  function mount(url: string, ports: SettingsPorts, onAnalyse = vi.fn(async () => undefined)) {
    const onModeChange = vi.fn();
    const controls = renderControls(url, ports, { onAnalyse, onModeChange, signal: new AbortController().signal });
    document.body.replaceChildren(controls.element);
    return { ...controls, onAnalyse, onModeChange, root: controls.element };
  }

  it('pauses and resumes everywhere, and offers "Analyse this page" only while the page is not checked by itself', async () => {
    const mem = memoryPorts();
    const { root, ready, onModeChange } = mount('https://www.news.example/story', mem.ports);
    await ready;
    const analyse = byText(root, 'button', 'Analyse this page')!;
    expect(analyse.hidden).toBe(true);
    byText(root, 'button', 'Pause everywhere')!.click();
    await flush();
    expect(mem.get().paused).toBe(true);
    expect(byText(root, 'button', 'Resume')).toBeDefined();
    expect(analyse.hidden).toBe(false);
    expect(onModeChange).toHaveBeenLastCalledWith('paused');
    byText(root, 'button', 'Resume')!.click();
    await flush();
    expect(mem.get().paused).toBe(false);
    expect(onModeChange).toHaveBeenLastCalledWith('auto');
  });

  it('turns the site off and on by its name, and follows a change made in the options page', async () => {
    const mem = memoryPorts({ disabledSites: ['other.org'] });
    const { root, ready } = mount('https://www.news.example/story', mem.ports);
    await ready;
    const box = root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(root.querySelector(`label[for="${box.id}"]`)?.textContent).toBe('Off on news.example');
    box.click();
    await flush();
    expect(mem.get().disabledSites).toEqual(['news.example', 'other.org']);
    await mem.set({ disabledSites: [] });
    expect(box.checked).toBe(false);
    await mem.set({ mode: 'on-demand' });
    expect(byText(root, 'button', 'Analyse this page')!.hidden).toBe(false);
  });

  it('runs the page’s analysis on request and says so when the page can’t be reached', async () => {
    const mem = memoryPorts({ mode: 'on-demand' });
    const { root, ready, onAnalyse } = mount('https://news.example/story', mem.ports, vi.fn(async () => Promise.reject(new Error('gone'))));
    await ready;
    byText(root, 'button', 'Analyse this page')!.click();
    await flush();
    expect(onAnalyse).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role=status]')?.textContent).toMatch(/Could not reach the page/);
  });

  it('shows only pause on a page ClaimLens cannot read, and reports a change that could not be saved', async () => {
    const { root, ready } = mount('chrome://extensions', memoryPorts({}, true).ports);
    await ready;
    expect(root.querySelector('input[type=checkbox]')).toBeNull();
    expect(byText(root, 'button', 'Analyse this page')!.hidden).toBe(true);
    byText(root, 'button', 'Pause everywhere')!.click();
    await flush();
    expect(root.querySelector('[role=status]')?.textContent).toBe('That change could not be saved. Try again.');
  });
});

describe('options: settings section', () => {
  it('edits pause and mode, lists the sites turned off, turns one back on and another off', async () => {
    const mem = memoryPorts({ disabledSites: ['a.example', 'b.example'] });
    const root = renderSettingsSection(mem.ports, new AbortController().signal, async () => []);
    document.body.replaceChildren(root);
    await flush();
    const siteNames = () => [...root.querySelectorAll('.site-name')].map((e) => e.textContent);
    expect(siteNames()).toEqual(['a.example', 'b.example']);

    (root.querySelector('#setting-paused') as HTMLInputElement).click();
    await flush();
    expect(mem.get().paused).toBe(true);
    (root.querySelector('input[value="on-demand"]') as HTMLInputElement).click();
    await flush();
    expect(mem.get().mode).toBe('on-demand');

    root.querySelector<HTMLButtonElement>('button[aria-label="Turn back on for a.example"]')!.click();
    await flush();
    expect(siteNames()).toEqual(['b.example']);

    const input = root.querySelector<HTMLInputElement>('#add-site')!;
    const form = root.querySelector('form')!;
    input.value = 'not a site';
    form.requestSubmit();
    await flush();
    expect(root.querySelector('[role=status]')?.textContent).toBe('“not a site” is not a website address, such as example.com.');
    expect(mem.get().disabledSites).toEqual(['b.example']);
    input.value = 'https://www.C.example/news';
    form.requestSubmit();
    await flush();
    expect(mem.get().disabledSites).toEqual(['b.example', 'c.example']);
    expect(input.value).toBe('');

    await mem.set({ disabledSites: [], paused: false });
    expect(root.querySelector('.sites')?.textContent).toMatch(/^None\./);
    expect((root.querySelector('#setting-paused') as HTMLInputElement).checked).toBe(false);
  });
});

describe('options: keyboard shortcuts', () => {
  it('lists each command with the key the browser bound, and says which have none', async () => {
    const root = renderShortcuts(async () => [
      { name: '_execute_action', description: '', shortcut: '' },
      { name: 'next-claim', description: 'Go to the next highlighted claim', shortcut: 'Alt+Shift+J' },
      { name: 'previous-claim', description: 'Go to the previous highlighted claim', shortcut: '' },
    ]);
    await flush();
    expect([...root.querySelectorAll('dt, dd')].map((e) => e.textContent)).toEqual([
      'Go to the next highlighted claim',
      'Alt+Shift+J',
      'Go to the previous highlighted claim',
      'no key yet',
    ]);
  });

  it('says so when the browser cannot list them', async () => {
    const root = renderShortcuts(() => {
      throw new TypeError('commands is undefined');
    });
    await flush();
    expect(root.textContent).toContain('This browser does not list its shortcuts.');
  });
});

describe('popup with its controls', () => {
  /** A page that is analysed until the settings pause it, and analyses again when asked. */
  function pagePorts(mem: ReturnType<typeof memoryPorts>) {
    const sent: ContentRequest['type'][] = [];
    let asked = false;
    const ports: PopupPorts = {
      findTab: async () => ({ id: 3, url: 'https://news.example/story', title: 'Story' }),
      sendToTab: async (_id, message) => {
        sent.push(message.type);
        if (message.type === 'page/analyzeNow') asked = true;
        const idle = mem.get().paused && !asked;
        return { ok: true, data: idle ? { status: 'idle', claims: [], message: 'ClaimLens is paused.' } : { status: 'done', claims: [claim()] } };
      },
      sendToBackground: async () => ({ ok: true, data: { sources: [] } }),
      extensionUrl: (path) => `chrome-extension://id${path}`,
      openTab: async () => undefined,
      wait: async () => undefined,
      controls: mem.ports,
    };
    return { ports, sent };
  }

  it('shows the page go idle on pause, and its claims again after "Analyse this page"', async () => {
    const mem = memoryPorts();
    const { ports, sent } = pagePorts(mem);
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    await runPopup(root, ports);
    await flush();
    expect(root.querySelectorAll('.claim')).toHaveLength(1);
    byText(root, 'button', 'Pause everywhere')!.click();
    await vi.waitFor(() => expect(root.querySelector('.status-title')?.textContent).toBe('ClaimLens is paused.'));
    expect(root.querySelector('.claim')).toBeNull();
    byText(root, 'button', 'Analyse this page')!.click();
    await vi.waitFor(() => expect(root.querySelectorAll('.claim')).toHaveLength(1));
    expect(sent).toContain('page/analyzeNow');
  });
});
