/**
 * Vocabularies as data: what a figure can count (unit nouns and their classes), and the words that mark
 * hedging and denial. General to news reporting, not to any one article.
 */

/**
 * Unit classes. `parent` makes a class a part of a larger one (killed is part of casualties), so a
 * figure for a part is `related` to a figure for the whole rather than in conflict with it.
 */
export interface UnitClass {
  id: string;
  /** Short reader-facing label, used in explanations ("troops", "howitzers"). */
  label: string;
  parent?: string;
}

export const UNIT_CLASSES: readonly UnitClass[] = [
  { id: 'personnel', label: 'troops' },
  { id: 'engineers', label: 'military engineers', parent: 'personnel' },
  { id: 'casualties', label: 'casualties' },
  { id: 'killed', label: 'killed', parent: 'casualties' },
  { id: 'wounded', label: 'wounded', parent: 'casualties' },
  { id: 'captured', label: 'captured' },
  { id: 'civilians', label: 'people' },
  { id: 'medics', label: 'medical workers' },
  { id: 'rescuers', label: 'rescue workers' },
  { id: 'police', label: 'police officers' },
  { id: 'artillery', label: 'artillery pieces' },
  { id: 'rocket-launchers', label: 'rocket launchers' },
  { id: 'missiles', label: 'missiles' },
  { id: 'drones', label: 'drones' },
  { id: 'shells', label: 'shells' },
  { id: 'vehicles', label: 'vehicles' },
  { id: 'aircraft', label: 'aircraft' },
  { id: 'ships', label: 'ships' },
  { id: 'money', label: 'money' },
  { id: 'percent', label: 'per cent' },
  { id: 'votes', label: 'votes' },
  { id: 'jobs', label: 'jobs' },
];

/**
 * Head nouns (singular or plural, lower case) to unit class. A prototype-free object, so "constructor" or
 * "toString" after a figure is no unit. Multi-word entries are matched before
 * single words, so "rocket launchers" wins over "rocket".
 */
export const UNIT_NOUNS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  troop: 'personnel', troops: 'personnel', soldier: 'personnel', soldiers: 'personnel', serviceman: 'personnel',
  servicemen: 'personnel', personnel: 'personnel', forces: 'personnel', fighters: 'personnel', fighter: 'personnel',
  mercenaries: 'personnel', recruits: 'personnel', conscripts: 'personnel', reservists: 'personnel',
  infantrymen: 'personnel', marines: 'personnel', paratroopers: 'personnel', officers: 'personnel', men: 'personnel',
  'military personnel': 'personnel',
  engineers: 'engineers', 'military engineers': 'engineers', sappers: 'engineers', deminers: 'engineers',
  'construction workers': 'engineers', 'military construction workers': 'engineers', builders: 'engineers',
  'military builders': 'engineers', 'army engineers': 'engineers',
  casualties: 'casualties', losses: 'casualties', 'killed or wounded': 'casualties', 'killed and wounded': 'casualties',
  'dead or wounded': 'casualties', 'dead and wounded': 'casualties', 'killed or injured': 'casualties',
  killed: 'killed', dead: 'killed', deaths: 'killed', fatalities: 'killed', died: 'killed', bodies: 'killed',
  wounded: 'wounded', injured: 'wounded', injuries: 'wounded',
  captured: 'captured', prisoners: 'captured', 'prisoners of war': 'captured', pows: 'captured', captives: 'captured',
  civilians: 'civilians', people: 'civilians', residents: 'civilians', refugees: 'civilians', children: 'civilians',
  doctors: 'medics', nurses: 'medics', medics: 'medics', paramedics: 'medics', 'medical workers': 'medics',
  'health workers': 'medics', 'healthcare workers': 'medics', 'medical staff': 'medics', 'medical personnel': 'medics',
  rescuers: 'rescuers', 'rescue workers': 'rescuers', firefighters: 'rescuers', 'emergency workers': 'rescuers',
  police: 'police', 'police officers': 'police', policemen: 'police',
  howitzers: 'artillery', howitzer: 'artillery', artillery: 'artillery', guns: 'artillery', cannons: 'artillery',
  'artillery pieces': 'artillery', 'artillery systems': 'artillery', 'artillery guns': 'artillery', mortars: 'artillery',
  'self-propelled guns': 'artillery', 'self-propelled howitzers': 'artillery',
  'rocket launchers': 'rocket-launchers', 'multiple rocket launchers': 'rocket-launchers', mlrs: 'rocket-launchers',
  'rocket systems': 'rocket-launchers', 'launch rocket systems': 'rocket-launchers', launchers: 'rocket-launchers',
  'multiple launch rocket systems': 'rocket-launchers', 'multiple-launch rocket systems': 'rocket-launchers',
  missiles: 'missiles', missile: 'missiles', 'ballistic missiles': 'missiles', 'cruise missiles': 'missiles',
  'missile systems': 'missiles', rockets: 'missiles',
  drones: 'drones', uavs: 'drones',
  shells: 'shells', 'artillery shells': 'shells', rounds: 'shells', containers: 'shells', munitions: 'shells',
  tanks: 'vehicles', vehicles: 'vehicles', 'armored vehicles': 'vehicles', 'armoured vehicles': 'vehicles',
  apcs: 'vehicles', 'pieces of equipment': 'vehicles',
  aircraft: 'aircraft', jets: 'aircraft', planes: 'aircraft', helicopters: 'aircraft',
  ships: 'ships', vessels: 'ships', warships: 'ships', submarines: 'ships',
  dollars: 'money', euros: 'money', pounds: 'money', won: 'money', rubles: 'money', roubles: 'money', yuan: 'money',
  yen: 'money',
  percent: 'percent', 'per cent': 'percent', pct: 'percent', 'percentage points': 'percent',
  votes: 'votes', seats: 'votes', jobs: 'jobs', workers: 'jobs',
});


