import { describe, expect, it } from 'vitest';
import { compareFacts } from '../../../src/engine/compare';
import { factOf } from '../../../src/engine/facts';
import { negatedClauses } from '../../../src/engine/stance';
import { vouches } from '../../../src/engine/stance-pair';
import { explain } from '../../../src/engine/explain';

/** The relation of a page sentence to a saved one-sentence claim (idf 1 for every term). */
function onSaved(page: string, saved: string): string {
  return compareFacts(factOf(page, 0, null), factOf(saved, 0, null), () => 1, { standalone: true })?.relation ?? 'none';
}

describe('negatedClauses', () => {
  it('keeps a negation within its own clause', () => {
    expect(negatedClauses('Girlfriend was born male but did not tell the swimmer')).toEqual(['did not tell the swimmer']);
    expect(negatedClauses('ESPN planned a panel that didn\'t include any women')).toEqual(['didn\'t include any women']);
    expect(negatedClauses('Tesla will build its factory in Nevada, not Texas')).toEqual([]);
    expect(negatedClauses('Teen left a note saying she would never be happy')).toEqual(['she would never be happy']);
  });

  it('reads only the answer of a question', () => {
    expect(negatedClauses('Won\'t somebody think of the children?')).toEqual([]);
    expect(negatedClauses('Did Banksy post this tribute? Probably not')).toEqual(['Probably not']);
  });
});

