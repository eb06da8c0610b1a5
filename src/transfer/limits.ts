/**
 * Bounds on what an import may hold. A file is read whole into memory, validated, then written in one
 * transaction: these keep that work a few seconds at most and make a hostile or mistaken file fail fast.
 */

/** Largest import file, in characters of its text (UTF-16 code units; about 20 MB of ASCII). */
export const MAX_IMPORT_CHARS = 20_000_000;

/** Most items (sources or annotations) one import may hold. */
export const MAX_IMPORT_ITEMS = 10_000;

/** Most invalid items a preview lists one by one; the rest are only counted. */
export const MAX_LISTED_PROBLEMS = 50;

/** The reader's note, tags and an edited claim: the bounds the library's editor keeps. */
export const MAX_NOTE_CHARS = 5_000;
export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 50;
