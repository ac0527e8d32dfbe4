/**
 * What the editor calls each field of `src/schema/`, in the three UI languages, with a hint where
 * a culture-office worker needs one. Keyed by the field's dotted path (`repeat.every`); a
 * collection may override a shared key (`venues:name`). A schema field without a label here makes
 * the editor's configuration fail to build (tests/unit/editor-config.test.ts).
 */
import type { UiLang } from '../taxonomy.ts';

export type Names = Record<UiLang, string>;
export interface FieldLabel {
  label: Names;
  hint?: Names;
}

const l = (sv: string, nb: string, en: string): Names => ({ sv, nb, en });

export const fieldLabels: Record<string, FieldLabel> = {
  title: { label: l('Titel', 'Tittel', 'Title') },
  lang: { label: l('Språk i texten', 'Språk i teksten', 'Language of the text') },
  type: {
    label: l('Typ', 'Type', 'Type'),
    hint: l(
      'Öppen utlysning, residens, stöd, utbyte och nätverksträff är möjligheter för konstnärer; resten är evenemang.',
      'Åpen utlysning, residens, tilskudd, utveksling og nettverkstreff er muligheter for kunstnere; resten er arrangementer.',
      'Open call, residency, funding, exchange and networking are opportunities for artists; the rest are events.',
    ),
  },
  disciplines: { label: l('Konstformer', 'Kunstformer', 'Disciplines'), hint: l('En till fem.', 'Én til fem.', 'One to five.') },
  summary: {
    label: l('Sammanfattning', 'Sammendrag', 'Summary'),
    hint: l('Kort text för listor och flöden, högst 280 tecken.', 'Kort tekst for lister og strømmer, høyst 280 tegn.', 'A short text for listings and feeds, at most 280 characters.'),
  },
  organisers: {
    label: l('Arrangörer', 'Arrangører', 'Organisers'),
    hint: l('Saknas arrangören? Lägg först till den under Arrangörer.', 'Mangler arrangøren? Legg den først til under Arrangører.', 'Organiser missing? Add it under Organisers first.'),
  },
  venue: {
    label: l('Plats', 'Sted', 'Venue'),
    hint: l('Krävs för evenemang som inte bara sänds på nätet.', 'Kreves for arrangementer som ikke bare sendes på nett.', 'Required for events that are not online only.'),
  },
  online: { label: l('Länk till sändning eller möte på nätet', 'Lenke til sending eller nettmøte', 'Stream or online meeting link') },
  regions: {
    label: l('Regioner', 'Regioner', 'Regions'),
    hint: l('Krävs för möjligheter utan plats; annars tas regionen från platsen.', 'Kreves for muligheter uten sted; ellers hentes regionen fra stedet.', 'Required for opportunities without a venue; otherwise taken from the venue.'),
  },
  start: {
    label: l('Börjar', 'Starter', 'Starts'),
    hint: l('Lokal tid. Lämna klockslaget tomt för heldag.', 'Lokal tid. La klokkeslettet stå tomt for hele dagen.', 'Local time. Leave the time empty for all day.'),
  },
  end: { label: l('Slutar', 'Slutter', 'Ends'), hint: l('Samma form som början.', 'Samme form som start.', 'Same form as the start.') },
  timezone: {
    label: l('Tidszon', 'Tidssone', 'Time zone'),
    hint: l('Lämna tomt: platsens land avgör (Europe/Stockholm eller Europe/Oslo).', 'La stå tomt: stedets land avgjør (Europe/Stockholm eller Europe/Oslo).', "Leave empty: the venue's country decides (Europe/Stockholm or Europe/Oslo)."),
  },
  dates: { label: l('Fler föreställningar', 'Flere forestillinger', 'Further dates'), hint: l('Var och en varar lika länge som den första.', 'Hver av dem varer like lenge som den første.', 'Each lasts as long as the first.') },
  repeat: { label: l('Återkommer regelbundet', 'Gjentas jevnlig', 'Repeats regularly') },
  'repeat.every': { label: l('Varje', 'Hver', 'Every') },
  'repeat.interval': { label: l('Med intervallet', 'Med intervallet', 'Interval'), hint: l('2 = varannan gång.', '2 = annenhver gang.', '2 = every other.') },
  'repeat.on': { label: l('Veckodagar', 'Ukedager', 'Weekdays') },
  'repeat.until': { label: l('Till och med', 'Til og med', 'Until'), hint: l('Fyll i antingen detta eller antal gånger.', 'Fyll ut enten dette eller antall ganger.', 'Fill in either this or the number of times.') },
  'repeat.count': { label: l('Antal gånger', 'Antall ganger', 'Number of times') },
  except: { label: l('Inställda tillfällen i serien', 'Avlyste ganger i serien', 'Dates the series skips') },
  status: { label: l('Status', 'Status', 'Status') },
  price: { label: l('Pris', 'Pris', 'Price'), hint: l('”free”, eller t.ex. 150 SEK / 170 NOK.', '«free», eller f.eks. 150 SEK / 170 NOK.', '“free”, or e.g. 150 SEK / 170 NOK.') },
  tickets: { label: l('Biljetter (länk)', 'Billetter (lenke)', 'Tickets (link)') },
  deadline: { label: l('Sista ansökningsdag', 'Søknadsfrist', 'Deadline'), hint: l('Krävs för öppna utlysningar och residens.', 'Kreves for åpne utlysninger og residenser.', 'Required for open calls and residencies.') },
  apply: { label: l('Ansök här (länk)', 'Søk her (lenke)', 'Apply here (link)'), hint: l('Krävs för möjligheter.', 'Kreves for muligheter.', 'Required for opportunities.') },
  eligibility: { label: l('Vem kan söka', 'Hvem kan søke', 'Who may apply') },
  eligible_countries: { label: l('Sökande från', 'Søkere fra', 'Applicants from') },
  covers: { label: l('Det här ingår', 'Dette dekkes', 'What it covers') },
  audience: { label: l('Publik', 'Publikum', 'Audience') },
  accessibility: { label: l('Tillgänglighet', 'Tilgjengelighet', 'Accessibility') },
  image: { label: l('Bild', 'Bilde', 'Picture') },
  logo: { label: l('Logotyp', 'Logo', 'Logo') },
  src: { label: l('Bildfil', 'Bildefil', 'Image file'), hint: l('JPEG, PNG, WebP eller AVIF, högst 10 MB.', 'JPEG, PNG, WebP eller AVIF, høyst 10 MB.', 'JPEG, PNG, WebP or AVIF, at most 10 MB.') },
  alt: {
    label: l('Bildbeskrivning', 'Bildebeskrivelse', 'Description (alt text)'),
    hint: l('Vad bilden visar, för den som inte ser den.', 'Hva bildet viser, for dem som ikke ser det.', 'What the picture shows, for people who cannot see it.'),
  },
  credit: { label: l('Fotograf eller upphovsperson', 'Fotograf eller opphavsperson', 'Photographer or rights holder') },
  translations: { label: l('Översättningar', 'Oversettelser', 'Translations') },
  'translations.title': { label: l('Titel', 'Tittel', 'Title') },
  'translations.summary': { label: l('Sammanfattning', 'Sammendrag', 'Summary') },
  'translations.name': { label: l('Namn', 'Navn', 'Name') },
  updated: {
    label: l('Senast ändrad', 'Sist endret', 'Last changed'),
    hint: l('Fyll i vid viktiga ändringar, så uppdateras kalenderprenumerationer.', 'Fyll ut ved viktige endringer, så oppdateres kalenderabonnementer.', 'Fill in after an important change so calendar subscriptions update.'),
  },
  name: { label: l('Namn', 'Navn', 'Name') },
  country: { label: l('Land', 'Land', 'Country') },
  region: { label: l('Region', 'Region', 'Region') },
  website: { label: l('Webbplats', 'Nettsted', 'Website') },
  email: { label: l('E-post', 'E-post', 'E-mail') },
  city: { label: l('Ort', 'Sted', 'Town or city') },
  address: { label: l('Gatuadress', 'Gateadresse', 'Street address') },
  postcode: { label: l('Postnummer', 'Postnummer', 'Postcode') },
  lat: { label: l('Latitud', 'Breddegrad', 'Latitude') },
  lon: { label: l('Longitud', 'Lengdegrad', 'Longitude') },
  transit: { label: l('Hit med tåg eller buss', 'Hit med tog eller buss', 'Getting there by train or bus') },
  // The importer's fields (SPEC §6): an organisation's own calendars, with defaults for what they leave out.
  feeds: { label: l('Kalendrar att hämta från', 'Kalendere å hente fra', 'Calendars to import from') },
  'feeds.url': { label: l('Adress (https eller webcal)', 'Adresse (https eller webcal)', 'Address (https or webcal)') },
  'feeds.lang': { label: l('Språk', 'Språk', 'Language') },
  'feeds.type': { label: l('Typ', 'Type', 'Type') },
  'feeds.disciplines': { label: l('Konstformer', 'Kunstformer', 'Disciplines') },
  'feeds.venue': { label: l('Plats', 'Sted', 'Venue') },
  'feeds.region': { label: l('Region', 'Region', 'Region') },
  'feeds.timezone': { label: l('Tidszon', 'Tidssone', 'Time zone') },
  source: { label: l('Importerad från', 'Importert fra', 'Imported from') },
  body: { label: l('Beskrivning', 'Beskrivelse', 'Description') },
  'organisers:body': { label: l('Om organisationen', 'Om organisasjonen', 'About the organisation') },
  'venues:body': { label: l('Om platsen', 'Om stedet', 'About the place') },
  'organisers:region': { label: l('Region (om den har en)', 'Region (hvis den har en)', 'Region (if it has one)') },
};

