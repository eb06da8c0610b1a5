/**
 * Every word the library page shows, in one place. The words live in `_locales` (see src/i18n) and are looked up
 * when read, never at import time.
 */
import { plural, t } from '../../i18n';
import { wordTable as words } from '../../i18n/table';

const fmt = (n: number) => n.toLocaleString();

// Object.assign onto the word table keeps its getters (a spread would read every word at import time).
export const STRINGS = Object.assign(
  words({
    pageTitle: 'libraryTitle',
    heading: 'libraryHeading',
    intro: 'libraryIntro',
    searchLabel: 'librarySearchLabel',
    searchPlaceholder: 'librarySearchPlaceholder',
    filtersHeading: 'libraryFiltersHeading',
    kindLegend: 'libraryKindLegend',
    siteLegend: 'librarySiteLegend',
    verdictLegend: 'libraryVerdictLegend',
    tagLegend: 'libraryTagLegend',
    savedLegend: 'librarySavedLegend',
    publishedLegend: 'libraryPublishedLegend',
    from: 'libraryFrom',
    to: 'libraryTo',
    clearFilters: 'libraryClearFilters',
    pending: 'libraryPending',
    loading: 'libraryLoading',
    showMore: 'libraryShowMore',
    nothingFound: 'libraryNothingFound',
    listLabel: 'libraryListLabel',
    openOriginal: 'libraryOpenOriginal',
    openDocument: 'libraryOpenDocument',
    relationsHeading: 'libraryRelationsHeading',
    relationsLoading: 'libraryRelationsLoading',
    relationsNone: 'libraryRelationsNone',
    editHeading: 'libraryEditHeading',
    textLabel: 'libraryTextLabel',
    noteLabel: 'libraryNoteLabel',
    save: 'librarySave',
    saved: 'librarySaved',
    tagsHeading: 'libraryTagsHeading',
    addTagLabel: 'libraryAddTagLabel',
    addTag: 'libraryAddTag',
    deleteClaim: 'libraryDeleteClaim',
    undo: 'libraryUndo',
    restored: 'libraryRestored',
    noTags: 'libraryNoTags',
    unreachable: 'libraryUnreachable',
    badReply: 'libraryBadReply',
    actionsLabel: 'libraryActionsLabel',
  }),
  {
    kinds: words({ saved: 'libraryKindsSaved', import: 'libraryKindsImport', seed: 'libraryKindsSeed' }),
    kindOne: words({ saved: 'libraryKindSaved', import: 'libraryKindImport', seed: 'libraryKindSeed' }),
    facts: words({ from: 'libraryFactFrom', site: 'libraryFactSite', published: 'libraryFactPublished', saved: 'libraryFactSaved', edited: 'libraryFactEdited' }),
    pendingSymbol: '…',
    pendingCount: (n: number) => t('libraryPendingCount', fmt(n)),
    showing: (shown: number, matched: number, total: number) => {
      if (shown < matched) return matched === total ? t('libraryShowingAll', fmt(shown), fmt(total)) : t('libraryShowingMatches', fmt(shown), fmt(matched), fmt(total));
      return matched === total ? plural(total, 'libraryItemsOne', 'libraryItemsOther') : t('libraryMatched', fmt(matched), fmt(total));
    },
    savedOn: (when: string) => t('librarySavedOn', when),
    savedEditedOn: (saved: string, edited: string) => t('librarySavedEditedOn', saved, edited),
    publishedOn: (when: string) => t('libraryPublishedOn', when),
    time: (date: string, time: string) => t('libraryTime', date, time),
    relationsFailed: (why: string) => t('libraryRelationsFailed', why),
    removeTag: (tag: string) => t('libraryRemoveTag', tag),
    failed: (why: string) => t('libraryFailed', why),
    tagTooLong: (max: number) => t('libraryTagTooLong', max),
    undoLabel: (what: string) => t('libraryUndoLabel', what),
    deletedWhat: (what: string) => t('libraryDeleted', what),
  },
);
