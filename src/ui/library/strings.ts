/**
 * Every word the library page shows, in one place (to move into `_locales` later).
 */
export const STRINGS = {
  pageTitle: 'ClaimLens library',
  heading: 'Your library',
  intro: 'Every source ClaimLens compares pages with: the seed documents, documents you imported, and the claims you saved.',
  searchLabel: 'Search the library',
  searchPlaceholder: 'Search titles, text, sites, notes and tags',
  filtersHeading: 'Filters',
  kindLegend: 'Kind',
  siteLegend: 'Site',
  verdictLegend: 'Verdict (saved claims)',
  tagLegend: 'Tags',
  savedLegend: 'Saved between',
  publishedLegend: 'Published between',
  from: 'From',
  to: 'To',
  clearFilters: 'Clear filters',
  kinds: { saved: 'Saved claims', import: 'Imported documents', seed: 'Seed documents' },
  kindOne: { saved: 'Saved claim', import: 'Imported document', seed: 'Seed document' },
  pending: 'Checking…',
  pendingSymbol: '…',
  loading: 'Loading your library…',
  showing: (shown: number, matched: number, total: number) =>
    shown < matched
      ? `Showing ${fmt(shown)} of ${fmt(matched)} matches (${fmt(total)} in all)`
      : matched === total
        ? `${fmt(total)} ${total === 1 ? 'item' : 'items'}`
        : `${fmt(matched)} of ${fmt(total)} match`,
  showMore: 'Show more',
  nothingFound: 'Nothing matches. Try other words or clear the filters.',
  listLabel: 'Sources and saved claims',
  from_: 'From',
  savedOn: (when: string) => `Saved ${when}`,
  editedOn: (when: string) => `edited ${when}`,
  publishedOn: (when: string) => `published ${when}`,
  openOriginal: 'Open the original page',
  openDocument: 'Open the document',
  relationsHeading: 'What your other sources say',
  relationsLoading: 'Comparing with your other sources…',
  relationsNone: 'None of your other sources says anything about this claim.',
  relationsFailed: (why: string) => `Could not compare this claim: ${why}`,
  editHeading: 'Edit',
  textLabel: 'Claim text',
  noteLabel: 'Note',
  save: 'Save changes',
  saved: 'Saved.',
  tagsHeading: 'Tags',
  addTagLabel: 'Add a tag',
  addTag: 'Add tag',
  removeTag: (tag: string) => `Remove tag ${tag}`,
  deleteClaim: 'Delete claim',
  deleted: 'Deleted',
  undo: 'Undo',
  restored: 'Restored.',
  noTags: 'No tags yet.',
  failed: (why: string) => `That did not work: ${why}`,
  unreachable: 'ClaimLens’s background did not answer. Reload this page and try again.',
  actionsLabel: 'Library actions',
} as const;

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}
