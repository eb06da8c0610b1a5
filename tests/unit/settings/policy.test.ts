import { describe, expect, it } from 'vitest';
import { gateAction, isBlocked, runModeFor, type RunMode } from '../../../src/settings/policy';
import { defaultSettings, type Settings } from '../../../src/settings/schema';

const settings = (over: Partial<Settings>): Settings => ({ ...defaultSettings(), ...over });
const url = 'https://news.example.com/story';

describe('run mode', () => {
  it.each<[Partial<Settings>, RunMode]>([
    [{}, 'auto'],
    [{ mode: 'on-demand' }, 'on-demand'],
    [{ disabledSites: ['example.com'], mode: 'on-demand' }, 'site-off'],
    [{ paused: true, disabledSites: ['example.com'] }, 'paused'],
    [{ disabledSites: ['other.org'] }, 'auto'],
  ])('%j → %s', (over, mode) => expect(runModeFor(settings(over), url)).toBe(mode));

  it('blocks only when paused or off', () => {
    expect((['auto', 'paused', 'site-off', 'on-demand'] as const).filter(isBlocked)).toEqual(['paused', 'site-off']);
  });
});

describe('what an open page does when its mode changes', () => {
  it.each<[RunMode, RunMode, boolean, ReturnType<typeof gateAction>]>([
    ['auto', 'paused', true, 'stop'],
    ['auto', 'site-off', true, 'stop'],
    ['on-demand', 'paused', true, 'stop'],
    ['auto', 'paused', false, 'none'],
    ['paused', 'auto', false, 'start'],
    ['site-off', 'auto', false, 'start'],
    ['on-demand', 'auto', false, 'start'],
    // Analysed on request while paused: resuming keeps it; repeating "paused" (another setting changed) keeps it too.
    ['paused', 'auto', true, 'none'],
    ['paused', 'paused', true, 'none'],
    ['auto', 'on-demand', true, 'none'],
    ['paused', 'on-demand', false, 'none'],
  ])('%s → %s (shown: %s): %s', (prev, next, active, action) => expect(gateAction(prev, next, active)).toBe(action));
});
