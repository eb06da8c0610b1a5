/** Small readers for JSON of unknown shape (other tools' files): each returns undefined rather than guess. */

export type Json = Record<string, unknown>;

/** The value as an object (not an array), or undefined. */
export function obj(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

/** The value as a non-empty string, or undefined. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/** JSON-LD lets one value stand for a list of one: always a list. */
export function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** A `type` (string or list of strings) that includes `name`. */
export function hasType(v: unknown, name: string): boolean {
  return list(obj(v)?.type).includes(name);
}

/** An ISO date-time as ms since the epoch, or undefined when it isn't one. */
export function time(v: unknown): number | undefined {
  const s = str(v);
  const ms = s === undefined ? NaN : Date.parse(s);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}
