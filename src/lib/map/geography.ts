/**
 * The land the maps draw: Natural Earth's 1:10m admin-0 countries (public domain), as redistributed
 * by the `world-atlas` package in TopoJSON. Read from disk once per process, never bundled.
 * Natural Earth's lakes are in no npm package: the lakes come from OpenStreetMap through
 * `@geo-maps/earth-lakes-1km` (ODbL, credited on every map that draws them). No package carries
 * first-order divisions matching Norway's 2024 counties, so no county lines are drawn (docs/decisions.md).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { drawableBounds } from './frames.ts';

/** ISO 3166-1 numeric codes, the ids world-atlas gives its countries. */
const countryCodes = { SE: '752', NO: '578', DK: '208', FI: '246' } as const;
export type MapCountry = keyof typeof countryCodes;
export const mapCountries = Object.keys(countryCodes) as MapCountry[];

export interface Geography {
  /** Each country's land, for the fills. */
  land: Record<MapCountry, Feature<Polygon | MultiPolygon>>;
  /** The Swedish–Norwegian border (land boundary only). */
  border: MultiLineString;
  /** Lakes of the Nordic area at least a few kilometres across (Vänern, Mjøsa, Siljan…). */
  lakes: MultiPolygon;
}

let cached: Geography | undefined;

/** The smallest lake kept, as the diagonal of its bounding box in degrees (about 10 km). */
const minLakeSize = 0.12;

function nordicLakes(): MultiPolygon {
  const file = createRequire(import.meta.url).resolve('@geo-maps/earth-lakes-1km/map.geo.json');
  const world = JSON.parse(readFileSync(file, 'utf8')) as { geometries: MultiPolygon[] };
  const coordinates = world.geometries.flatMap((g) => g.coordinates).filter((polygon) => {
    const ring = polygon[0] ?? [];
    let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const [lon, lat] of ring) {
      west = Math.min(west, lon!);
      east = Math.max(east, lon!);
      south = Math.min(south, lat!);
      north = Math.max(north, lat!);
    }
    const nearby = east >= drawableBounds.west && west <= drawableBounds.east && north >= drawableBounds.south && south <= drawableBounds.north;
    return nearby && Math.hypot(east - west, north - south) >= minLakeSize;
  });
  return { type: 'MultiPolygon', coordinates };
}

export function geography(): Geography {
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const countries = topology.objects.countries;
  const geometries = new Map(countries.geometries.map((g) => [String(g.id), g]));
  const land = Object.fromEntries(
    mapCountries.map((country) => {
      const geometry = geometries.get(countryCodes[country]);
      if (!geometry) throw new Error(`world-atlas has no country ${countryCodes[country]} (${country})`);
      return [country, feature(topology, geometry) as Feature<Polygon | MultiPolygon>];
    }),
  ) as Geography['land'];
  const pair = new Set<string>([countryCodes.SE, countryCodes.NO]);
  const border = mesh(topology, countries, (a, b) => a !== b && pair.has(String(a.id)) && pair.has(String(b.id)));
  cached = { land, border, lakes: nordicLakes() };
  return cached;
}
