import { describe, expect, it } from 'vitest';
import { hedgeCues, stanceOf } from '../../../src/engine/stance';

describe('stanceOf: negation scope', () => {
  it.each([
    // Uncertainty, contrast and purpose clauses do not deny the main statement.
    ['Nun who had no idea she was pregnant gives birth in hospital', { negated: false }],
    ['Texas plumber isn\'t sure how his truck ended up in Syria', { negated: false }],
    ['Tesla will build its factory in Nevada, not Texas', { negated: false }],
    ['President adopts boy so he won\'t turn into a werewolf', { negated: false }],
    // A compound opened by "no" names a thing.
    ['How the no-arrest policy could make things worse', { negated: false }],
    ['Parliament holds a no-confidence vote on the minister', { negated: false }],
    ['Police made no arrests', { negated: true }],
    // Both ways left open deny nothing.
    ['Apple may or may not hold an event on the 24th of February', { negated: false, denial: false, hedged: true }],
    ['CEO refuses to confirm or deny report that Apple is buying Path', { negated: false, denial: false }],
    ['White House won\'t say if the family was threatened', { negated: false }],
    ['Woman with three breasts denies surgery hoax claims', { negated: false, denial: false }],
    ['Police will issue tickets, not arrests, for small amounts of marijuana', { negated: false }],
    // A negated denial affirms.
    ['Woman insists her third breast is not a hoax', { denial: false, negated: false }],
    ['Three-breasted woman: they\'re not fake', { denial: false, negated: false }],
    // Plain negation still negates, "never" included.
    ['There was never a panel on domestic violence planned', { negated: true }],
    ['North Korea has not sent troops to Russia', { negated: true }],
    ['Pope Francis did NOT say our pets are going to heaven', { negated: true }],
  ] as const)('%s', (s, want) => {
    expect(stanceOf(s)).toMatchObject(want);
  });
});

describe('stanceOf: questions', () => {
  it.each([
    ['Teen wakes up during brain surgery, asks doctors How\'s it going?', false],
    ['Is this Crabzilla? Giant crab spotted off British coast', true],
    ['Could the gold Apple Watch cost 5,000?', true],
    ['Reporters wondered whether the launch would slip?', false],
    ['Apple Watch will ship in March', false],
  ] as const)('%s', (s, question) => {
    expect(stanceOf(s).question).toBe(question);
  });
});

describe('stanceOf: debunking', () => {
  it.each([
    'Scientists cast doubt on claims that a meteorite made the crater',
    'NASA raises doubts about reports of a meteorite',
    'Publicist calls the contract story rubbish',
    'Someone trolled Twitter into thinking the rapper joined ISIS',
    'Viral video of homeless man was faked, witness says',
    'Woman who claimed a third breast exposed as hoaxer',
    'The kidney-theft story is an urban legend',
    'Minister says he was misquoted and the deal never happened',
    'Network walks back its report on the pilot\'s family',
    'If only a bird really did poop on Putin',
    'Five viral hoaxes about the royal baby',
    'Singer rebuts the story of her secret wedding',
    'Director kills the casting rumour with one photo',
    'Studio makes fun of the sequel rumors in a new trailer',
    'Club squashes speculation about the coach',
    'Surgeon calls the selfie claims completely crazy',
    'Actor, 88, makes it to the premiere despite death rumours',
    'Did the paper make up this story about the professor?',
    'Did the YouTuber stage his viral video about the homeless man?',
  ])('%s', (s) => {
    expect(stanceOf(s).denial).toBe(true);
  });

  it('does not take doubt-free wording as a denial', () => {
    expect(stanceOf('Scientists confirm a meteorite made the crater').denial).toBe(false);
    expect(stanceOf('There is no doubt the troops arrived').denial).toBe(false);
    // Ending a rumour, not a sentence that merely has a killing and a report in it.
    expect(stanceOf('Blast kills 10, reports say').denial).toBe(false);
    expect(stanceOf('Storm kills three as rumours of a second storm spread').denial).toBe(false);
    expect(stanceOf('Six crazy rumors about the next phone').denial).toBe(false);
    expect(stanceOf('Troops advanced despite heavy losses').denial).toBe(false);
    expect(stanceOf('Did the team stage a comeback in the second half?').denial).toBe(false);
    expect(stanceOf('Did the minister make up his mind on the budget?').denial).toBe(false);
  });

  it('takes a choice left open for a question, not a denial', () => {
    for (const s of ['Woman with three breasts: real or hoax?', 'Fact or fiction? The giant crab photo', 'Crab photo: hoax or not?']) {
      expect(stanceOf(s)).toMatchObject({ denial: false, negated: false, question: true });
    }
    // Asking whether it is one still doubts it, and an answer still debunks.
    expect(stanceOf('Is the crab photo a hoax?').denial).toBe(true);
    expect(stanceOf('Real or fake? Experts say the crab photo is fake').denial).toBe(true);
  });
});

