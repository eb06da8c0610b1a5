import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/engine/text';
import { termsOf } from '../../../src/engine/terms';

describe('stem', () => {
  it('brings the inflections of one word together', () => {
    for (const forms of [['sell', 'sells', 'selling'], ['delete', 'deletes', 'deleted', 'deleting'], ['eat', 'eats', 'eating'], ['survive', 'survives', 'survived'], ['agree', 'agreed', 'agrees'], ['stop', 'stopped', 'stops']]) {
      expect(new Set(forms.map(stem)).size, forms.join('/')).toBe(1);
    }
  });

  it('takes irregular past forms to their verb, but not those that are words of their own', () => {
    expect(stem('caught')).toBe(stem('catches'));
    expect(stem('stolen')).toBe(stem('steal'));
    expect(stem('gave')).toBe(stem('gives'));
    expect(stem('wore')).toBe(stem('wearing'));
    // "broke" (no money), "won" (a currency), "found" (a company) stay apart.
    expect(stem('broke')).not.toBe(stem('break'));
    expect(stem('won')).not.toBe(stem('win'));
    expect(stem('found')).not.toBe(stem('find'));
  });

  it('strips a suffix only when a word with a vowel is left', () => {
    expect(stem('bring')).not.toBe(stem('brew'));
    expect(stem('thing')).toBe('thing');
    expect(stem('string')).not.toBe(stem('strong'));
    expect(stem('need')).not.toBe(stem('new'));
  });

  it('keeps a final double l, s or z that belongs to the word', () => {
    expect(stem('killed')).toBe(stem('kill'));
    expect(stem('called')).not.toBe(stem('calm'));
    expect(stem('passed')).toBe(stem('pass'));
  });
});

describe('terms', () => {
  it('lets a headline and a statement meet across inflections', () => {
    const shared = (a: string, b: string) => termsOf(a).all.filter((t) => termsOf(b).all.includes(t));
    expect(shared('Update bug deleted the files of thousands of users', 'The update deletes user files')).toEqual(expect.arrayContaining([stem('deletes'), stem('files')]));
    expect(shared('Bakery is selling bread again', 'The bakery sells bread')).toEqual(expect.arrayContaining([stem('sells')]));
  });

  it('reads killing, murder, execution and beheading as one kind of event', () => {
    const ev = (s: string) => termsOf(s).all.filter((t) => t.startsWith('ev:'));
    expect(ev('Militants behead a hostage')).toEqual(ev('Militants execute a hostage'));
    expect(ev('Outrage after the murder of a journalist')).toEqual(ev('Gunmen kill a journalist'));
    expect(ev('Militants behead a hostage')).not.toEqual(ev('Militants capture a hostage'));
  });
});
