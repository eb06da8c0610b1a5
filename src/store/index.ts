/** The store's public surface: the background imports from here, never from dexie. */
export { ClaimLensDB, DB_NAME, type StoredSource } from './db';
export { ensureSeeded, type SeedReport } from './seed';
export { listSources, getSource, savedForUrl, saveClaim, toSourceDoc, toSourceView, type SaveClaimInput } from './sources-repo';
export { urlWithoutFragment, normalizeClaimText, savedClaimId } from './claim-id';
export { fingerprintOf, storeFingerprint, storedSeedVersion, readIndexSnapshot, writeIndexSnapshot, dropIndexSnapshot, type StoredIndexSnapshot } from './index-snapshot';
export { updateClaim, deleteClaim, restoreClaim, forgetDeleted, readLibraryItems, readLibraryItemsById, libraryKeys, cleanPatch, cleanTags, LibraryEditError, type ClaimPatch } from './library-repo';
export { queryLibrary, type LibraryResult, type VerdictLookup } from './library-query';
export { toLibraryItem, compareItems, fold, siteOf, type LibraryItem } from './library-rows';
