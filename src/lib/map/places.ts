/**
 * The venues a map shows, with how much is upcoming at each: counted once per build from the
 * catalogue, then shared by every map and list.
 */
import type { Catalogue, Venue } from '../catalogue.ts';
import { contains, drawableBounds } from './frames.ts';

export interface Place {
  venue: Venue;
  /** Entries at this venue that are not yet past. */
  upcoming: number;
}

export interface Places {
  /** Venues with coordinates inside the drawable area, west to east. */
  located: (Place & { lon: number; lat: number })[];
  /** Venues with coordinates too far from the region to draw. */
  outside: Place[];
  /** Venues without coordinates. */
  unlocated: Place[];
}

const cache = new WeakMap<Catalogue, Places>();

export function mapPlaces(catalogue: Catalogue): Places {
  const cached = cache.get(catalogue);
  if (cached) return cached;
  const all: Place[] = [...catalogue.venues.values()].map((venue) => ({
    venue,
    upcoming: (catalogue.byVenue.get(venue.id) ?? []).filter((entry) => !entry.past).length,
  }));
  const byName = (a: Place, b: Place) =>
    a.venue.data.city.localeCompare(b.venue.data.city, 'sv') || a.venue.data.name.localeCompare(b.venue.data.name, 'sv') || a.venue.id.localeCompare(b.venue.id);
  all.sort(byName);
  const located: Places['located'] = [];
  const outside: Place[] = [];
  const unlocated: Place[] = [];
  for (const place of all) {
    const { lat, lon } = place.venue.data;
    if (lat === undefined || lon === undefined) unlocated.push(place);
    else if (contains(drawableBounds, lon, lat)) located.push({ ...place, lon, lat });
    else outside.push(place);
  }
  located.sort((a, b) => a.lon - b.lon || a.lat - b.lat || a.venue.id.localeCompare(b.venue.id));
  const result: Places = { located, outside, unlocated };
  cache.set(catalogue, result);
  return result;
}
