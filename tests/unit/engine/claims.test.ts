import { describe, expect, it } from 'vitest';
import { notAClaimReason } from '../../../src/engine/claims';
import { factOf } from '../../../src/engine/facts';

const reason = (s: string) => notAClaimReason(factOf(s, 0, null));

describe('notAClaimReason', () => {
  it.each([
    'Pyongyang is also expected to send 150 short-range KN-23 ballistic missiles to Russia in 2025, in addition to the 148 already supplied in 2024, according to the spy chief.',
    'Only two North Korean soldiers are in Ukrainian captivity since Pyongyang deployed its troops in Kursk Oblast last fall.',
    'Nun gives birth to surprise baby',
    'NHL expansion to Las Vegas ahead? No, says Gary Bettman',
  ])('keeps a checkable statement: %s', (s) => {
    expect(reason(s)).toBeNull();
  });

  it.each([
    ['News Feed', 'too short'],
    ['2 min read', 'too short'],
    ['Subscribe to our newsletter for the latest news from Ukraine.', 'page furniture'],
    ['Read more about the war in our special section today', 'page furniture'],
    ["Kyrylo Budanov, Ukraine's military intelligence (HUR) chief, attends the forum in Kyiv, Ukraine, on Feb. 25, 2024. (Dmytro Larin/Global Images Ukraine via Getty Images)", 'caption'],
    ['Martin Fornusek is a news editor at the Kyiv Independent.', 'author bio'],
    ['He has previously worked as a news content editor at the media company Newsmatics.', 'author bio'],
    ['I think they have some problems with their army and their economy.', 'opinion'],
    ['Will North Korea send even more of its soldiers to fight for Russia in the coming months of this war?', 'question'],
    ['Did North Korea send more troops to Kursk? Officials gave a briefing', 'question'],
  ])('drops %j (%s)', (s, why) => {
    expect(reason(s)).toBe(why);
  });
});
