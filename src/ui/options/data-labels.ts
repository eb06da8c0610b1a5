/**
 * Every word the "Your data" section shows, in one place. The words live in `_locales` (see src/i18n); they are
 * looked up when read, never at import time (WXT imports entry files in Node while building).
 */
import { plural, t, type MessageKey } from '../../i18n';
import { wordTable } from '../../i18n/table';
import type { ApplyReply, PreviewReply, ResetReply } from '../../messaging/data';

const FORMAT_KEYS = {
  claimlens: 'optionsFormatClaimlens',
  'web-annotation': 'optionsFormatWebAnnotation',
  hypothesis: 'optionsFormatHypothesis',
  documents: 'optionsFormatDocuments',
} as const satisfies Record<PreviewReply['format'], MessageKey>;

const savedClaims = (n: number) => plural(n, 'optionsFreshSavedOne', 'optionsFreshSavedOther');
const originalSources = (n: number) => plural(n, 'optionsFreshSeedOne', 'optionsFreshSeedOther');

/** The section's plain words, by name; each read looks the word up again. */
const words = wordTable({
  exportHeading: 'optionsExportHeading',
  exportIntro: 'optionsExportIntro',
  exportKinds: 'optionsExportKinds',
  kindSaved: 'optionsKindSaved',
  kindImport: 'optionsKindImport',
  kindSeed: 'optionsKindSeed',
  exportJson: 'optionsExportJson',
  exportAnnotations: 'optionsExportAnnotations',
  exportNoKind: 'optionsExportNoKind',
  exporting: 'optionsExporting',
  nothingToExport: 'optionsNothingToExport',
  noAnnotations: 'optionsNoAnnotations',
  importHeading: 'optionsImportHeading',
  importIntro: 'optionsImportIntro',
  chooseFile: 'optionsChooseFile',
  reading: 'optionsReading',
  unreadable: 'optionsUnreadable',
  skipInvalid: 'optionsSkipInvalid',
  nothingNew: 'optionsNothingNew',
  nothingValid: 'optionsNothingValid',
  importing: 'optionsImporting',
  resetHeading: 'optionsResetHeading',
  resetIntro: 'optionsResetIntro',
  savedChoice: 'optionsSavedChoice',
  keepSaved: 'optionsKeepSaved',
  dropSaved: 'optionsDropSaved',
  resetStart: 'optionsResetStart',
  confirmKeep: 'optionsConfirmKeep',
  confirmDrop: 'optionsConfirmDrop',
  resetConfirm: 'optionsResetConfirm',
  cancel: 'optionsCancel',
  resetting: 'optionsResetting',
  unexpected: 'optionsUnexpected',
});

const sentences = {
  tooBig: (megabytes: number) => t('importTooBig', megabytes),
  format: (format: PreviewReply['format']) => t(FORMAT_KEYS[format]),
  exported: (count: number, filename: string) => plural(count, 'optionsExportedOne', 'optionsExportedOther', filename),
  exportedAnnotations: (count: number, filename: string, leftOut: number) => {
    const done = plural(count, 'optionsExportedAnnotationsOne', 'optionsExportedAnnotationsOther', filename);
    return leftOut > 0 ? `${done} ${plural(leftOut, 'optionsLeftOutOne', 'optionsLeftOutOther')}` : done;
  },
  previewTitle: (p: PreviewReply) => plural(p.total, 'optionsPreviewTitleOne', 'optionsPreviewTitleOther', t(FORMAT_KEYS[p.format])),
  fresh: (p: PreviewReply) => {
    const parts = [
      p.freshByKind.saved ? savedClaims(p.freshByKind.saved) : '',
      p.freshByKind.import ? plural(p.freshByKind.import, 'optionsFreshImportOne', 'optionsFreshImportOther') : '',
      p.freshByKind.seed ? originalSources(p.freshByKind.seed) : '',
    ].filter(Boolean);
    const count = p.fresh.toLocaleString();
    return parts.length ? t('optionsFreshByKind', count, parts.join(', ')) : t('optionsFresh', count);
  },
  duplicates: (count: number) => t('optionsDuplicates', count.toLocaleString()),
  invalid: (count: number) => t('optionsInvalid', count.toLocaleString()),
  problem: (item: number, field: string, reason: string) =>
    field ? t('optionsProblemField', item, field, reason) : t('optionsProblem', item, reason),
  moreProblems: (count: number) => t('optionsMoreProblems', count.toLocaleString()),
  apply: (count: number) => t('optionsApply', count.toLocaleString()),
  imported: (r: ApplyReply) =>
    [
      plural(r.added, 'optionsImportedOne', 'optionsImportedOther'),
      r.duplicates ? plural(r.duplicates, 'optionsImportedDuplicatesOne', 'optionsImportedDuplicatesOther') : '',
      r.skipped ? plural(r.skipped, 'optionsImportedSkippedOne', 'optionsImportedSkippedOther') : '',
    ]
      .filter(Boolean)
      .join(' '),
  importFailed: (reason: string) => t('optionsImportFailed', reason),
  noAnswer: (reason: string) => t('optionsNoAnswer', reason),
  resetDone: (r: ResetReply) => {
    const seeds = originalSources(r.seeds);
    const imports = plural(r.removedImports, 'optionsCountImportOne', 'optionsCountImportOther');
    if (r.removedSaved) return t('optionsResetDoneDropped', seeds, imports, savedClaims(r.removedSaved));
    if (r.keptSaved) return t('optionsResetDoneKept', seeds, imports, savedClaims(r.keptSaved));
    return t('optionsResetDone', seeds, imports);
  },
};

/** The section's words: plain ones as properties, the ones with numbers or names as functions. */
export const labels = Object.assign(words, sentences);