describe('stance on a saved statement', () => {
  it('refutes only with a negation about what the statement says', () => {
    const saved = 'Taylor Chandler was born intersex';
    expect(onSaved('Taylor Chandler was born male but did not tell the swimmer', saved)).not.toBe('conflicts');
    expect(onSaved('Taylor Chandler was not born intersex', saved)).toBe('conflicts');
  });

  it('reads a negation in a relative clause of the statement as part of what it states', () => {
    const saved = 'ESPN planned a domestic violence panel that did not include any women';
    expect(onSaved('No, ESPN is not having a domestic violence panel tonight', saved)).toBe('conflicts');
    expect(onSaved('ESPN planned a domestic violence panel without any women', saved)).not.toBe('conflicts');
  });

  it('takes a bare "No," as an answer to the whole statement', () => {
    const saved = 'A planetary alignment on January 4 will cause partial weightlessness on earth';
    expect(onSaved('No, a planetary alignment on January 4 won\'t cause weightlessness', saved)).toBe('conflicts');
  });

  it('hears a bare "No" in a page sentence that shares little wording, but no other negation', () => {
    const saved = 'Artist Banksy drew a cartoon about the Charlie Hebdo murders';
    expect(onSaved('No, that broken pencil illustration shared widely online after the Paris attack isn\'t by Banksy', saved)).toBe('conflicts');
    expect(onSaved('That broken pencil illustration shared widely online after the Paris attack isn\'t by Banksy', saved)).toBe('none');
    expect(onSaved('Did Banksy post that pencil illustration shared widely online after the Paris attack? Probably not', saved)).toBe('conflicts');
  });

  it('refutes with the answer to a question, not with the question', () => {
    const saved = 'The Batmobile was stolen from a Detroit film set';
    expect(onSaved('Batmobile stolen from Detroit film set? Probably not', saved)).toBe('conflicts');
    expect(onSaved('Batmobile stolen from Detroit film set? Police investigate', saved)).not.toBe('conflicts');
  });

  it('takes relaying what the statement itself relays as support, and other relaying as a report', () => {
    const saved = 'A Catholic priest who was declared clinically dead says he met God and she is a woman';
    expect(onSaved('Catholic priest declared clinically dead claims he met God and she is a woman', saved)).toBe('corroborates');
    const plain = 'A Catholic priest met God and she is a woman';
    expect(onSaved('Catholic priest claims he met God and she is a woman', plain)).toBe('related');
  });

  it('takes the media relaying a statement as a report, unless the statement is itself the media\'s', () => {
    expect(onSaved('Masked gunman named by media as former student Tom Smith', 'The masked gunman is former student Tom Smith')).toBe('related');
    expect(onSaved('State media says the leader underwent ankle surgery', 'State media says the leader underwent ankle surgery last month')).toBe('corroborates');
  });

  it('does not read a negation inside what someone is said to have said as a denial of the statement', () => {
    const saved = 'Transgender teenager Leelah Alcorn committed suicide and left a note on her Tumblr';
    expect(onSaved('Transgender teenager Leelah Alcorn committed suicide, left a note on Tumblr saying she would never be happy', saved)).toBe('corroborates');
  });

  it('hears no vouching in a confirmation withheld', () => {
    expect(vouches('Apple confirms it is buying Path')).toBe(true);
    expect(vouches('Path CEO refuses to confirm report that Apple is buying Path')).toBe(false);
    expect(vouches('The report could not be independently confirmed')).toBe(false);
  });

  it('takes no stance from names or kinds of things alone', () => {
    expect(onSaved('More North Korean soldiers are heading to Russia', 'North Korea plans to open a restaurant in Scotland')).toBe('related');
    expect(onSaved('However, this support is not provided freely', 'The Apple Watch will ship in March')).not.toMatch(/conflicts|corroborates/);
    expect(onSaved('Pyongyang deployed soldiers to Russia', 'North Korea sent troops to Russia')).toBe('corroborates');
    expect(onSaved('Pyongyang did not deploy soldiers to Russia', 'North Korea sent troops to Russia')).toBe('conflicts');
  });

  it('takes a vouching answer to a question as support', () => {
    const saved = 'Lego sent a letter to parents in the 1970s about gender equality';
    expect(onSaved('That Lego letter to parents from the 1970s about gender equality? It\'s real', saved)).toBe('corroborates');
    expect(onSaved('That Lego letter to parents from the 1970s about gender equality?', saved)).toBe('related');
  });

  it('sets aside a hedge the statement itself carries', () => {
    const saved = 'A cat that was believed dead dug itself out of its grave';
    expect(onSaved('Buried cat, believed dead, dug itself out of its grave', saved)).toBe('corroborates');
    expect(onSaved('Buried cat believed dead after car crash', 'A cat dug itself out of its grave after a car crash')).not.toBe('corroborates');
  });

  it('reads probability and deliberation as hedges', () => {
    const saved = 'The larger Apple Watch Edition will cost 10,000 dollars';
    expect(onSaved('The larger Apple Watch Edition will probably cost 10,000 dollars', saved)).toBe('related');
    expect(onSaved('Saudi airline considering separating passengers by gender', 'Saudi airline will separate passengers by gender')).not.toBe('corroborates');
  });

  it('takes no stance from words any statement may use, beside names and kinds', () => {
    const saved = 'A video shows a North Korean tourist in Paris';
    expect(onSaved('Video footage shows North Korean artillery in Kursk', saved)).toBe('related');
    expect(onSaved('The visit came at a time of tension with North Korea', 'A North Korean diplomat came out as gay')).not.toBe('corroborates');
    // A word of the statement's own still supports it.
    expect(onSaved('Video shows North Korean tourist sightseeing in Paris', saved)).toBe('corroborates');
  });

  it('reads a plain answer after a question about something else as asserted', () => {
    const saved = 'The magazine offices are infested with rats';
    expect(onSaved('Whose fault? The magazine offices are infested with rats, staff say', saved)).toBe('related');
    expect(onSaved('Whose fault? Magazine offices infested with rats after the move', saved)).toBe('corroborates');
    // An answer that leaves out what is shared, or only hedges, still leaves the question open.
    expect(onSaved('Magazine offices infested? Staff reportedly complain of rats', saved)).toBe('related');
  });

  it('lets a possibility in a clause of its own about something else leave the statement asserted', () => {
    const saved = 'The phone battery lasts a day';
    expect(onSaved('Phone battery lasts about a day, but may improve before the launch', saved)).toBe('corroborates');
    // The possibility bears on what is shared, or covers the whole sentence: only a report.
    expect(onSaved('Phone battery lasts a day, but battery may improve', saved)).toBe('related');
    expect(onSaved('Phone battery may last a day', saved)).toBe('related');
    // A report or a source still covers the whole sentence.
    expect(onSaved('Phone battery lasts a day, but may improve, sources say', saved)).toBe('related');
  });

  it('refutes with a contrary state, not with a manner of speaking', () => {
    expect(onSaved('Kurdish fighter Rehana is alive and fighting in Kobane', 'Kurdish fighter Rehana was killed by ISIS in Kobane')).toBe('conflicts');
    expect(onSaved('Canadian woman feared kidnapped by ISIS says she is safe', 'Canadian woman kidnapped by ISIS')).toBe('conflicts');
    expect(onSaved('Zombie cat claws its way out of its grave after being buried alive', 'A cat believed dead dug itself out of its grave')).not.toBe('conflicts');
  });

  it('explains a refutation as the page denying the saved statement', () => {
    const [c, s] = [factOf('Kurdish fighter Rehana is alive and fighting in Kobane', 0, null), factOf('Kurdish fighter Rehana was killed in Kobane', 0, null)];
    const cmp = compareFacts(c, s, () => 1, { standalone: true });
    const doc = { id: 'saved:1', title: 'Rehana was killed', text: s.text, kind: 'saved' as const, file: null };
    expect(cmp && explain(c, s, doc, cmp)).toBe('this page denies what Rehana was killed states');
  });

  it('does not take calling something else fake for a denial of the statement', () => {
    const saved = 'A wife and child of the ISIS leader were detained in Lebanon';
    expect(onSaved('Lebanon detained the wife and child of the ISIS leader, caught with fake passports', saved)).toBe('corroborates');
    expect(onSaved('Story of the ISIS leader\'s wife and child detained in Lebanon is fake', saved)).toBe('conflicts');
    expect(onSaved('Fake story: wife and child of the ISIS leader detained in Lebanon', saved)).toBe('conflicts');
  });
});