/** Units that make a number a measurement rather than a count: never compared as counts. */
export const MEASURE_UNITS = new Set([
  'mm', 'millimeter', 'millimetre', 'cm', 'km', 'kilometers', 'kilometres', 'kilometer', 'kilometre', 'miles', 'mile',
  'meters', 'metres', 'meter', 'metre', 'feet', 'foot', 'ft', 'inch', 'inches', 'ton', 'tons', 'tonnes', 'tonne', 'kg',
  'kilograms', 'pounds-weight', 'caliber', 'calibre', 'degrees', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'days',
  'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'decades', 'times', 'km/h', 'mph', 'points', 'goals',
  'runs', 'laps', 'yards', 'celsius', 'fahrenheit', 'knots', 'storeys', 'stories', 'floors', 'pages', 'min', 'read',
]);

/**
 * Words that present a statement as unconfirmed: reported, not asserted. Report and source phrasing
 * ("officials say", "believed to") is matched by patterns in `stance`.
 */
export const HEDGES = [
  'reportedly', 'allegedly', 'claims', 'claimed', 'rumor', 'rumour', 'rumors', 'rumours', 'may', 'might', 'could',
  'possibly', 'possible', 'perhaps', 'unconfirmed', 'purportedly', 'apparently', 'suggests', 'appears', 'seems',
  'suspected', 'suspects', 'speculation', 'speculate', 'unverified', 'mulls', 'rumoured', 'rumored', 'could be',
  'probably', 'likely', 'supposedly', 'feared', 'presumed', 'believed dead', 'believed killed', 'in talks',
  'in discussions', 'in negotiations', 'purports', 'claiming', 'seemingly',
  // Doubt and deliberation as news puts them: the matter is open, not settled.
  'confusion', 'questions raised', 'questions over', 'questions remain', 'mystery surrounds', 'unclear', 'uncertain',
  'in advanced talks', 'in serious talks', 'in serious discussions', 'in early talks', 'close to a deal', 'nearing a deal',
  'poised to', 'exploring', 'mulling', 'contemplating', 'pondering', 'in the works', 'speculated', 'hearsay',
];

