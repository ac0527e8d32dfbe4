/**
 * Public-transport journey planners, one per venue country, opened with the venue as the
 * destination. The visitor adds where they start from (Entur uses their location if shared).
 * Link forms: docs/decisions.md (2026-11-27, journey planners).
 */
import type { VenueData } from '../schema/index.ts';
import type { Country } from './taxonomy.ts';

export interface JourneyPlannerLink {
  /** The planner's own name, shown in the link text. */
  planner: string;
  href: string;
}

type Destination = Pick<VenueData, 'name' | 'city' | 'country' | 'lat' | 'lon'>;

/** HAFAS (ResRobot) writes WGS84 degrees as integers of micro-degrees: 59.654 → 59654000. */
const microDegrees = (degrees: number) => String(Math.round(degrees * 1_000_000));

/**
 * Samtrafiken's ResRobot covers every operator in Sweden. Its deep link takes the destination as
 * a HAFAS "triple id" (ZID): `A=16@X=<lon>@Y=<lat>@O=<name>`; without an origin and `start=1`
 * it opens the search form with the destination filled in.
 */
function resRobot(venue: Destination): JourneyPlannerLink {
  const base = 'https://reseplanerare.resrobot.se/bin/query.exe/sn';
  if (venue.lat === undefined || venue.lon === undefined) return { planner: 'Resrobot', href: 'https://www.resrobot.se/' };
  const name = `${venue.name}, ${venue.city}`.replace(/@/g, ' ');
  const params = new URLSearchParams({ ZID: `A=16@X=${microDegrees(venue.lon)}@Y=${microDegrees(venue.lat)}@O=${name}` });
  return { planner: 'Resrobot', href: `${base}?${params}` };
}

/**
 * Entur covers every operator in Norway. Its travel-search link takes the destination as
 * `stopLat`/`stopLon` with `stopLabel` for display; a missing start means the user's position.
 */
function entur(venue: Destination): JourneyPlannerLink {
  if (venue.lat === undefined || venue.lon === undefined) return { planner: 'Entur', href: 'https://entur.no/' };
  const params = new URLSearchParams({
    stopLabel: `${venue.name}, ${venue.city}`,
    stopLat: String(venue.lat),
    stopLon: String(venue.lon),
  });
  return { planner: 'Entur', href: `https://entur.no/travel-result?${params}` };
}

const planners: Partial<Record<Country, (venue: Destination) => JourneyPlannerLink>> = {
  SE: resRobot,
  NO: entur,
};

// Per venue: every entry page at a venue shows the same link, in each of three languages.
const linkOfVenue = new WeakMap<Destination, JourneyPlannerLink | undefined>();

/** The national journey planner of the venue's country, or undefined where we know none. */
export function journeyPlannerLink(venue: Destination): JourneyPlannerLink | undefined {
  if (!linkOfVenue.has(venue)) linkOfVenue.set(venue, planners[venue.country]?.(venue));
  return linkOfVenue.get(venue);
}
