/**
 * Places of world news as data: countries and well-known regions and cities, each with the place it
 * lies in, so a figure for a region can be told apart from one for its country. Extend by adding rows;
 * names are lower case, hyphens written as spaces are matched too ("north eastern" = "north-eastern").
 */

export interface PlaceEntry {
  /** Canonical key, lower case ("kursk", "eastern russia"). */
  key: string;
  /** Reader-facing name ("Kursk", "eastern Russia"). */
  label: string;
  /** Key of the place this one lies in; none for a country. */
  parent?: string;
  /** Other names and spellings (lower case); the key is a name too. */
  names?: readonly string[];
  /** Adjectives that name the place only before a land noun ("Russian territory", "Ukrainian soil"). */
  demonyms?: readonly string[];
  /** The seat of government: "sent troops to Moscow" means to the state, so "to" reads it as its country. */
  seat?: boolean;
}

export const PLACES: readonly PlaceEntry[] = [
  // Countries.
  { key: 'russia', label: 'Russia', names: ['russian federation'], demonyms: ['russian'] },
  { key: 'ukraine', label: 'Ukraine', names: ['the ukraine'], demonyms: ['ukrainian'] },
  { key: 'north korea', label: 'North Korea', names: ['dprk', "democratic people's republic of korea"], demonyms: ['north korean'] },
  { key: 'south korea', label: 'South Korea', names: ['republic of korea'], demonyms: ['south korean'] },
  { key: 'belarus', label: 'Belarus', demonyms: ['belarusian'] },
  { key: 'china', label: 'China', demonyms: ['chinese'] },
  { key: 'taiwan', label: 'Taiwan', demonyms: ['taiwanese'] },
  { key: 'japan', label: 'Japan', demonyms: ['japanese'] },
  { key: 'india', label: 'India', demonyms: ['indian'] },
  { key: 'pakistan', label: 'Pakistan', demonyms: ['pakistani'] },
  { key: 'iran', label: 'Iran', demonyms: ['iranian'] },
  { key: 'iraq', label: 'Iraq', demonyms: ['iraqi'] },
  { key: 'syria', label: 'Syria', demonyms: ['syrian'] },
  { key: 'lebanon', label: 'Lebanon', demonyms: ['lebanese'] },
  { key: 'israel', label: 'Israel', demonyms: ['israeli'] },
  { key: 'yemen', label: 'Yemen', demonyms: ['yemeni'] },
  { key: 'turkey', label: 'Turkey', names: ['turkiye'], demonyms: ['turkish'] },
  { key: 'poland', label: 'Poland', demonyms: ['polish'] },
  { key: 'germany', label: 'Germany', demonyms: ['german'] },
  { key: 'france', label: 'France', demonyms: ['french'] },
  { key: 'united kingdom', label: 'the UK', names: ['uk', 'u.k.', 'britain', 'great britain'], demonyms: ['british'] },
  { key: 'united states', label: 'the US', names: ['u.s.', 'usa', 'u.s.a.', 'united states of america', 'america'], demonyms: ['american'] },
  { key: 'sudan', label: 'Sudan', demonyms: ['sudanese'] },
  ...countries([
    ['Italy', 'italian'], ['Spain', 'spanish'], ['Portugal', 'portuguese'], ['Greece', 'greek'], ['Netherlands', 'dutch'],
    ['Belgium', 'belgian'], ['Austria', 'austrian'], ['Switzerland', 'swiss'], ['Sweden', 'swedish'], ['Norway', 'norwegian'],
    ['Finland', 'finnish'], ['Denmark', 'danish'], ['Ireland', 'irish'], ['Hungary', 'hungarian'], ['Romania', 'romanian'],
    ['Bulgaria', 'bulgarian'], ['Serbia', 'serbian'], ['Czech Republic', 'czech'], ['Slovakia', 'slovak'], ['Moldova', 'moldovan'],
    ['Lithuania', 'lithuanian'], ['Latvia', 'latvian'], ['Estonia', 'estonian'], ['Canada', 'canadian'], ['Mexico', 'mexican'],
    ['Brazil', 'brazilian'], ['Argentina', 'argentine'], ['Chile', 'chilean'], ['Colombia', 'colombian'], ['Venezuela', 'venezuelan'],
    ['Peru', 'peruvian'], ['Cuba', 'cuban'], ['Haiti', 'haitian'], ['Australia', 'australian'], ['New Zealand', 'new zealander'],
    ['Indonesia', 'indonesian'], ['Philippines', 'philippine'], ['Vietnam', 'vietnamese'], ['Thailand', 'thai'], ['Malaysia', 'malaysian'],
    ['Myanmar', 'burmese'], ['Bangladesh', 'bangladeshi'], ['Nepal', 'nepalese'], ['Sri Lanka', 'sri lankan'], ['Afghanistan', 'afghan'],
    ['Kazakhstan', 'kazakh'], ['Mongolia', 'mongolian'], ['Saudi Arabia', 'saudi'], ['Egypt', 'egyptian'], ['Libya', 'libyan'],
    ['Tunisia', 'tunisian'], ['Algeria', 'algerian'], ['Morocco', 'moroccan'], ['Nigeria', 'nigerian'], ['Ethiopia', 'ethiopian'],
    ['Somalia', 'somali'], ['Kenya', 'kenyan'], ['South Africa', 'south african'], ['Ghana', 'ghanaian'], ['Mali', 'malian'],
    ['Qatar', 'qatari'], ['Kuwait', 'kuwaiti'], ['Armenia', 'armenian'], ['Azerbaijan', 'azerbaijani'], ['Palestine', 'palestinian'],
    ['Nicaragua', 'nicaraguan'], ['Guatemala', 'guatemalan'], ['Honduras', 'honduran'], ['El Salvador', 'salvadoran'],
    ['Costa Rica', 'costa rican'], ['Panama', 'panamanian'], ['Ecuador', 'ecuadorian'], ['Bolivia', 'bolivian'],
    ['Uruguay', 'uruguayan'], ['Paraguay', 'paraguayan'], ['Jamaica', 'jamaican'], ['Iceland', 'icelandic'], ['Croatia', 'croatian'],
    ['Slovenia', 'slovenian'], ['Albania', 'albanian'], ['Cyprus', 'cypriot'], ['Malta', 'maltese'], ['Singapore', 'singaporean'],
    ['Cambodia', 'cambodian'], ['Laos', 'laotian'], ['Uzbekistan', 'uzbek'], ['Zimbabwe', 'zimbabwean'], ['Uganda', 'ugandan'],
    ['Tanzania', 'tanzanian'], ['Rwanda', 'rwandan'], ['Bahrain', 'bahraini'],
  ]),
  { key: 'bosnia', label: 'Bosnia', names: ['bosnia and herzegovina', 'bosnia-herzegovina', 'bih'], demonyms: ['bosnian'] },
  { key: 'united arab emirates', label: 'the UAE', names: ['uae', 'u.a.e.', 'emirates'], demonyms: ['emirati'] },
  // The UK's nations lie in it ("English" also names a language: not a demonym here).
  { key: 'scotland', label: 'Scotland', parent: 'united kingdom', demonyms: ['scottish'] },
  { key: 'wales', label: 'Wales', parent: 'united kingdom', demonyms: ['welsh'] },
  { key: 'england', label: 'England', parent: 'united kingdom' },
  // Regions and cities.
  { key: 'western russia', label: 'western Russia', parent: 'russia' },
  { key: 'eastern russia', label: 'eastern Russia', parent: 'russia', names: ['russian far east', 'far east of russia', 'russia\'s far east'] },
  { key: 'kursk', label: 'Kursk', parent: 'western russia', names: ['kursk oblast', 'kursk region', 'kursk province', 'kursk border region'] },
  { key: 'belgorod', label: 'Belgorod', parent: 'western russia', names: ['belgorod oblast', 'belgorod region'] },
  { key: 'bryansk', label: 'Bryansk', parent: 'western russia', names: ['bryansk oblast', 'bryansk region'] },
  { key: 'moscow', label: 'Moscow', parent: 'western russia', seat: true },
  { key: 'st petersburg', label: 'St Petersburg', parent: 'western russia', names: ['st. petersburg', 'saint petersburg'] },
  { key: 'kaliningrad', label: 'Kaliningrad', parent: 'russia' },
  { key: 'siberia', label: 'Siberia', parent: 'russia' },
  { key: 'vladivostok', label: 'Vladivostok', parent: 'eastern russia' },
  { key: 'khabarovsk', label: 'Khabarovsk', parent: 'eastern russia' },
  { key: 'kyiv', label: 'Kyiv', parent: 'ukraine', names: ['kiev'], seat: true },
  { key: 'eastern ukraine', label: 'eastern Ukraine', parent: 'ukraine' },
  { key: 'southern ukraine', label: 'southern Ukraine', parent: 'ukraine' },
  { key: 'donbas', label: 'the Donbas', parent: 'eastern ukraine', names: ['donbass'] },
  { key: 'donetsk', label: 'Donetsk', parent: 'donbas', names: ['donetsk oblast', 'donetsk region'] },
  { key: 'luhansk', label: 'Luhansk', parent: 'donbas', names: ['lugansk', 'luhansk oblast', 'luhansk region'] },
  { key: 'pokrovsk', label: 'Pokrovsk', parent: 'donetsk' },
  { key: 'bakhmut', label: 'Bakhmut', parent: 'donetsk' },
  { key: 'kharkiv', label: 'Kharkiv', parent: 'eastern ukraine', names: ['kharkov', 'kharkiv oblast', 'kharkiv region'] },
  { key: 'zaporizhzhia', label: 'Zaporizhzhia', parent: 'southern ukraine', names: ['zaporizhia', 'zaporozhye'] },
  { key: 'kherson', label: 'Kherson', parent: 'southern ukraine' },
  { key: 'odesa', label: 'Odesa', parent: 'southern ukraine', names: ['odessa'] },
  { key: 'crimea', label: 'Crimea', parent: 'ukraine', names: ['crimean peninsula'] },
  { key: 'pyongyang', label: 'Pyongyang', parent: 'north korea', seat: true },
  { key: 'seoul', label: 'Seoul', parent: 'south korea', seat: true },
  { key: 'beijing', label: 'Beijing', parent: 'china', seat: true },
  { key: 'tokyo', label: 'Tokyo', parent: 'japan', seat: true },
  { key: 'tehran', label: 'Tehran', parent: 'iran', seat: true },
  { key: 'minsk', label: 'Minsk', parent: 'belarus', seat: true },
  { key: 'warsaw', label: 'Warsaw', parent: 'poland', seat: true },
  { key: 'berlin', label: 'Berlin', parent: 'germany', seat: true },
  { key: 'paris', label: 'Paris', parent: 'france', seat: true },
  { key: 'london', label: 'London', parent: 'united kingdom', seat: true },
  { key: 'washington', label: 'Washington', parent: 'united states', names: ['washington, d.c.', 'washington d.c.'], seat: true },
  { key: 'new york', label: 'New York', parent: 'united states', names: ['new york city'] },
  { key: 'gaza', label: 'Gaza', names: ['gaza strip'] },
  { key: 'rafah', label: 'Rafah', parent: 'gaza' },
  { key: 'west bank', label: 'the West Bank' },
  { key: 'damascus', label: 'Damascus', parent: 'syria', seat: true },
  { key: 'beirut', label: 'Beirut', parent: 'lebanon', seat: true },
  { key: 'khartoum', label: 'Khartoum', parent: 'sudan', seat: true },
  { key: 'darfur', label: 'Darfur', parent: 'sudan' },
];

