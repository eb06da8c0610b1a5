import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/engine/sentences';

describe('splitSentences', () => {
  it('does not split after abbreviations', () => {
    const text = 'Budanov said in an interview published on Jan. 23. The U.S. expects fighting. Lt. Gen. Kyrylo Budanov spoke.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Budanov said in an interview published on Jan. 23.',
      'The U.S. expects fighting.',
      'Lt. Gen. Kyrylo Budanov spoke.',
    ]);
  });

  it('splits on paragraph breaks even without a full stop', () => {
    const text = 'News Feed\n\nNorth Korea to send artillery units, Budanov says\nPyongyang is also expected to send missiles.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'News Feed',
      'North Korea to send artillery units, Budanov says',
      'Pyongyang is also expected to send missiles.',
    ]);
  });

  it('does not split after a run of initials', () => {
    expect(splitSentences('J.J. Abrams will direct the film. George R.R. Martin finished the book.').map((s) => s.text)).toEqual([
      'J.J. Abrams will direct the film.',
      'George R.R. Martin finished the book.',
    ]);
  });

  it('keeps a headline\'s short question with its answer', () => {
    expect(splitSentences('Macaulay Culkin Dead? Another Death Hoax Circulates On Facebook').length).toBe(1);
    expect(splitSentences('Did North Korea send more troops to Kursk this winter? Officials say it did.').length).toBe(2);
  });

  it('keeps a question with the short answer that follows it', () => {
    expect(splitSentences('Did Banksy post this tribute to the victims? Probably not').length).toBe(1);
    expect(splitSentences('McDonald\'s to stop serving overweight customers? Nope, the story is fake').length).toBe(1);
    expect(splitSentences('Batmobile stolen in Detroit? Good one, joker').length).toBe(1);
    expect(splitSentences('That story about the priest who met God? It\'s almost definitely fake').length).toBe(1);
    expect(splitSentences('Is the giant crab photo real? That is what experts doubt.').length).toBe(1);
    expect(splitSentences('Why did the talks fail? Both sides blamed the other for the collapse.').length).toBe(2);
  });

  it('still splits after "U.S." when a new sentence clearly starts', () => {
    expect(splitSentences('He lives in the U.S. The next day he left.').length).toBe(2);
  });

  it('gives offsets into the original text', () => {
    const text = '  First one here.  Second one, on Nov. 4, here.\nThird.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
