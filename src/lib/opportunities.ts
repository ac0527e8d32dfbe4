/**
 * The opportunities page: days left to apply, and the four filters (type, discipline, what is
 * covered, eligible countries) with a pre-built page per value for visitors without JavaScript.
 */
import type { Entry } from './catalogue.ts';
import { t } from './i18n/index.ts';
import {
  countries, countryNames, coverNames, covers, disciplineNames, disciplines, opportunityTypes, typeNames, type UiLang,
} from './taxonomy.ts';
import { daysBetween, instantToLocal } from './time.ts';
import { urls } from './urls.ts';

export const opportunityFacetKeys = ['type', 'discipline', 'covers', 'country'] as const;
export type OpportunityFacetKey = (typeof opportunityFacetKeys)[number];

/** Whole days from today (in the entry's zone) to the deadline day: 0 on the last day. */
export function daysToDeadline(entry: Entry, now: Date): number | undefined {
  if (!entry.deadline) return undefined;
  return daysBetween(instantToLocal(now, entry.timezone).date, entry.deadline.local.date);
}

const allCountryIds = countries.map((c) => c.toLowerCase());
/** The order values are offered in: the vocabulary's. */
const valueOrder: Record<OpportunityFacetKey, readonly string[]> = {
  type: opportunityTypes,
  discipline: disciplines,
  covers,
  country: allCountryIds,
};

/**
 * An opportunity's value ids per filter. Countries are lower-case codes; `any`, or no
 * `eligible_countries` at all, means open to applicants from every country.
 */
export function opportunityFacetIds(entry: Entry): Record<OpportunityFacetKey, readonly string[]> {
  const eligible = entry.data.eligible_countries;
  return {
    type: [entry.data.type],
    discipline: entry.data.disciplines,
    covers: entry.data.covers ?? [],
    country: !eligible || eligible.includes('any') ? allCountryIds : eligible.map((c) => c.toLowerCase()),
  };
}

export function opportunityFacetName(key: OpportunityFacetKey, id: string, lang: UiLang): string {
  switch (key) {
    case 'type':
      return typeNames[id as keyof typeof typeNames][lang];
    case 'discipline':
      return disciplineNames[id as keyof typeof disciplineNames][lang];
    case 'covers':
      return coverNames[id as keyof typeof coverNames][lang];
    case 'country':
      return countryNames[id.toUpperCase() as keyof typeof countryNames][lang];
  }
}

export function opportunityFacetLegend(key: OpportunityFacetKey, lang: UiLang): string {
  const m = t(lang);
  return { type: m.type, discipline: m.disciplines, covers: m.covers, country: m.eligibleCountries }[key];
}

export interface OpportunityFacetGroup {
  key: OpportunityFacetKey;
  /** Values that at least one entry has, with how many entries have each, in vocabulary order. */
  values: { id: string; count: number; entries: Entry[] }[];
}

const facetGroups = new WeakMap<readonly Entry[], OpportunityFacetGroup[]>();

/** Groups the (sorted) opportunities by every value of every filter, keeping their order; once per list. */
export function opportunityFacets(entries: readonly Entry[]): OpportunityFacetGroup[] {
  const known = facetGroups.get(entries);
  if (known) return known;
  const byValue = new Map<string, Entry[]>();
  for (const entry of entries) {
    const ids = opportunityFacetIds(entry);
    for (const key of opportunityFacetKeys) {
      for (const id of ids[key]) {
        const list = byValue.get(`${key}/${id}`);
        if (list) list.push(entry);
        else byValue.set(`${key}/${id}`, [entry]);
      }
    }
  }
  const groups = opportunityFacetKeys.map((key) => ({
    key,
    values: valueOrder[key].flatMap((id) => {
      const list = byValue.get(`${key}/${id}`);
      return list ? [{ id, count: list.length, entries: list }] : [];
    }),
  }));
  facetGroups.set(entries, groups);
  return groups;
}

/** The pre-built page of one filter value: `/{lang}/opportunities/{facet}/{value}/`. */
export function opportunityFacetUrl(lang: UiLang, key: OpportunityFacetKey, id: string): string {
  return `${urls.opportunities(lang)}${key}/${id}/`;
}
