import { describe, expect, it } from 'vitest';
import { parseViewerParams } from '../../../src/ui/viewer/params';
import { viewerPath } from '../../../src/ui/popup/target';

describe('parseViewerParams', () => {
  it('reads what viewerPath writes', () => {
    const search = `?${viewerPath('seed:000_84ea4ea735d0cdc4', 120, 260).split('?')[1]}`;
    expect(parseViewerParams(search)).toEqual({ ok: true, params: { id: 'seed:000_84ea4ea735d0cdc4', start: 120, end: 260 } });
  });

  it('keeps the id and drops bad offsets', () => {
    expect(parseViewerParams('?id=a&start=-3&end=x')).toEqual({ ok: true, params: { id: 'a' } });
    expect(parseViewerParams('?id=a&start=&end=')).toEqual({ ok: true, params: { id: 'a' } });
  });

  it('refuses a missing or oversized id with a message', () => {
    expect(parseViewerParams('?start=1&end=2')).toEqual({ ok: false, error: 'No source was given to show.' });
    const long = parseViewerParams(`?id=${'x'.repeat(501)}`);
    expect(long.ok).toBe(false);
  });
});
