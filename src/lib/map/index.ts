/**
 * The maps of the border region (issue 16), drawn at build time as SVG: the front of `src/lib/map/`.
 * Pages ask for a map and place nothing themselves; each frame's land is projected once per build.
 */
import type { Catalogue, Venue } from '../catalogue.ts';
import { regionIds, type RegionId } from '../taxonomy.ts';
import { baseMap, type BaseMap } from './base.ts';
import { contains, extend, regionBounds, regionFrames, type Bounds } from './frames.ts';
import { labelTowns, type TownLabel } from './labels.ts';
import { placeMarks, type Mark } from './marks.ts';
import { mapPlaces } from './places.ts';

export { mapPlaces, type Place, type Places } from './places.ts';
export { townName } from './towns.ts';
export { baseMapSvg } from './svg.ts';
export type { BaseMap, PlacedTown } from './base.ts';
export type { Mark } from './marks.ts';
export type { TownLabel } from './labels.ts';

export interface VenueMap {
  base: BaseMap;
  marks: Mark[];
  /** The towns' names, placed clear of the marks where a side is free; drawn above them. */
  labels: TownLabel[];
}

/** Width of the big maps' user space; the SVG scales to the page. */
export const mapWidth = 600;

const key = (b: Bounds) => `${b.west},${b.east},${b.south},${b.north}`;

function venueMap(catalogue: Catalogue, bounds: Bounds, townRank: 1 | 2): VenueMap {
  const base = baseMap(`big:${key(bounds)}:${townRank}`, { bounds, width: mapWidth, tolerance: 0.7, townRank, lakes: true });
  const places = mapPlaces(catalogue).located.filter((p) => contains(bounds, p.lon, p.lat));
  const marks = placeMarks(base, places);
  return { base, marks, labels: labelTowns(base, marks) };
}

const overviews = new WeakMap<Catalogue, VenueMap>();

/** The whole border region, grown to take in every venue near it, with every venue's mark. */
export function overviewMap(catalogue: Catalogue): VenueMap {
  let map = overviews.get(catalogue);
  if (!map) {
    map = venueMap(catalogue, extend(regionBounds, mapPlaces(catalogue).located), 1);
    overviews.set(catalogue, map);
  }
  return map;
}

const regionMaps = new WeakMap<Catalogue, Map<RegionId, VenueMap>>();

/** One region framed, with the marks of every venue inside the frame (neighbours' too). */
export function regionMap(catalogue: Catalogue, region: RegionId): VenueMap {
  let maps = regionMaps.get(catalogue);
  if (!maps) regionMaps.set(catalogue, (maps = new Map()));
  let map = maps.get(region);
  if (!map) {
    const own = mapPlaces(catalogue).located.filter((p) => p.venue.data.region === region);
    map = venueMap(catalogue, extend(regionFrames[region], own, 0.05), 2);
    maps.set(region, map);
  }
  return map;
}

/** The anchor of each group mark (`map-group-1`, … west to east), which its dot links to. */
export function groupAnchors(marks: readonly Mark[]): Map<Mark, string> {
  const anchors = new Map<Mark, string>();
  for (const mark of marks) if (mark.places.length > 1) anchors.set(mark, `map-group-${anchors.size + 1}`);
  return anchors;
}

/**
 * A map's marks by region, for the list below it: each venue once, a group as one item under the
 * region of its first venue (the one with most on), its venues with their towns.
 */
export function marksByRegion(marks: readonly Mark[]): { region: RegionId; marks: Mark[] }[] {
  const city = (mark: Mark) => mark.places[0]!.venue.data.city;
  return regionIds
    .map((region) => ({
      region,
      marks: marks
        .filter((mark) => mark.places[0]!.venue.data.region === region)
        .sort((a, b) => city(a).localeCompare(city(b), 'sv') || a.places[0]!.venue.data.name.localeCompare(b.places[0]!.venue.data.name, 'sv')),
    }))
    .filter((group) => group.marks.length > 0);
}

export interface Locator {
  /** The shared base map the locator shows a window of (served as an image, see `locatorBase`). */
  base: BaseMap;
  /** The part of the base map shown: a window around the venue, as an SVG viewBox. */
  viewBox: [number, number, number, number];
  x: number;
  y: number;
  r: number;
}

/** Side of a locator's window, in the base map's user units (about 110 km). */
const locatorWindow = 210;

const locatorBases = new WeakMap<Catalogue, BaseMap>();

/** The one base every locator map shows a window of: the overview's frame, towns named, no lakes. */
export function locatorBase(catalogue: Catalogue): BaseMap {
  let base = locatorBases.get(catalogue);
  if (!base) {
    const bounds = extend(regionBounds, mapPlaces(catalogue).located, 0.6);
    base = baseMap(`locator:${key(bounds)}`, { bounds, width: mapWidth, tolerance: 1, townRank: 2, lakes: false });
    locatorBases.set(catalogue, base);
  }
  return base;
}

/** A small map of the country around one venue: a window on `locatorBase` centred on it. None without coordinates. */
export function locatorMap(catalogue: Catalogue, venue: Venue): Locator | undefined {
  const { lat, lon } = venue.data;
  if (lat === undefined || lon === undefined) return undefined;
  const base = locatorBase(catalogue);
  const p = base.project(lon, lat);
  if (!p) return undefined;
  const clamp = (v: number, max: number) => Math.round(Math.min(Math.max(v - locatorWindow / 2, 0), Math.max(max - locatorWindow, 0)));
  return { base, viewBox: [clamp(p[0], base.width), clamp(p[1], base.height), locatorWindow, locatorWindow], x: p[0], y: p[1], r: 6 };
}
