/**
 * schema.org markup (JSON-LD) for event pages: what search engines and aggregators read.
 * Opportunities get none: an open call is not something people attend (docs/decisions.md).
 */
import type { Entry, Venue } from './catalogue.ts';
import { localizedText, organiserName } from './catalogue.ts';
import type { Occurrence } from './occurrences.ts';
import { regions, type Country, type EventType, type UiLang } from './taxonomy.ts';
import { instantToLocal, offsetAt } from './time.ts';
import { absoluteUrl, urls } from './urls.ts';

/** A repeat series or a long run is described by at most this many upcoming occurrences. */
export const MAX_MARKED_UP_OCCURRENCES = 20;

export type JsonLdObject = Record<string, unknown>;

const schemaTypes: Record<EventType, string> = {
  concert: 'MusicEvent',
  performance: 'TheaterEvent',
  exhibition: 'ExhibitionEvent',
  festival: 'Festival',
  screening: 'ScreeningEvent',
  reading: 'LiteraryEvent',
  workshop: 'EducationEvent',
  talk: 'EducationEvent',
  // schema.org has no tour event; a guided tour is a plain Event.
  'guided-tour': 'Event',
  market: 'SaleEvent',
  meetup: 'SocialEvent',
  other: 'Event',
};

const statuses = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const;

const currencies: Record<Country, string> = { SE: 'SEK', NO: 'NOK', DK: 'DKK', FI: 'EUR', IS: 'ISK' };

/** The schema.org type of an event entry; a dance performance is a DanceEvent. */
export function schemaType(entry: Entry): string {
  const type = entry.data.type as EventType;
  if (type === 'performance' && entry.data.disciplines.includes('dance') && !entry.data.disciplines.includes('theatre')) {
    return 'DanceEvent';
  }
  return schemaTypes[type] ?? 'Event';
}

/** `2027-03-28T15:00:00+02:00`: the wall-clock time in `zone` with the offset it has then. */
export function isoWithOffset(instant: Date, zone: string): string {
  const local = instantToLocal(instant, zone);
  return `${local.date}T${local.time}:00${offsetAt(instant, zone)}`;
}

type OccurrenceDates = { startDate: string; endDate?: string };

// Per occurrence and zone: each event page is made in three languages from the same occurrences.
const datesOfOccurrence = new WeakMap<Occurrence, { zone: string; dates: OccurrenceDates }>();

/** Start and end as schema.org wants them: all-day entries as dates (the end is the last day). */
export function occurrenceDates(occurrence: Occurrence, zone: string): OccurrenceDates {
  const known = datesOfOccurrence.get(occurrence);
  if (known?.zone === zone) return known.dates;
  const dates = computeOccurrenceDates(occurrence, zone);
  datesOfOccurrence.set(occurrence, { zone, dates });
  return dates;
}

function computeOccurrenceDates(occurrence: Occurrence, zone: string): OccurrenceDates {
  if (occurrence.allDay) {
    return { startDate: occurrence.start.date, ...(occurrence.end ? { endDate: occurrence.end.date } : {}) };
  }
  return {
    startDate: isoWithOffset(occurrence.startInstant, zone),
    ...(occurrence.end ? { endDate: isoWithOffset(occurrence.endInstant, zone) } : {}),
  };
}

/** The occurrences worth describing: the next ones, or the last ones once all are over. */
export function markedUpOccurrences(occurrences: readonly Occurrence[], now: Date): Occurrence[] {
  const upcoming = occurrences.filter((o) => o.endInstant > now);
  return (upcoming.length > 0 ? upcoming.slice(0, MAX_MARKED_UP_OCCURRENCES) : occurrences.slice(-MAX_MARKED_UP_OCCURRENCES));
}

function place(venue: Venue, lang: UiLang, site: string): JsonLdObject {
  const v = venue.data;
  return {
    '@type': 'Place',
    name: v.name,
    url: absoluteUrl(urls.facet(lang, 'venue', venue.id), site),
    address: {
      '@type': 'PostalAddress',
      ...(v.address ? { streetAddress: v.address } : {}),
      ...(v.postcode ? { postalCode: v.postcode } : {}),
      addressLocality: v.city,
      addressRegion: regions[v.region].names[lang],
      addressCountry: v.country,
    },
    ...(v.lat !== undefined && v.lon !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude: v.lat, longitude: v.lon } } : {}),
  };
}

/** A price such as `150 SEK / 170 NOK` keeps its text; its first amount and currency become the offer. */
function offers(entry: Entry, pageUrl: string): JsonLdObject {
  const { price, tickets } = entry.data;
  const url = tickets ?? pageUrl;
  if (price === undefined) return tickets ? { offers: { '@type': 'Offer', url } } : {};
  if (price.trim().toLowerCase() === 'free') {
    const currency = currencies[entry.venue?.data.country ?? entry.countries[0] ?? 'SE'];
    return { isAccessibleForFree: true, offers: { '@type': 'Offer', price: 0, priceCurrency: currency, url } };
  }
  const amount = /(\d+(?:[.,]\d+)?)\s*(SEK|NOK|DKK|EUR|ISK)\b/i.exec(price);
  return {
    offers: {
      '@type': 'Offer',
      url,
      description: price,
      ...(amount ? { price: Number(amount[1]!.replace(',', '.')), priceCurrency: amount[2]!.toUpperCase() } : {}),
    },
  };
}

export interface JsonLdOptions {
  /** The configured site URL, for absolute links. */
  site: string;
  now: Date;
  /** The event's pictures (src/lib/images/structured.ts), or the language's card as one URL. */
  image: (string | JsonLdObject)[];
}

/** One schema.org Event (or subtype) per marked-up occurrence; empty for opportunities. */
export function eventJsonLd(entry: Entry, lang: UiLang, options: JsonLdOptions): JsonLdObject[] {
  if (entry.kind !== 'event') return [];
  const text = localizedText(entry, lang);
  const pageUrl = absoluteUrl(urls.event(lang, entry.id), options.site);
  const venue = entry.venue ? place(entry.venue, lang, options.site) : undefined;
  const virtual = entry.data.online ? { '@type': 'VirtualLocation', url: entry.data.online } : undefined;
  const mode = venue && virtual ? 'MixedEventAttendanceMode' : virtual ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode';
  const locations = [venue, virtual].filter((l) => l !== undefined);
  const shared: JsonLdObject = {
    '@type': schemaType(entry),
    name: text.title,
    description: text.summary,
    url: pageUrl,
    inLanguage: entry.data.lang,
    image: options.image,
    eventStatus: statuses[entry.data.status],
    eventAttendanceMode: `https://schema.org/${mode}`,
    ...(locations.length > 0 ? { location: locations.length === 1 ? locations[0] : locations } : {}),
    organizer: entry.organisers.map((o) => ({
      '@type': 'Organization',
      name: organiserName(o, lang),
      url: o.data.website ?? absoluteUrl(urls.facet(lang, 'organiser', o.id), options.site),
    })),
    ...offers(entry, pageUrl),
  };
  // Each occurrence gets its own @id so a run reads as several events, not one event repeated.
  return markedUpOccurrences(entry.occurrences, options.now).map((occurrence) => ({
    '@context': 'https://schema.org',
    '@id': `${pageUrl}#${occurrence.key}`,
    ...shared,
    ...occurrenceDates(occurrence, entry.timezone),
  }));
}

/**
 * JSON for the inside of a `<script>` element: `<`, `>` and `&` become `\u003c`… and the line
 * separators U+2028/2029 are escaped, so no text can close the element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonForScript needs a JSON-serialisable value');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
