/**
 * ClaimLens's own export format: every stored field of every chosen source, versioned so a later
 * release can still read today's files (and an older one says plainly that it can't read a newer file).
 */
import * as z from 'zod/mini';
import { t } from '../i18n';
import type { StoredSource } from '../store/db';
import { fromTransferRecord, toTransferRecord, type ItemResult, type TransferSource } from './record';

export const CLAIMLENS_FORMAT = 'claimlens';
/** The format version this build writes and the newest it reads. */
export const CLAIMLENS_VERSION = 1;

/** A ClaimLens export file. */
export interface ClaimLensExport {
  format: typeof CLAIMLENS_FORMAT;
  version: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  sources: TransferSource[];
}

/** The export file for `sources`, made at `now` (ms since the epoch). */
export function buildClaimLensExport(sources: readonly StoredSource[], now: number): ClaimLensExport {
  return { format: CLAIMLENS_FORMAT, version: CLAIMLENS_VERSION, exportedAt: new Date(now).toISOString(), sources: sources.map(toTransferRecord) };
}

const Envelope = z.object({
  format: z.literal(CLAIMLENS_FORMAT),
  version: z.int().check(z.positive()),
  sources: z.array(z.unknown()),
});

/** Whether a parsed JSON value claims to be a ClaimLens export (valid or not). */
export function looksLikeClaimLens(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === CLAIMLENS_FORMAT;
}

/**
 * The items of a ClaimLens export, each validated on its own so one bad item is reported, not fatal.
 * @returns the items, or a sentence saying why the file as a whole can't be read.
 */
export function readClaimLensItems(value: unknown): { items: unknown[] } | { error: string } {
  const parsed = Envelope.safeParse(value);
  if (!parsed.success) return { error: t('importDamaged') };
  if (parsed.data.version > CLAIMLENS_VERSION) {
    return { error: t('importNewerVersion', parsed.data.version, CLAIMLENS_VERSION) };
  }
  return { items: parsed.data.sources };
}

/** Reads one item of a ClaimLens export (`item` counts from 1). */
export const claimLensItem: (raw: unknown, item: number) => ItemResult = fromTransferRecord;
