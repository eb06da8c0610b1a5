/**
 * Splits a stored text into paragraphs and cuts out the quoted range, keeping character offsets exact so
 * `start`/`end` from the engine (offsets into the source's text) mark exactly the quoted sentence. Pure.
 */

export interface Segment {
  text: string;
  /** True for the part inside the quoted range. */
  marked: boolean;
}

export interface Paragraph {
  /** Offset of the paragraph's first character in the whole text. */
  start: number;
  segments: Segment[];
}

export interface CharRange {
  start: number;
  end: number;
}

/**
 * A usable range inside a text of `length` characters, or `undefined` when either end is missing, not a
 * whole number, negative, past the end, or the range is empty.
 */
export function validRange(length: number, start: number | undefined, end: number | undefined): CharRange | undefined {
  if (start === undefined || end === undefined) return undefined;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  if (start < 0 || end > length || start >= end) return undefined;
  return { start, end };
}

/**
 * One paragraph per non-blank line of `text` (seed texts put one paragraph on a line). A `mark` range is cut
 * into each paragraph it touches; it may span several. Lines of only whitespace are dropped.
 */
export function paragraphsWithMark(text: string, mark?: CharRange): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    if (!line.trim()) continue;
    const start = m.index;
    paragraphs.push({ start, segments: cut(line, start, mark) });
  }
  return paragraphs;
}

function cut(line: string, lineStart: number, mark: CharRange | undefined): Segment[] {
  const lineEnd = lineStart + line.length;
  if (!mark || mark.end <= lineStart || mark.start >= lineEnd) return [{ text: line, marked: false }];
  const from = Math.max(mark.start, lineStart) - lineStart;
  const to = Math.min(mark.end, lineEnd) - lineStart;
  const parts: Segment[] = [
    { text: line.slice(0, from), marked: false },
    { text: line.slice(from, to), marked: true },
    { text: line.slice(to), marked: false },
  ];
  return parts.filter((p) => p.text.length > 0);
}
