import { describe, expect, it } from 'vitest';
import { notAClaimReason } from '../../../src/engine/claims';
import { factOf } from '../../../src/engine/facts';

const reason = (s: string) => notAClaimReason(factOf(s, 0, null));

describe('the engine understands what is not a claim', () => {
  it.each<[string, string]>([
    ['Home | World | Politics | Business | Sport | Weather', 'page furniture'],
    ['News • Elections • Climate • Health • Opinion', 'page furniture'],
    ['Jane Smith, Reuters | Updated 14:32 GMT, 12 March 2024', 'page furniture'],
    ['Published March 12, 2024 at 2:32 p.m. ET', 'page furniture'],
    ['By Jane Smith and Tom Brown, Reuters', 'byline'],
    ['By Amina Yusuf | Lagos', 'byline'],
    ['(Reporting by Jane Smith; Editing by Tom Brown)', 'byline'],
    ['Editing by Alex Richardson and Mark Heinrich', 'byline'],
    ['Rescue workers search the rubble in Antakya, Turkey, on Feb. 7, 2023. Photo: Reuters/Umit Bektas', 'caption'],
    ['Firefighters battle the blaze near Athens on Tuesday. (AP Photo/Thanassis Stavrakis)', 'caption'],
    ['Jane Smith covers European politics for Reuters and is based in Brussels.', 'author bio'],
    ['Tom Brown is a senior correspondent who has reported from more than 40 countries.', 'author bio'],
    ['Get our free daily briefing delivered straight to your inbox every morning.', 'page furniture'],
    ['Become a member today and support independent journalism from just $5 a month.', 'page furniture'],
    ['Support our journalism: donate today to keep our reporting free for everyone.', 'page furniture'],
    ['Sign up to receive breaking news alerts on the floods in Pakistan.', 'page furniture'],
    ['Share on Facebook Share on Twitter Share via Email', 'page furniture'],
    ['This article was originally published by The Conversation under a Creative Commons license.', 'page furniture'],
    ['Listen to this article 5 min', 'page furniture'],
    ['We think the government should cut taxes on fuel before winter.', 'opinion'],
    ['In our view, the central bank was right to raise rates again.', 'opinion'],
    ['It is time for Europe to stand up to Moscow once and for all.', 'opinion'],
    ['How many North Korean troops are really fighting in Kursk right now?', 'question'],
    ['Will turnout in Poland beat the record of 1989?', 'question'],
    // A choice left open asks; it takes no stance on the story.
    ['Woman with three breasts: real or hoax?', 'question'],
  ])('%s -> %s', (s, why) => {
    expect(reason(s)).toBe(why);
  });

  it.each([
    "Turnout in Poland's parliamentary election was 74 percent, the electoral commission said.",
    'The earthquake killed more than 50,000 people in Turkey and Syria in February 2023.',
    'By December, Russia had deployed 12,000 North Korean troops to Kursk.',
    "By Russia's own count, 600 Ukrainian soldiers were captured in Kursk.",
    'By Monday, the death toll in Turkey had risen to 80.',
    'Critics say the plan would cost taxpayers $4 billion over ten years.',
    'Greece evacuated 19,000 people on Tuesday as the wildfire spread.',
    // A question that calls a story a hoax takes a stance on it.
    'Is the viral video of the homeless man a hoax?',
    'Was the three-breasted woman all a hoax?',
  ])('keeps a checkable statement: %s', (s) => {
    expect(reason(s)).toBeNull();
  });
});
