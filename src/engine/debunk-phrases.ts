/**
 * Phrases that debunk a story without a denial word of their own ("kills the rumour", "claims completely crazy",
 * "despite death rumours"), and the open choice that asks without debunking ("Real or hoax?"). Read by `stance`
 * alongside the word lists of `vocab`; general to news headlines and prose.
 */

// Words that end the object of a verb ("kills three as rumours spread"): conjunctions, prepositions, counts.
const NOT_IN_OBJECT = String.raw`(?:as|and|but|while|after|amid|among|with|in|on|at|to|for|of|from|by|over|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|scores?)`;
// Putting an end to a rumour or a story debunks it: "kills stolen Batmobile rumor", "makes fun of the rumours",
// "squashes speculation". Only words between verb and noun, and only those nouns: "kills 10, reports say" is no denial.
const RUMOUR_ENDED = String.raw`\b(?:kills?|killed|killing|squash(?:es|ed|ing)?|scotch(?:es|ed|ing)?|mock(?:s|ed|ing)?|mak(?:es?|ing) fun of|(?:shuts?|shutting|slaps?|slapped|swats?|swatted) down|puts? (?:an )?end to|pours? cold water on|dismiss(?:es|ed|ing)?)\s+(?:(?!${NOT_IN_OBJECT}\b)[\p{L}'-]+\s+){0,3}?(?:rumou?rs?|speculation|gossip)\b`;
// Calling a story absurd ("selfie claims completely crazy") and going on despite a rumour ("makes it to film night
// despite death rumours") debunk it too. An absurd adjective before the noun only colours it ("6 crazy rumors").
const ACCOUNT = String.raw`(?:claims?|rumou?rs?|reports?|allegations?|stor(?:y|ies))`;
const CALLED_ABSURD = String.raw`\b${ACCOUNT}\s+(?:(?:are|is|as)\s+)?(?:(?:completely|totally|utterly|absolutely|just|simply)\s+)?(?:crazy|ridiculous|absurd|laughable|preposterous|outlandish)\b`;
const DESPITE_RUMOUR = String.raw`\bdespite\s+(?:(?:the|his|her|their|its|all|recent)\s+)?(?:[\p{L}'-]+\s+)?(?:rumou?rs|speculation)\b`;

// Asking whether someone made it up doubts the story: "Did Boston.com make up this story…?", "Did he stage his viral
// video?". What is made up must be a story, and what is staged his or hers: "Did the team stage a comeback?" and
// "Did he make up his mind?" doubt nothing.
const ASKED_IF_FAKED = String.raw`\b(?:did|was|were|is)\s+(?:[\p{L}.'-]+\s+){1,4}?(?:ma(?:k|d)e\s+(?:it\s+(?:all\s+)?up|up\s+(?:(?:the|this|that|his|her|their|a|an)\s+)?(?:[\p{L}'-]+\s+)?${ACCOUNT})|fabricate|fake|faked|doctor|photoshop|stage\s+(?:his|her|their|its))\b[^?]*\?`;

/** The phrases above as one alternation (for a regex with the "iu" flags). */
export const DEBUNK_PHRASES = `${RUMOUR_ENDED}|${CALLED_ABSURD}|${DESPITE_RUMOUR}|${ASKED_IF_FAKED}`;

/**
 * What every one of the phrases holds (a rumour or speculation, an absurd word, a question mark): a sentence
 * without any cannot match them, and most sentences are ruled out with this one cheap scan.
 */
export const DEBUNK_CUE = /rumou?r|speculation|gossip|crazy|ridiculous|absurd|laughable|preposterous|outlandish|\?/i;

// Both answers left open: "Real or hoax?", "Fact or fiction?", "Hoax or not?". The sentence asks; it debunks nothing.
const GENUINE = String.raw`(?:real|true|fact|legit|genuine|authentic|truth)`;
const FALSE_ONES = String.raw`(?:hoax|fake|fiction|false|myth|scam|prank|photoshopped|doctored|fabricated|bogus|lie)`;
/** A choice left open between a story being genuine and false, stripped before a denial is read. */
export const OPEN_CHOICE = new RegExp(String.raw`\b(?:${GENUINE}\s+or\s+(?:an?\s+)?${FALSE_ONES}|${FALSE_ONES}\s+or\s+(?:${GENUINE}|not))\b`, 'gi');
/** A cheap test before OPEN_CHOICE: most sentences have no "or". */
export const OR_WORD = /\bor\b/i;
