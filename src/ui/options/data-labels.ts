/** Every word the "Your data" section shows, in one place (they move to `_locales` later). */
import type { ApplyReply, PreviewReply, ResetReply } from '../../messaging/data';

const n = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

export const labels = {
  exportHeading: 'Export',
  exportIntro: 'Save a copy of your sources and saved claims as a file.',
  exportKinds: 'What to export',
  kindSaved: 'Saved claims',
  kindImport: 'Imported documents',
  kindSeed: 'Original sources',
  exportJson: 'Export as a ClaimLens file',
  exportAnnotations: 'Export saved claims as Web Annotations',
  exportNoKind: 'Choose at least one kind of source to export.',
  exporting: 'Exporting…',
  nothingToExport: 'There is nothing of that kind to export yet.',
  noAnnotations: 'There are no saved claims to export as Web Annotations.',
  exported: (count: number, filename: string) => `Exported ${n(count, 'source', 'sources')} to ${filename}.`,
  exportedAnnotations: (count: number, filename: string, leftOut: number) =>
    `Exported ${n(count, 'saved claim', 'saved claims')} to ${filename}.` +
    (leftOut > 0 ? ` ${n(leftOut, 'source was', 'sources were')} left out: original sources and imported documents aren’t annotations on a page.` : ''),

  importHeading: 'Import',
  importIntro: 'Add sources and saved claims from a ClaimLens file, Web Annotations (also Hypothesis exports) or a set of documents.',
  chooseFile: 'Choose a file to import',
  tooBig: 'This file is too big to import (at most 20 MB).',
  reading: 'Reading the file…',
  unreadable: 'ClaimLens couldn’t read this file.',
  formats: {
    claimlens: 'ClaimLens file',
    'web-annotation': 'Web Annotations',
    hypothesis: 'Hypothesis export',
    documents: 'Set of documents',
  } satisfies Record<PreviewReply['format'], string>,
  previewTitle: (p: PreviewReply) => `${labels.formats[p.format]}: ${n(p.total, 'item', 'items')}`,
  fresh: (p: PreviewReply) => {
    const parts = [
      p.freshByKind.saved ? n(p.freshByKind.saved, 'saved claim', 'saved claims') : '',
      p.freshByKind.import ? n(p.freshByKind.import, 'document', 'documents') : '',
      p.freshByKind.seed ? n(p.freshByKind.seed, 'original source', 'original sources') : '',
    ].filter(Boolean);
    return `${p.fresh.toLocaleString('en-US')} new${parts.length ? ` (${parts.join(', ')})` : ''}`;
  },
  duplicates: (count: number) => `${count.toLocaleString('en-US')} already in your store`,
  invalid: (count: number) => `${count.toLocaleString('en-US')} can’t be imported:`,
  problem: (item: number, field: string, reason: string) => `Item ${item}${field ? `, ${field}` : ''}: ${reason}`,
  moreProblems: (count: number) => `…and ${n(count, 'more', 'more')}.`,
  skipInvalid: 'Import the others and skip the items that can’t be imported',
  apply: (count: number) => `Import ${count.toLocaleString('en-US')} new`,
  nothingNew: 'Nothing new to import: your store already has everything in this file.',
  nothingValid: 'Nothing to import: no item in this file can be imported.',
  importing: 'Importing…',
  imported: (r: ApplyReply) =>
    `Imported ${n(r.added, 'item', 'items')}.` +
    (r.duplicates ? ` ${n(r.duplicates, 'was', 'were')} already in your store.` : '') +
    (r.skipped ? ` ${n(r.skipped, 'item was', 'items were')} skipped.` : ''),
  importFailed: (reason: string) => `${reason} Nothing was changed.`,

  resetHeading: 'Reset',
  resetIntro: 'Go back to the original sources: imported documents are deleted and the original sources are restored.',
  savedChoice: 'Your saved claims',
  keepSaved: 'Keep my saved claims',
  dropSaved: 'Delete my saved claims too',
  resetStart: 'Reset to the original sources…',
  confirmKeep: 'Delete every imported document and restore the original sources? Your saved claims stay.',
  confirmDrop: 'Delete every imported document and every saved claim, and restore the original sources? This can’t be undone; export first if you may want them back.',
  resetConfirm: 'Reset now',
  cancel: 'Cancel',
  resetting: 'Resetting…',
  resetDone: (r: ResetReply) =>
    `Done: ${n(r.seeds, 'original source', 'original sources')} restored, ${n(r.removedImports, 'imported document', 'imported documents')} deleted` +
    (r.removedSaved ? `, ${n(r.removedSaved, 'saved claim', 'saved claims')} deleted.` : r.keptSaved ? `, ${n(r.keptSaved, 'saved claim', 'saved claims')} kept.` : '.'),

  unexpected: 'ClaimLens answered in an unexpected way. Try again.',
};
