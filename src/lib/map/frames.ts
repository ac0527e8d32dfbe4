/**
 * What each map shows, as longitude/latitude bounds: the whole border region (the eight regions of
 * SPEC §4) and each region on its own. Region bounds are hand-measured from the counties' extents
 * (Norway's 2024 counties), generous by a few kilometres; no county outline is drawn.
 */
import type { RegionId } from '../taxonomy.ts';

export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The border region as a whole: Oslofjord and Göteborg in the south-west to Tynset and Sälen in the north. */
export const regionBounds: Bounds = { west: 7.6, east: 16.6, south: 57.4, north: 62.5 };

export const regionFrames: Record<RegionId, Bounds> = {
  varmland: { west: 11.6, east: 14.6, south: 58.7, north: 61.1 },
  dalarna: { west: 12.1, east: 16.8, south: 59.8, north: 62.3 },
  'vastra-gotaland': { west: 10.9, east: 14.6, south: 57.1, north: 59.3 },
  innlandet: { west: 7.9, east: 12.9, south: 59.8, north: 62.7 },
  akershus: { west: 10.2, east: 11.9, south: 59.5, north: 60.45 },
  ostfold: { west: 10.5, east: 11.9, south: 58.95, north: 59.8 },
  buskerud: { west: 7.9, east: 10.7, south: 59.4, north: 61.0 },
  oslo: { west: 10.45, east: 11.0, south: 59.78, north: 60.16 },
};

/**
 * Venues this far from the border region are not drawn (they would shrink the map to nothing) but
 * listed below it; inside these bounds a venue widens the frame so that it gets its dot.
 */
export const drawableBounds: Bounds = { west: 3, east: 25, south: 54, north: 66 };

export function contains(bounds: Bounds, lon: number, lat: number): boolean {
  return lon >= bounds.west && lon <= bounds.east && lat >= bounds.south && lat <= bounds.north;
}

/** The bounds grown to take in every point (points outside `drawableBounds` ignored). */
export function extend(bounds: Bounds, points: readonly { lon: number; lat: number }[], margin = 0.15): Bounds {
  const result = { ...bounds };
  for (const { lon, lat } of points) {
    if (!contains(drawableBounds, lon, lat)) continue;
    result.west = Math.min(result.west, lon - margin);
    result.east = Math.max(result.east, lon + margin);
    result.south = Math.min(result.south, lat - margin / 2);
    result.north = Math.max(result.north, lat + margin / 2);
  }
  return result;
}
