/**
 * The article text a session has sent for analysis so far, paragraph by paragraph. When the page grows,
 * only paragraphs not sent before go out, as one more piece appended to this text, so claim offsets of
 * every piece stay valid in the whole. The whole never exceeds the background's limit. Pure.
 */
import { MAX_ARTICLE_CHARS } from '../messaging/schemas';

/** Paragraphs of an extracted article are separated by a blank line (see `blockText` in extract.ts). */
export const PARAGRAPH_BREAK = '\n\n';

/** A piece of new text and where it starts in the whole analysed text. */
export interface Increment {
  text: string;
  offset: number;
}

/** How a fresh extraction of the article relates to what was analysed. */
export interface Comparison {
  /** Paragraphs not analysed yet, in page order. */
  fresh: string[];
  /** Share (0–1) of the analysed paragraphs the fresh extraction still has; low when the article was swapped. */
  kept: number;
}

export class AnalysedText {
  private seen = new Set<string>();
  private paragraphs: string[] = [];
  private whole = '';

  /** `first` is the article as first extracted; it is cut to `budget` characters like the background cuts it. */
  constructor(
    first: string,
    private readonly budget = MAX_ARTICLE_CHARS,
  ) {
    this.whole = first.slice(0, budget);
    this.record(paragraphsOf(this.whole));
  }

  /** Everything analysed so far, pieces joined by {@link PARAGRAPH_BREAK}. */
  get text(): string {
    return this.whole;
  }

  /** Characters that may still be analysed on this page. */
  get remaining(): number {
    return Math.max(0, this.budget - this.whole.length - PARAGRAPH_BREAK.length);
  }

  compare(current: string): Comparison {
    const now = paragraphsOf(current);
    const present = new Set(now);
    const kept = this.paragraphs.length ? this.paragraphs.filter((p) => present.has(p)).length / this.paragraphs.length : 1;
    return { fresh: now.filter((p) => !this.seen.has(p)), kept };
  }

  /**
   * Appends `paragraphs` (cut to the remaining budget) and returns the piece to analyse, or null when
   * nothing fits any more. A paragraph cut short is not remembered as analysed.
   */
  append(paragraphs: readonly string[]): Increment | null {
    const room = this.remaining;
    const joined = paragraphs.join(PARAGRAPH_BREAK).slice(0, room);
    if (!joined.trim()) return null;
    const offset = this.whole ? this.whole.length + PARAGRAPH_BREAK.length : 0;
    this.whole = this.whole ? this.whole + PARAGRAPH_BREAK + joined : joined;
    this.record(paragraphsOf(joined).filter((p) => paragraphs.includes(p)));
    return { text: joined, offset };
  }

  /**
   * Takes the paragraphs of `text` as seen without analysing them: the live article element also holds what
   * Readability left out (share buttons, captions), which is no new text when the page grows.
   */
  acknowledge(text: string): void {
    for (const p of paragraphsOf(text)) this.seen.add(p);
  }

  private record(paragraphs: readonly string[]): void {
    for (const p of paragraphs) {
      if (this.seen.has(p)) continue;
      this.seen.add(p);
      this.paragraphs.push(p);
    }
  }
}

/** The non-empty paragraphs of an extracted article text. */
export function paragraphsOf(text: string): string[] {
  return text.split(PARAGRAPH_BREAK).map((p) => p.trim()).filter(Boolean);
}
