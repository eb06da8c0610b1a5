// @vitest-environment jsdom
/** The library's "Export these": the toolbar's two buttons export what the current filter shows. */
import { describe, expect, it, vi } from 'vitest';
import { addExportActions } from '../../../src/ui/library/export-these';
import { emptyFilter } from '../../../src/ui/library/view-state';

describe('Export these', () => {
  it('sends the current filter in the chosen format, downloads the file and says what it did', async () => {
    const filter = emptyFilter();
    filter.query = 'kursk';
    filter.kinds.add('saved');
    const actions = document.createElement('div');
    actions.hidden = true;
    const send = vi.fn(async () => ({ ok: true, data: { filename: 'claimlens-2025-03-01.json', json: '{}', count: 2, leftOut: 0 } }));
    const download = vi.fn();
    addExportActions({ filter: () => filter, actions }, send, download);

    expect(actions.hidden).toBe(false);
    const [json, annotations] = [...actions.querySelectorAll('button')];
    expect(json?.textContent).toBe('Export these (ClaimLens file)');
    expect(annotations?.textContent).toBe('Export these (Web Annotations)');

    json!.click();
    await vi.waitFor(() => expect(download).toHaveBeenCalledWith('claimlens-2025-03-01.json', '{}', 'application/json'));
    expect(send).toHaveBeenCalledWith({
      type: 'data/export',
      format: 'claimlens',
      filter: expect.objectContaining({ query: 'kursk', kinds: ['saved'] }),
    });
    expect(actions.querySelector('[role=status]')?.textContent).toMatch(/2/);
    expect(json!.disabled).toBe(false);
  });

  it('shows the background’s refusal instead of downloading', async () => {
    const actions = document.createElement('div');
    const download = vi.fn();
    addExportActions({ filter: emptyFilter, actions }, async () => ({ ok: false, error: 'The store could not be read.' }), download);
    actions.querySelectorAll('button')[1]!.click();
    await vi.waitFor(() => expect(actions.querySelector('[role=status]')?.textContent).toBe('The store could not be read.'));
    expect(download).not.toHaveBeenCalled();
  });
});
