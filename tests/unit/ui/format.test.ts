import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatSavedAt, sourceByline } from '../../../src/ui/shared/format';

describe('formatPartialDate', () => {
  it.each([
    ['2025', '2025'],
    ['2025-01', 'Jan 2025'],
    ['2024-12', 'Dec 2024'],
    ['2025-01-23', '23 Jan 2025'],
    ['2024-10-05', '5 Oct 2024'],
  ])('%s -> %s', (input, expected) => expect(formatPartialDate(input)).toBe(expected));

  it.each([undefined, '', '25', '2025-13', '2025-00', '2025-01-32', '2025-01-00', '2025/01/02', 'Jan 2025', '2025-01-02T10:00'])(
    'leaves out %s',
    (input) => expect(formatPartialDate(input)).toBeUndefined(),
  );
});

describe('sourceByline', () => {
  it('joins publisher and date', () => expect(sourceByline({ publisher: 'Kyiv Independent', published: '2025-01' })).toBe('Kyiv Independent · Jan 2025'));
  it('shows what is known', () => {
    expect(sourceByline({ publisher: 'Kyiv Independent' })).toBe('Kyiv Independent');
    expect(sourceByline({ published: '2025-08' })).toBe('Aug 2025');
    expect(sourceByline({})).toBe('');
    expect(sourceByline({ publisher: '  ', published: 'bad' })).toBe('');
  });
});

describe('formatSavedAt', () => {
  it('formats milliseconds in UTC', () => expect(formatSavedAt(Date.UTC(2025, 0, 23, 23, 59))).toBe('23 Jan 2025'));
  it.each([undefined, NaN, -1, Infinity])('leaves out %s', (ms) => expect(formatSavedAt(ms)).toBeUndefined());
});
