/**
 * What the home pages show above the day-by-day listing: the regions grouped by country and
 * the disciplines, each with how many upcoming entries its page lists, and the next closing
 * opportunities. Computed once per build from the catalogue's groupings.
 */
import type { Catalogue, Entry } from '../catalogue.ts';
import { disciplines, regionIds, regions, type Country, type Discipline, type RegionId } from '../taxonomy.ts';

/** Opportunities shown as "closing soon" on the home page; the opportunities page has the rest. */
export const CLOSING_SOON_SHOWN = 4;

export interface FacetCount<Id> {
  id: Id;
  /** Upcoming entries: the ones its page lists under "Upcoming". */
  count: number;
}

export interface FrontPageOverview {
  /** Sweden first, then Norway, each with its regions in SPEC §4 order (all of them, even when empty). */
  regionsByCountry: { country: Country; regions: FacetCount<RegionId>[] }[];
  /** Disciplines with something upcoming, in taxonomy order. */
  disciplines: FacetCount<Discipline>[];
  /** Open opportunities with a deadline, soonest first. */
  closingSoon: Entry[];
}

const upcomingCount = (entries: readonly Entry[] | undefined) => entries?.reduce((n, e) => (e.past ? n : n + 1), 0) ?? 0;

export function frontPageOverview(catalogue: Pick<Catalogue, 'byRegion' | 'byDiscipline' | 'openOpportunities'>): FrontPageOverview {
  const countries = [...new Set(regionIds.map((id) => regions[id].country))];
  return {
    regionsByCountry: countries.map((country) => ({
      country,
      regions: regionIds.filter((id) => regions[id].country === country).map((id) => ({ id, count: upcomingCount(catalogue.byRegion.get(id)) })),
    })),
    disciplines: disciplines.map((id) => ({ id, count: upcomingCount(catalogue.byDiscipline.get(id)) })).filter((d) => d.count > 0),
    closingSoon: catalogue.openOpportunities.filter((e) => e.deadline !== undefined).slice(0, CLOSING_SOON_SHOWN),
  };
}

const memo = new WeakMap<object, FrontPageOverview>();

/** `frontPageOverview`, once per catalogue: the three home pages share it. */
export function overviewOf(catalogue: Pick<Catalogue, 'byRegion' | 'byDiscipline' | 'openOpportunities'>): FrontPageOverview {
  let overview = memo.get(catalogue);
  if (!overview) memo.set(catalogue, (overview = frontPageOverview(catalogue)));
  return overview;
}
