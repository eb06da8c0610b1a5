import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handlers';
import { analyze as engineAnalyze } from '../../src/engine';
import type { ClaimResult, Verdict } from '../../src/engine/types';
import { AnalyzeReply, replySchema, SaveClaimReply } from '../../src/messaging/schemas';
import { PAGE, testDeps } from './helpers';

const claim = (verdict: Verdict, start = 0): ClaimResult => ({ text: 'A claim.', start, end: start + 8, verdict, matches: [] });
const analyzeMsg = (text = 'About 12,000 North Korean troops are in Kursk.') => ({ type: 'page/analyze', page: PAGE, text });
const analyzeReply = replySchema(AnalyzeReply);

describe('page/analyze', () => {
  it('passes the page date and URL to the engine and returns its claims', async () => {
    const seen: unknown[] = [];
    const deps = testDeps({
      analyze: (text, index, ctx) => {
        seen.push({ text, size: index.size, ctx });
        return [claim('corroborated')];
      },
    });
    const reply = analyzeReply.parse(await handleMessage(analyzeMsg(), { tabId: 1, frameId: 0 }, deps));
    expect(reply.ok && reply.data.claims.map((c) => c.verdict)).toEqual(['corroborated']);
    expect(seen).toEqual([{ text: analyzeMsg().text, size: 5, ctx: { url: PAGE.url, published: PAGE.published } }]);
  });

  it.each([
    { verdicts: ['conflicting', 'mixed', 'corroborated', 'unverified', 'conflicting'] as Verdict[], badge: 3 },
    { verdicts: ['corroborated', 'unverified'] as Verdict[], badge: 0 },
    { verdicts: [] as Verdict[], badge: 0 },
  ])('sets the badge to the disputed claims: $verdicts -> $badge', async ({ verdicts, badge }) => {
    const deps = testDeps({ analyze: () => verdicts.map((v, i) => claim(v, i * 10)) });
    await handleMessage(analyzeMsg(), { tabId: 4, frameId: 0 }, deps);
    expect(deps.tabs.badges.get(4)).toBe(badge);
  });

  it('leaves the badge alone for extension pages and sub-frames', async () => {
    const deps = testDeps({ analyze: () => [claim('conflicting')] });
    await handleMessage(analyzeMsg(), {}, deps);
    await handleMessage(analyzeMsg(), { tabId: 4, frameId: 3 }, deps);
    expect(deps.tabs.badges.size).toBe(0);
  });

  it('sees a claim saved a moment ago without rebuilding (same worker)', async () => {
    const ids: string[] = [];
    const deps = testDeps({ analyze: (_t, index) => (ids.push(String(index.size)), []) });
    await handleMessage(analyzeMsg(), { tabId: 1 }, deps); // builds the index: 5 seeds
    await handleMessage({ type: 'claim/save', page: PAGE, selector: { exact: 'Saved words', prefix: '', suffix: '' } }, {}, deps);
    await handleMessage(analyzeMsg(), { tabId: 1 }, deps);
    expect(ids).toEqual(['5', '6']);
  });

  it('stops an analysis that runs past its time limit and says why', async () => {
    let clock = 0;
    const deps = testDeps({
      now: () => clock,
      analyzeTimeoutMs: 100,
      analyze: (_t, _i, _c, opts) => {
        for (let sentence = 0; sentence < 1000; sentence++) {
          clock += 10; // each sentence "takes" 10 ms
          if (opts?.signal?.aborted) throw new DOMException('stopped', 'AbortError');
        }
        return [claim('conflicting')];
      },
    });
    const reply = await handleMessage(analyzeMsg(), { tabId: 2, frameId: 0 }, deps);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/page\/analyze failed: analysis stopped after 100 ms/) });
    expect(clock).toBeLessThan(200);
    expect(deps.tabs.badges.size).toBe(0);
    expect(deps.runs.size).toBe(0);
  });

  it('a newer analysis of the same tab supersedes an older one still waiting for the index', async () => {
    const deps = testDeps({ analyze: () => [claim('mixed')] });
    const [older, newer] = await Promise.all([
      handleMessage(analyzeMsg(), { tabId: 9, frameId: 0 }, deps),
      handleMessage(analyzeMsg(), { tabId: 9, frameId: 0 }, deps),
    ]);
    expect(older).toEqual({ ok: false, error: expect.stringMatching(/superseded/) });
    expect(newer.ok).toBe(true);
    expect(deps.tabs.badges.get(9)).toBe(1);
    expect(deps.runs.size).toBe(0);
  });

  it('reports an engine result that breaks the message contract instead of sending it', async () => {
    const deps = testDeps({ analyze: () => [{ ...claim('conflicting'), start: -1 }] });
    const reply = await handleMessage(analyzeMsg(), { tabId: 2, frameId: 0 }, deps);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/engine returned an invalid result/) });
  });
});

// Runs the real engine over the real seeds. Both sentences are dated: the engine reads an undated figure that one
// source confirms (the seeds say 12,000) and another contradicts as a count from another time, i.e. 'related'.
describe('with the real engine', () => {
  it('a claim saved a moment ago conflicts with a page sentence that gives another number', async () => {
    const deps = testDeps({ analyze: engineAnalyze });
    const saved = replySchema(SaveClaimReply).parse(
      await handleMessage(
        {
          type: 'claim/save',
          page: { url: 'https://saved.example/a', title: 'Saved page', siteName: 'Saved Site', published: '2025-01-20' },
          selector: { exact: 'In January 2025, 8,000 North Korean troops were in Kursk.', prefix: '', suffix: '' },
        },
        {},
        deps,
      ),
    );
    if (!saved.ok) throw new Error(saved.error);
    const page = analyzeMsg('In January 2025, about 12,000 North Korean troops were in Kursk.');
    const reply = analyzeReply.parse(await handleMessage(page, { tabId: 5, frameId: 0 }, deps));
    if (!reply.ok) throw new Error(reply.error);
    const troops = reply.data.claims.find((c) => c.text.includes('12,000'));
    expect(troops, 'the engine found no claim about 12,000 troops').toBeDefined();
    const match = troops?.matches.find((m) => m.source.id === saved.data.source.id);
    expect(match?.relation).toBe('conflicts');
    expect(match?.explanation).toMatch(/12,000.*8,000/);
    expect(['conflicting', 'mixed']).toContain(troops?.verdict);
    expect(deps.tabs.badges.get(5)).toBeGreaterThanOrEqual(1);
  });
});