/** Fields the importer writes and people never edit: kept in the file as they are, not shown. */
export const importerOnlyFields: readonly string[] = ['source'];

/** Names for enumerations that `taxonomy.ts` does not name (they are words of the editor only). */
export const editorEnumNames: Record<string, Names> = {
  scheduled: l('Blir av som planerat', 'Blir av som planlagt', 'Going ahead'),
  cancelled: l('Inställt', 'Avlyst', 'Cancelled'),
  postponed: l('Uppskjutet', 'Utsatt', 'Postponed'),
  day: l('dag', 'dag', 'day'),
  week: l('vecka', 'uke', 'week'),
  month: l('månad', 'måned', 'month'),
  mo: l('måndag', 'mandag', 'Monday'),
  tu: l('tisdag', 'tirsdag', 'Tuesday'),
  we: l('onsdag', 'onsdag', 'Wednesday'),
  th: l('torsdag', 'torsdag', 'Thursday'),
  fr: l('fredag', 'fredag', 'Friday'),
  sa: l('lördag', 'lørdag', 'Saturday'),
  su: l('söndag', 'søndag', 'Sunday'),
  any: l('Alla länder', 'Alle land', 'Any country'),
  ical: l('iCalendar', 'iCalendar', 'iCalendar'),
  jsonld: l('Webbsida med schema.org-data', 'Nettside med schema.org-data', 'Web page with schema.org data'),
};

