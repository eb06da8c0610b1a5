import { describe, expect, it } from 'vitest';
import { AnalysedText, paragraphsOf } from '../../../src/page/analysed-text';

const article = (...paras: string[]) => paras.join('\n\n');

describe('the analysed text of a growing page', () => {
  it('hands out only new paragraphs, at offsets that hold in the whole text', () => {
    const text = new AnalysedText(article('Headline', 'First paragraph.', 'Second paragraph.'));
    const grown = text.compare(article('Headline', 'First paragraph.', 'Second paragraph.', 'Third paragraph.', 'Fourth one.'));
    expect(grown).toEqual({ fresh: ['Third paragraph.', 'Fourth one.'], kept: 1 });
    const piece = text.append(grown.fresh)!;
    expect(piece.text).toBe('Third paragraph.\n\nFourth one.');
    expect(text.text.slice(piece.offset, piece.offset + piece.text.length)).toBe(piece.text);
    expect(text.compare(article('Headline', 'First paragraph.', 'Second paragraph.', 'Third paragraph.', 'Fourth one.')).fresh).toEqual([]);
  });

  it('finds a paragraph inserted in the middle, and one whose text was edited', () => {
    const text = new AnalysedText(article('One.', 'Two.', 'Three.'));
    expect(text.compare(article('One.', 'Inserted.', 'Two.', 'Three, edited.')).fresh).toEqual(['Inserted.', 'Three, edited.']);
  });

  it('tells how much of what was analysed is still in the article', () => {
    const text = new AnalysedText(article('One.', 'Two.', 'Three.', 'Four.'));
    expect(text.compare(article('One.', 'Two.', 'Three.', 'Four.', 'Five.')).kept).toBe(1);
    expect(text.compare(article('Another story.', 'Four.')).kept).toBe(0.25);
    expect(new AnalysedText('').compare('Anything.').kept).toBe(1);
  });

  it('never lets the whole text grow past its budget', () => {
    const text = new AnalysedText('x'.repeat(60), 100);
    expect(text.remaining).toBe(38);
    const piece = text.append(['y'.repeat(30), 'z'.repeat(30)])!;
    expect(piece.text).toBe(`${'y'.repeat(30)}\n\n${'z'.repeat(6)}`);
    expect(text.text.length).toBe(100);
    expect(text.append(['more'])).toBeNull();
    // The paragraph cut short was not taken as analysed: it is still new, there is just no room for it.
    expect(text.compare(`${'y'.repeat(30)}\n\n${'z'.repeat(30)}`).fresh).toEqual(['z'.repeat(30)]);
  });

  it('cuts the first text like the background cuts it', () => {
    const text = new AnalysedText('a'.repeat(150), 100);
    expect(text.text).toHaveLength(100);
    expect(text.remaining).toBe(0);
  });

  it('splits an extracted article into its paragraphs', () => {
    expect(paragraphsOf('A.\n\n\n\nB.\n\n  \n\nC.')).toEqual(['A.', 'B.', 'C.']);
  });
});
