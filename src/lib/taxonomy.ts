/**
 * The closed vocabularies of SPEC §1 and §4, with their names in the three UI languages.
 * Schemas, pages, feeds and filters all read these lists, so adding a value happens here only.
 */
export const uiLangs = ['sv', 'nb', 'en'] as const;
export type UiLang = (typeof uiLangs)[number];

type Names = Record<UiLang, string>;

export const countries = ['SE', 'NO', 'DK', 'FI', 'IS'] as const;
export type Country = (typeof countries)[number];
export const countryNames: Record<Country, Names> = {
  SE: { sv: 'Sverige', nb: 'Sverige', en: 'Sweden' },
  NO: { sv: 'Norge', nb: 'Norge', en: 'Norway' },
  DK: { sv: 'Danmark', nb: 'Danmark', en: 'Denmark' },
  FI: { sv: 'Finland', nb: 'Finland', en: 'Finland' },
  IS: { sv: 'Island', nb: 'Island', en: 'Iceland' },
};

export const regions = {
  varmland: { country: 'SE', names: { sv: 'Värmland', nb: 'Värmland', en: 'Värmland' } },
  dalarna: { country: 'SE', names: { sv: 'Dalarna', nb: 'Dalarna', en: 'Dalarna' } },
  'vastra-gotaland': {
    country: 'SE',
    names: { sv: 'Västra Götaland', nb: 'Västra Götaland', en: 'Västra Götaland' },
  },
  innlandet: { country: 'NO', names: { sv: 'Innlandet', nb: 'Innlandet', en: 'Innlandet' } },
  akershus: { country: 'NO', names: { sv: 'Akershus', nb: 'Akershus', en: 'Akershus' } },
  ostfold: { country: 'NO', names: { sv: 'Østfold', nb: 'Østfold', en: 'Østfold' } },
  buskerud: { country: 'NO', names: { sv: 'Buskerud', nb: 'Buskerud', en: 'Buskerud' } },
  oslo: { country: 'NO', names: { sv: 'Oslo', nb: 'Oslo', en: 'Oslo' } },
} as const satisfies Record<string, { country: Country; names: Names }>;
export type RegionId = keyof typeof regions;
export const regionIds = Object.keys(regions) as [RegionId, ...RegionId[]];

export const eventTypes = [
  'concert', 'performance', 'exhibition', 'festival', 'screening', 'reading',
  'workshop', 'talk', 'guided-tour', 'market', 'meetup', 'other',
] as const;
export const opportunityTypes = ['open-call', 'residency', 'funding', 'exchange', 'networking'] as const;
export const entryTypes = [...eventTypes, ...opportunityTypes] as const;
export type EventType = (typeof eventTypes)[number];
export type OpportunityType = (typeof opportunityTypes)[number];
export type EntryType = (typeof entryTypes)[number];
/** Opportunity types whose entries must name a deadline (SPEC §1). */
export const typesNeedingDeadline: readonly EntryType[] = ['open-call', 'residency'];

export function isOpportunityType(type: EntryType): type is OpportunityType {
  return (opportunityTypes as readonly string[]).includes(type);
}

export const typeNames: Record<EntryType, Names> = {
  concert: { sv: 'Konsert', nb: 'Konsert', en: 'Concert' },
  performance: { sv: 'Föreställning', nb: 'Forestilling', en: 'Performance' },
  exhibition: { sv: 'Utställning', nb: 'Utstilling', en: 'Exhibition' },
  festival: { sv: 'Festival', nb: 'Festival', en: 'Festival' },
  screening: { sv: 'Filmvisning', nb: 'Filmvisning', en: 'Screening' },
  reading: { sv: 'Uppläsning', nb: 'Opplesning', en: 'Reading' },
  workshop: { sv: 'Workshop', nb: 'Verksted', en: 'Workshop' },
  talk: { sv: 'Samtal', nb: 'Foredrag', en: 'Talk' },
  'guided-tour': { sv: 'Guidad visning', nb: 'Omvisning', en: 'Guided tour' },
  market: { sv: 'Marknad', nb: 'Marked', en: 'Market' },
  meetup: { sv: 'Träff', nb: 'Treff', en: 'Meetup' },
  other: { sv: 'Övrigt', nb: 'Annet', en: 'Other' },
  'open-call': { sv: 'Öppen utlysning', nb: 'Åpen utlysning', en: 'Open call' },
  residency: { sv: 'Residens', nb: 'Residens', en: 'Residency' },
  funding: { sv: 'Stöd och bidrag', nb: 'Tilskudd', en: 'Funding' },
  exchange: { sv: 'Utbyte', nb: 'Utveksling', en: 'Exchange' },
  networking: { sv: 'Nätverksträff', nb: 'Nettverkstreff', en: 'Networking' },
};