/** Country rows from `[name, demonym]`: most countries need no more than that. */
function countries(rows: ReadonlyArray<readonly [string, string]>): PlaceEntry[] {
  return rows.map(([name, demonym]) => ({ key: name.toLowerCase(), label: name, demonyms: [demonym] }));
}

/** Words that may stand between a preposition and a place's name ("in the contested border region of Kursk"). */
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set([
  'the', 'a', 'contested', 'border', 'frontline', 'front', 'line', 'occupied', 'russian-occupied', 'ukrainian-held',
  'embattled', 'besieged', 'annexed', 'disputed', 'capital', 'city', 'town', 'village', 'region', 'province', 'oblast',
  'district', 'area', 'areas', 'parts', 'port', 'of',
]);

/** Compass words: before a country they name a part of it ("eastern Russia"); the value is the canonical form. */
export const COMPASS: Readonly<Record<string, string>> = {
  eastern: 'eastern', east: 'eastern', western: 'western', west: 'western', northern: 'northern', north: 'northern',
  southern: 'southern', south: 'southern', central: 'central',
  northeastern: 'northeastern', 'north-eastern': 'northeastern', northwestern: 'northwestern', 'north-western': 'northwestern',
  southeastern: 'southeastern', 'south-eastern': 'southeastern', southwestern: 'southwestern', 'south-western': 'southwestern',
};

/** Nouns after a demonym that make it a place ("on Russian soil", "into Ukrainian territory"). */
export const LAND_NOUNS: ReadonlySet<string> = new Set(['territory', 'territories', 'soil', 'land', 'lands', 'airspace', 'waters', 'border', 'regions', 'cities', 'towns', 'villages']);

/** Words before a figure's "in X" that make X the place of an event, not of the figure ("the war in Ukraine"). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(['war', 'wars', 'conflict', 'invasion', 'crisis']);