/** The editor's own words: collection names and the preview. */
export const editorWords = {
  events: l('Evenemang och möjligheter', 'Arrangementer og muligheter', 'Events and opportunities'),
  event: l('evenemang eller möjlighet', 'arrangement eller mulighet', 'event or opportunity'),
  organisers: l('Arrangörer', 'Arrangører', 'Organisers'),
  organiser: l('arrangör', 'arrangør', 'organiser'),
  venues: l('Platser', 'Steder', 'Venues'),
  venue: l('plats', 'sted', 'venue'),
  onlyEvents: l('Bara evenemang', 'Bare arrangementer', 'Events only'),
  onlyOpportunities: l('Bara möjligheter', 'Bare muligheter', 'Opportunities only'),
  cancelledOnly: l('Inställda', 'Avlyste', 'Cancelled'),
  translationIn: l('På', 'På', 'In'),
  date: l('Datum', 'Dato', 'Date'),
  time: l('Klockslag', 'Klokkeslett', 'Time'),
  allDay: l('hela dagen om tomt', 'hele dagen hvis tomt', 'all day if empty'),
  httpsOnly: l('Måste börja med https://', 'Må begynne med https://', 'Must start with https://'),
  emailOnly: l('Skriv en e-postadress', 'Skriv en e-postadresse', 'Enter an e-mail address'),
  moreDates: l('fler datum', 'flere datoer', 'more dates'),
  timeRequired: l('Fyll i klockslaget också.', 'Fyll ut klokkeslettet også.', 'Fill in the time as well.'),
};