export const disciplines = [
  'music', 'theatre', 'dance', 'circus', 'visual-art', 'photography', 'film', 'literature',
  'crafts', 'design', 'architecture', 'heritage', 'folk-culture', 'games', 'multidisciplinary',
] as const;
export type Discipline = (typeof disciplines)[number];
export const disciplineNames: Record<Discipline, Names> = {
  music: { sv: 'Musik', nb: 'Musikk', en: 'Music' },
  theatre: { sv: 'Teater', nb: 'Teater', en: 'Theatre' },
  dance: { sv: 'Dans', nb: 'Dans', en: 'Dance' },
  circus: { sv: 'Cirkus', nb: 'Sirkus', en: 'Circus' },
  'visual-art': { sv: 'Bildkonst', nb: 'Billedkunst', en: 'Visual art' },
  photography: { sv: 'Fotografi', nb: 'Fotografi', en: 'Photography' },
  film: { sv: 'Film', nb: 'Film', en: 'Film' },
  literature: { sv: 'Litteratur', nb: 'Litteratur', en: 'Literature' },
  crafts: { sv: 'Konsthantverk', nb: 'Kunsthåndverk', en: 'Crafts' },
  design: { sv: 'Design', nb: 'Design', en: 'Design' },
  architecture: { sv: 'Arkitektur', nb: 'Arkitektur', en: 'Architecture' },
  heritage: { sv: 'Kulturarv', nb: 'Kulturarv', en: 'Heritage' },
  'folk-culture': { sv: 'Folkkultur', nb: 'Folkekultur', en: 'Folk culture' },
  games: { sv: 'Spel', nb: 'Spill', en: 'Games' },
  multidisciplinary: { sv: 'Tvärkonstnärligt', nb: 'Tverrkunstnerisk', en: 'Multidisciplinary' },
};

export const contentLangs = ['sv', 'nb', 'nn', 'en', 'se', 'sma', 'fi'] as const;
export type ContentLang = (typeof contentLangs)[number];
export const contentLangNames: Record<ContentLang, Names> = {
  sv: { sv: 'svenska', nb: 'svensk', en: 'Swedish' },
  nb: { sv: 'norska (bokmål)', nb: 'bokmål', en: 'Norwegian Bokmål' },
  nn: { sv: 'nynorska', nb: 'nynorsk', en: 'Norwegian Nynorsk' },
  en: { sv: 'engelska', nb: 'engelsk', en: 'English' },
  se: { sv: 'nordsamiska', nb: 'nordsamisk', en: 'Northern Sami' },
  sma: { sv: 'sydsamiska', nb: 'sørsamisk', en: 'Southern Sami' },
  fi: { sv: 'finska', nb: 'finsk', en: 'Finnish' },
};

export const statuses = ['scheduled', 'cancelled', 'postponed'] as const;
export type Status = (typeof statuses)[number];

export const eligibleCountries = [...countries, 'any'] as const;

export const covers = ['travel', 'accommodation', 'fee', 'production', 'per-diem'] as const;
export type Cover = (typeof covers)[number];
export const coverNames: Record<Cover, Names> = {
  travel: { sv: 'Resor', nb: 'Reise', en: 'Travel' },
  accommodation: { sv: 'Boende', nb: 'Overnatting', en: 'Accommodation' },
  fee: { sv: 'Arvode', nb: 'Honorar', en: 'Fee' },
  production: { sv: 'Produktionskostnader', nb: 'Produksjonskostnader', en: 'Production costs' },
  'per-diem': { sv: 'Traktamente', nb: 'Diett', en: 'Per diem' },
};

export const audiences = ['everyone', 'children', 'youth', 'adults', 'professionals'] as const;
export type Audience = (typeof audiences)[number];
export const audienceNames: Record<Audience, Names> = {
  everyone: { sv: 'Alla', nb: 'Alle', en: 'Everyone' },
  children: { sv: 'Barn', nb: 'Barn', en: 'Children' },
  youth: { sv: 'Unga', nb: 'Unge', en: 'Young people' },
  adults: { sv: 'Vuxna', nb: 'Voksne', en: 'Adults' },
  professionals: { sv: 'Yrkesverksamma', nb: 'Profesjonelle', en: 'Professionals' },
};

export const accessibilityFeatures = [
  'wheelchair', 'hearing-loop', 'sign-language', 'audio-description', 'captions', 'relaxed',
] as const;
export type AccessibilityFeature = (typeof accessibilityFeatures)[number];
export const accessibilityNames: Record<AccessibilityFeature, Names> = {
  wheelchair: { sv: 'Tillgängligt med rullstol', nb: 'Tilgjengelig med rullestol', en: 'Wheelchair accessible' },
  'hearing-loop': { sv: 'Hörslinga', nb: 'Teleslynge', en: 'Hearing loop' },
  'sign-language': { sv: 'Teckenspråkstolkning', nb: 'Tegnspråktolking', en: 'Sign language interpretation' },
  'audio-description': { sv: 'Syntolkning', nb: 'Synstolking', en: 'Audio description' },
  captions: { sv: 'Textning', nb: 'Teksting', en: 'Captions' },
  relaxed: { sv: 'Avslappnad föreställning', nb: 'Avslappet forestilling', en: 'Relaxed performance' },
};

export const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof weekdays)[number];

/** Default time zone per venue country (SPEC §1); anything else falls back to Stockholm. */
export function defaultTimezone(country: Country | undefined): string {
  return country === 'NO' ? 'Europe/Oslo' : 'Europe/Stockholm';
}
