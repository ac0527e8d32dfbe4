/**
 * What the search index knows about an entry beyond its text: filter values (names in the page
 * language, as Pagefind shows them), result metadata and the date it sorts by.
 */
import { localizedText, type Entry } from './catalogue.ts';
import { formatDate, formatSpan, formatTime, t } from './i18n/index.ts';
import { nextOccurrence } from './occurrences.ts';
import { langIfDifferent } from './present.ts';
import {
  audienceNames, audiences, countries, countryNames, coverNames, covers, disciplineNames, disciplines, entryTypes,
  regionIds, regions, typeNames, type UiLang,
} from './taxonomy.ts';

export const searchFacetKeys = ['kind', 'status', 'type', 'discipline', 'region', 'country', 'free', 'audience', 'covers'] as const;
export type SearchFacetKey = (typeof searchFacetKeys)[number];

export interface FacetValue {
  /** What the URL carries (`?type=concert`). */
  id: string;
  /** What the index and the page show ("Konsert"). */
  name: string;
}

export interface SearchFacet {
  key: SearchFacetKey;
  legend: string;
  values: FacetValue[];
}

/** Sorts after every real date: entries without any date come last when sorting by date. */
const UNDATED = '9999-12-31';

export function isFree(entry: Entry): boolean {
  return entry.data.price?.trim().toLowerCase() === 'free';
}

const facetCache = new Map<UiLang, SearchFacet[]>();

/** Every filter of the search page with all its values, in the page language. */
export function searchFacets(lang: UiLang): SearchFacet[] {
  const cached = facetCache.get(lang);
  if (cached) return cached;
  const m = t(lang);
  const named = <Id extends string>(ids: readonly Id[], name: (id: Id) => string) => ids.map((id) => ({ id, name: name(id) }));
  const facets: SearchFacet[] = [
    { key: 'kind', legend: m.facetKind, values: [{ id: 'event', name: m.kindEvent }, { id: 'opportunity', name: m.kindOpportunity }] },
    { key: 'status', legend: m.facetStatus, values: [{ id: 'upcoming', name: m.upcomingHere }, { id: 'past', name: m.pastHere }] },
    { key: 'type', legend: m.type, values: named(entryTypes, (id) => typeNames[id][lang]) },
    { key: 'discipline', legend: m.disciplines, values: named(disciplines, (id) => disciplineNames[id][lang]) },
    { key: 'region', legend: m.regions, values: named(regionIds, (id) => regions[id].names[lang]) },
    { key: 'country', legend: m.country, values: named(countries, (id) => countryNames[id][lang]) },
    { key: 'free', legend: m.price, values: [{ id: 'free', name: m.free }] },
    { key: 'audience', legend: m.audience, values: named(audiences, (id) => audienceNames[id][lang]) },
    { key: 'covers', legend: m.covers, values: named(covers, (id) => coverNames[id][lang]) },
  ];
  facetCache.set(lang, facets);
  return facets;
}

/** The value ids an entry has for each filter. */
export function entryFacetIds(entry: Entry): Record<SearchFacetKey, readonly string[]> {
  return {
    kind: [entry.kind],
    status: [entry.past ? 'past' : 'upcoming'],
    type: [entry.data.type],
    discipline: entry.data.disciplines,
    region: entry.regions,
    country: entry.countries,
    free: isFree(entry) ? ['free'] : [],
    audience: entry.data.audience ?? [],
    covers: entry.data.covers ?? [],
  };
}

/** An entry's filters as the index stores them: value names in the page language. */
export function entryFilters(entry: Entry, lang: UiLang): { key: SearchFacetKey; names: string[] }[] {
  const ids = entryFacetIds(entry);
  return searchFacets(lang).map(({ key, values }) => ({
    key,
    names: values.filter((v) => ids[key].includes(v.id)).map((v) => v.name),
  }));
}

/** The day an entry sorts by: its next (or, when past, last) occurrence, else its deadline. */
export function sortDate(entry: Entry): string {
  return entry.listedAt?.date ?? entry.occurrences.at(-1)?.start.date ?? entry.deadline?.local.date ?? UNDATED;
}

/** Metadata shown with a search result; keys without a value are left out. */
export function entryMeta(entry: Entry, lang: UiLang, now: Date): Record<string, string> {
  const m = t(lang);
  const occurrence = nextOccurrence(entry.occurrences, now) ?? entry.occurrences.at(-1);
  const place = entry.venue
    ? `${entry.venue.data.name}, ${entry.venue.data.city}`
    : entry.data.online
      ? m.online
      : entry.regions.map((r) => regions[r].names[lang]).join(', ');
  const status = entry.data.status === 'cancelled' ? m.statusCancelled : entry.data.status === 'postponed' ? m.statusPostponed : '';
  const meta: Record<string, string> = {
    type: typeNames[entry.data.type][lang],
    date: occurrence ? formatSpan(occurrence.start, occurrence.end, lang, m.allDay) : '',
    place,
    deadline: entry.deadline ? `${formatDate(entry.deadline.local.date, lang)} ${formatTime(entry.deadline.local.time ?? '23:59', lang)}` : '',
    status,
    // The title (Pagefind's `title`, from the h1) may be in the file's language, not the page's.
    title_lang: langIfDifferent(localizedText(entry, lang).titleLang, lang) ?? '',
  };
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== ''));
}