describe('stanceOf: credited and relayed statements', () => {
  it.each([
    'Microsoft nears deal to buy Minecraft maker Mojang: WSJ',
    'Tesla settles on Nevada for gigafactory site -CNBC',
    'Islamic State flying three jets in Syria: monitor',
    'Congressman: At least 10 fighters caught trying to cross the border',
    'Iraqi official accuses ISIS of harvesting organs',
    'Big pipeline explosion reported in Saudi Arabia',
    'Masked gunman named by media as a former student',
    'Media outlets identify the masked gunman',
  ])('%s', (s) => {
    expect(stanceOf(s).reported).toBe(true);
  });

  it('does not take a headline\'s own label for a credit', () => {
    expect(stanceOf('Vogue rat infestation: disturbing new details').reported).toBe(false);
    expect(stanceOf('Steven Sotloff beheaded by Islamic State - latest').reported).toBe(false);
  });
});

describe('stanceOf: labels and beliefs', () => {
  it('does not take an alleged role for a hedge on what happened', () => {
    expect(stanceOf('Angry mob attacks alleged rapist in Rajasthan').hedged).toBe(false);
    expect(stanceOf('Michael Phelps reported girlfriend reveals she was born intersex').reported).toBe(false);
    expect(stanceOf('Jihadi John reported wounded in air strike').reported).toBe(true);
  });

  it('takes what people think or witnesses say as relayed', () => {
    expect(stanceOf('People on Twitter think Macklemore has joined ISIS').reported).toBe(true);
    expect(stanceOf('Lenovo tipped to make a bid for BlackBerry this week').reported).toBe(true);
  });
});

describe('stanceOf: doubt and unsettled deals', () => {
  it.each([
    ['Confusion surrounds capture of ISIS leader\'s wife', true],
    ['Questions raised over Nicaragua meteorite', true],
    ['Microsoft in serious discussions to purchase Minecraft maker Mojang', true],
    ['It is unclear how many troops crossed the border', true],
    ['Apple mulling a bid for Path', true],
    ['NHL expansion plans in the works', true],
    ['Lebanon detains wife and son of al-Baghdadi', false],
    ['Kurds fight ISIS in Kobani amid fears of chemical weapons', false],
    ['Patient shows symptoms after apparent contact with a victim', true],
    ['Memo reveals apparent ban on the name', true],
    ['It soon became apparent that the troops had arrived', false],
  ] as const)('%s', (s, hedged) => {
    expect(stanceOf(s).hedged).toBe(hedged);
  });
});

describe('stanceOf: deliberation in headlines, not in prose', () => {
  it.each([
    ['Apple eyes a bid for Path', true],
    ['Apple considering dedicated Apple Watch stores', true],
    ['Lenovo weighs an offer for BlackBerry', true],
    ['Transgender teen killed in apparent suicide', true],
    ['In the eyes of Kyiv, the offensive failed.', false],
    ['Considering the losses, the unit withdrew from Kursk.', false],
    ['The howitzer weighs about 45 tonnes.', false],
    ['It became apparent that the troops had arrived.', false],
  ] as const)('%s', (s, hedged) => {
    expect(stanceOf(s).hedged).toBe(hedged);
  });

  it('lists the hedging words a sentence uses', () => {
    expect(hedgeCues('Apple is considering a platinum Apple Watch, reportedly')).toEqual(['considering', 'reportedly']);
  });
});
