// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { DataRequest, PreviewReply } from '../../../src/messaging/data';
import { renderExport } from '../../../src/ui/options/data-export';
import { renderPreview } from '../../../src/ui/options/data-import';
import type { SendMessage } from '../../../src/ui/options/data-request';
import { renderReset } from '../../../src/ui/options/data-reset';

const settle = () => new Promise((r) => setTimeout(r, 0));
function fakeSend(reply: (m: DataRequest) => unknown) {
  const sent: DataRequest[] = [];
  const send: SendMessage = async (m) => (sent.push(m), reply(m));
  return { sent, send };
}
const click = (root: HTMLElement, selector: string) => root.querySelector<HTMLButtonElement>(selector)!.click();

const preview: PreviewReply = {
  format: 'hypothesis', total: 3, fresh: 2, freshByKind: { seed: 0, saved: 2, import: 0 }, duplicates: 0, invalidCount: 1,
  invalid: [{ item: 2, field: 'target', reason: 'has no quoted text' }],
};

describe('the data section', () => {
  it('exports the ticked kinds and downloads the file; with none ticked it asks for one', async () => {
    const { sent, send } = fakeSend(() => ({ ok: true, data: { filename: 'claimlens-2025-03-01.json', json: '{}', count: 2, leftOut: 0 } }));
    const download = vi.fn();
    const root = renderExport(send, download);
    document.body.append(root);
    root.querySelector<HTMLInputElement>('input[value="seed"]')!.checked = false;
    click(root, '.export-json');
    await settle();
    expect(sent).toEqual([{ type: 'data/export', format: 'claimlens', kinds: ['saved', 'import'] }]);
    expect(download).toHaveBeenCalledWith('claimlens-2025-03-01.json', '{}', 'application/json');
    expect(root.querySelector('.export-status')?.textContent).toBe('Exported 2 sources to claimlens-2025-03-01.json.');
    for (const box of root.querySelectorAll<HTMLInputElement>('input[name="export-kind"]')) box.checked = false;
    click(root, '.export-annotations');
    await settle();
    expect(sent).toHaveLength(1);
    expect(root.querySelector('.export-status')?.textContent).toMatch(/Choose at least one/);
  });

  it('lists invalid items and keeps Import off until the reader chooses to skip them', async () => {
    const apply = vi.fn(async () => ({ ok: true as const, data: { added: 2, duplicates: 0, skipped: 1 } }));
    const applied = vi.fn();
    const root = renderPreview(preview, apply, applied);
    document.body.append(root);
    expect(root.querySelector('.preview-title')?.textContent).toBe('Hypothesis export: 3 items');
    expect(root.querySelector('.problems')?.textContent).toBe('Item 2, target: has no quoted text');
    const button = root.querySelector<HTMLButtonElement>('.import-apply')!;
    expect(button.disabled).toBe(true);
    const skip = root.querySelector<HTMLInputElement>('.skip-invalid')!;
    skip.click();
    expect(button.disabled).toBe(false);
    button.click();
    await settle();
    expect(apply).toHaveBeenCalledWith(true);
    expect(applied).toHaveBeenCalled();
    expect(root.querySelector('.import-status')?.textContent).toBe('Imported 2 items. 1 item was skipped.');
    expect(root.querySelector('.import-apply')).toBeNull();
  });

  it('says why an import failed and that nothing changed, and lets the reader try again', async () => {
    const apply = vi.fn(async () => ({ ok: false as const, error: 'disk full' }));
    const root = renderPreview({ ...preview, invalidCount: 0, invalid: [] }, apply);
    click(root, '.import-apply');
    await settle();
    expect(root.querySelector('.import-status')?.textContent).toBe('disk full Nothing was changed.');
    expect(root.querySelector<HTMLButtonElement>('.import-apply')?.disabled).toBe(false);
  });

  it('resets only after confirmation, with the reader’s choice about saved claims', async () => {
    const { sent, send } = fakeSend(() => ({ ok: true, data: { removedImports: 1, removedSaved: 2, keptSaved: 0, seeds: 5 } }));
    const root = renderReset(send);
    document.body.append(root);
    click(root, '.reset-start');
    expect(root.querySelector<HTMLElement>('.confirm')?.hidden).toBe(false);
    click(root, '.reset-cancel');
    expect(root.querySelector<HTMLElement>('.confirm')?.hidden).toBe(true);
    expect(sent).toEqual([]);
    root.querySelector<HTMLInputElement>('input[value="drop"]')!.checked = true;
    click(root, '.reset-start');
    expect(root.querySelector('.confirm-text')?.textContent).toMatch(/every saved claim/);
    click(root, '.reset-confirm');
    await settle();
    expect(sent).toEqual([{ type: 'data/reset', keepSaved: false }]);
    expect(root.querySelector('.reset-status')?.textContent).toBe('Done: 5 original sources restored, 1 imported document deleted, 2 saved claims deleted.');
  });

  it('shows the background’s reason without its message prefix', async () => {
    const { send } = fakeSend(() => ({ ok: false, error: 'data/reset failed: quota exceeded' }));
    const root = renderReset(send);
    click(root, '.reset-start');
    click(root, '.reset-confirm');
    await settle();
    expect(root.querySelector('.reset-status')?.textContent).toBe('quota exceeded');
  });
});

describe('the data section with nothing to do', () => {
  it('downloads no empty file', async () => {
    const { send } = fakeSend(() => ({ ok: true, data: { filename: 'claimlens-annotations-2025-03-01.jsonld', json: '{}', count: 0, leftOut: 5 } }));
    const download = vi.fn();
    const root = renderExport(send, download);
    click(root, '.export-annotations');
    await settle();
    expect(download).not.toHaveBeenCalled();
    expect(root.querySelector('.export-status')?.textContent).toBe('There are no saved claims to export as Web Annotations.');
  });

  it('says a file holds nothing importable, rather than that the store has it', () => {
    const root = renderPreview({ ...preview, fresh: 0, freshByKind: { seed: 0, saved: 0, import: 0 }, total: 1 }, vi.fn());
    expect(root.querySelector('.import-status')?.textContent).toBe('Nothing to import: no item in this file can be imported.');
    expect(root.querySelector('.import-apply')).toBeNull();
  });
});