/** Words that vouch for a statement: it is confirmed, official, proven. */
export const CONFIRMS = [
  'confirms', 'confirmed', 'confirm', 'confirmation', "it's official", 'it is official', 'officially', 'proves', 'proven',
  "it's true", 'it is true', "it's real", 'it is real', "they're real", 'authentic', 'indeed',
  'admits', 'admitted',
];

/**
 * Words that deny, refute or debunk what they are attached to. Plain negation ("not", "never", "did
 * not") is not listed: it negates a statement without debunking it.
 */
export const DENIALS = [
  'denied', 'denies', 'deny', 'denying', 'false', 'fake', 'hoax', 'debunked', 'debunk', 'debunks', 'refuted',
  'refutes', 'refute', 'rejects', 'rejected', 'dismissed', 'dismisses', 'untrue', 'not true', 'no evidence',
  'fabricated', 'myth', 'satire', 'satirical', 'baseless', 'misleading', 'bogus', 'phony', 'scam', 'photoshopped',
  'doctored', 'prank', 'spoof', 'parody', 'nonsense', 'fooled', 'fools', 'duped', 'dupes', 'dupe', 'retracts',
  'retracted', 'retraction', 'wrongly', 'inaccurate', 'falsely', 'groundless', 'unfounded', 'exaggerated',
  'erroneous', 'rebuffs', 'rebuffed', 'made up', 'made it all up', 'put to rest', 'busted', 'dispels', 'dispelled',
  'quashes', 'quashed', 'shoots down', 'shot down', 'no truth', 'pants on fire', 'nope', 'misinformation',
  'disinformation', 'fabrication', 'not real', "isn't real", 'rubbish', 'bullshit', 'cast doubt', 'casts doubt',
  'casting doubt', 'raises doubts', 'doubts about', 'doubt that', 'doubt whether', 'questions whether', 'too good to check',
  'trolled', 'faked', 'exposed as', 'record straight', 'hoaxer', 'hoaxed', 'debunking', 'doubts cast', 'doubt cast',
  'shoot down', 'laughs off', 'proven false',
  'urban legend', 'fake news', 'no proof', 'never happened',
  // The plurals and other forms of the above: "Five hoaxes about…", "myths busted", "rebuts the story".
  'photoshop', 'photoshops', 'photoshopping', 'hoaxes', 'fakes', 'fakery', 'myths', 'scams', 'pranks', 'spoofs', 'parodies', 'fabrications', 'falsehood', 'falsehoods',
  'rebut', 'rebuts', 'rebutted', 'refuting', 'disproves', 'disproved', 'disproven', 'discredited', 'debunkers', 'squashes', 'squashed',
  'did not happen', "didn't happen", 'misreported', 'misquoted', 'erroneously', 'incorrectly', 'walks back',
  'walked back', 'backtracks', 'backtracked', 'not what it seems', "isn't what it seems", 'concocted', 'april fools',
  // A wish that it were so says it is not: "If only a bird really did poop on Putin".
  'if only',
];

/**
 * States that cannot hold together of the same person or thing: a page saying the first of a pair
 * refutes a statement of the second ("Rehana is alive" vs "Rehana was killed").
 */
export const CONTRARIES: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['alive', 'still alive', 'alive and well'], ['dead', 'died', 'dies', 'killed', 'death', 'beheaded', 'executed', 'murdered']],
  [['safe', 'unharmed', 'safe and sound', 'is fine', "she's fine", "he's fine", 'actually fine', 'safe and secure'],
    ['captured', 'kidnapped', 'abducted', 'stolen', 'taken hostage', 'missing', 'held hostage']],
];

const PARENT = new Map(UNIT_CLASSES.filter((c) => c.parent).map((c) => [c.id, c.parent as string]));

/** Parent class of a unit class ("killed" -> "casualties"), or undefined. */
export function parentOf(unit: string): string | undefined {
  return PARENT.get(unit);
}

/** Label for a unit class id. */
export function unitLabel(unit: string | null): string {
  return UNIT_CLASSES.find((c) => c.id === unit)?.label ?? '';
}
