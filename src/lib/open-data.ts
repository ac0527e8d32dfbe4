/**
 * `/feeds/events.json`: every published entry with its references resolved, for aggregators
 * and anyone else who wants the data. The format is documented in docs/data.md; change both.
 */
import type { Catalogue, Entry } from './catalogue.ts';
import { isoWithOffset } from './jsonld.ts';
import { entryRevision, type Revisions } from './revisions.ts';
import { regions, uiLangs, type UiLang } from './taxonomy.ts';
import { absoluteUrl, urls } from './urls.ts';
import type { PublishedPicture } from './images/published.ts';
import { openDataImage } from './images/structured.ts';

export const OPEN_DATA_VERSION = 1;
export const OPEN_DATA_LICENSE = {
  id: 'CC0-1.0',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;

/** One entry; `revision` is its last change (src/lib/revisions.ts), when known; `picture` its published picture. */
export function openDataEntry(entry: Entry, site: string, revision?: Date, picture?: PublishedPicture) {
  const { data } = entry;
  const zone = entry.timezone;
  const venue = entry.venue?.data;
  return {
    id: entry.id,
    kind: entry.kind,
    type: data.type,
    status: data.status,
    lang: data.lang,
    title: data.title,
    summary: data.summary,
    translations: data.translations ?? {},
    disciplines: data.disciplines,
    organisers: entry.organisers.map((o) => ({
      id: o.id,
      name: o.data.name,
      country: o.data.country,
      region: o.data.region ?? null,
      website: o.data.website ?? null,
    })),
    venue: entry.venue && venue
      ? {
          id: entry.venue.id,
          name: venue.name,
          address: venue.address ?? null,
          postcode: venue.postcode ?? null,
          city: venue.city,
          country: venue.country,
          region: venue.region,
          lat: venue.lat ?? null,
          lon: venue.lon ?? null,
        }
      : null,
    online: data.online ?? null,
    regions: entry.regions.map((id) => ({ id, country: regions[id].country })),
    timezone: zone,
    // All-day occurrences run from local midnight to the midnight after their last day.
    occurrences: entry.occurrences.map((o) => ({
      start: isoWithOffset(o.startInstant, zone),
      end: o.allDay || o.end ? isoWithOffset(o.endInstant, zone) : null,
      allDay: o.allDay,
    })),
    deadline: entry.deadline ? isoWithOffset(entry.deadline.instant, zone) : null,
    price: data.price ?? null,
    tickets: data.tickets ?? null,
    apply: data.apply ?? null,
    eligibility: data.eligibility ?? null,
    eligibleCountries: data.eligible_countries ?? [],
    covers: data.covers ?? [],
    audience: data.audience ?? [],
    accessibility: entry.accessibility,
    coProduction: entry.coProduction,
    links: Object.fromEntries(
      uiLangs.map((lang: UiLang) => [
        lang,
        { page: absoluteUrl(urls.event(lang, entry.id), site), ics: absoluteUrl(urls.eventIcs(lang, entry.id), site) },
      ]),
    ),
    image: picture ? openDataImage(picture, site) : null,
    updated: revision ? isoWithOffset(revision, zone) : null,
  };
}

export type OpenDataEntry = ReturnType<typeof openDataEntry>;

/** The whole document: every entry of the catalogue, past and upcoming, in catalogue order. */
export function openDataDocument(catalogue: Catalogue, site: string, revisions: Revisions, pictures: ReadonlyMap<string, PublishedPicture> = new Map()) {
  return {
    format: 'kulturbro-events',
    version: OPEN_DATA_VERSION,
    license: OPEN_DATA_LICENSE,
    site: absoluteUrl('/', site),
    generated: catalogue.now.toISOString(),
    entries: catalogue.entries.map((entry) => openDataEntry(entry, site, entryRevision(entry, revisions), pictures.get(entry.id))),
  };
}
