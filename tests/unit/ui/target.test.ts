import { describe, expect, it } from 'vitest';
import { sourceTarget, viewerPath } from '../../../src/ui/popup/target';
import { kyivSeed, match } from './fixtures';

describe('viewerPath', () => {
  it('encodes the id and the range', () => {
    const path = viewerPath('seed:000_84ea4ea735d0cdc4', 10, 42);
    expect(path.startsWith('/viewer.html?')).toBe(true);
    const q = new URLSearchParams(path.split('?')[1]);
    expect([q.get('id'), q.get('start'), q.get('end')]).toEqual(['seed:000_84ea4ea735d0cdc4', '10', '42']);
  });
  it('leaves out an empty range', () => expect(viewerPath('x&y', 5, 5)).toBe('/viewer.html?id=x%26y'));
});

describe('sourceTarget', () => {
  it('opens a seed in the viewer at its quote, even when it has a URL', () => {
    const t = sourceTarget(match({ source: { ...kyivSeed, url: 'https://kyivindependent.com/x' }, quoteStart: 7, quoteEnd: 30 }));
    expect(t).toEqual({ kind: 'viewer', path: viewerPath(kyivSeed.id, 7, 30) });
  });

  it('opens a saved claim at its original page with a text fragment', () => {
    const t = sourceTarget(
      match({ source: { id: 'saved:1', title: 't', file: null, kind: 'saved', url: 'https://news.example/p' }, quote: '12,000 troops' }),
    );
    expect(t).toEqual({ kind: 'web', url: 'https://news.example/p#:~:text=12%2C000%20troops' });
  });

  it('falls back to the viewer for a saved claim without a usable URL', () => {
    for (const url of [undefined, 'javascript:alert(1)']) {
      const source = { id: 'saved:2', title: 't', file: null, kind: 'saved' as const, ...(url ? { url } : {}) };
      expect(sourceTarget(match({ source, quoteStart: 0, quoteEnd: 4 })).kind).toBe('viewer');
    }
  });
});
