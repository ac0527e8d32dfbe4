/**
 * A base map: the countries, the border and the towns projected once into an SVG user space of a
 * given width, framed on some bounds. Projecting the 1:10m coastline is the expensive part of a map,
 * so each frame is made once per build (memoised by its key) and every page reuses its strings.
 */
import { geoPath, geoStream, geoTransverseMercator, type GeoProjection, type GeoStream } from 'd3-geo';
import type { MultiPoint, MultiPolygon } from 'geojson';
import type { Bounds } from './frames.ts';
import { geography, mapCountries, type MapCountry } from './geography.ts';
import { towns, type Town } from './towns.ts';

export interface BaseMapOptions {
  bounds: Bounds;
  /** Width of the SVG user space; the height follows from the frame. */
  width: number;
  /** Points closer than this (in user units) to the last one kept are dropped. */
  tolerance: number;
  /** The least important town rank named (1 = main towns only, 0 = none). */
  townRank: 0 | 1 | 2;
  /** Draw the lakes (they carry an attribution, so small maps leave them out). */
  lakes: boolean;
}

export interface PlacedTown {
  town: Town;
  x: number;
  y: number;
  /** Which side of the point the name goes: the town's preference unless it would run off the map. */
  anchor: 'start' | 'end';
}

/** A generous guess at a name's width in user units at the largest type the maps use (20 units, narrow screens). */
export const nameWidth = (name: string) => name.length * 11 + 6;

export interface BaseMap {
  width: number;
  height: number;
  /** Each country's land as SVG path data, Sweden and Norway last (drawn on top). */
  land: { country: MapCountry; d: string }[];
  border: string;
  /** Lakes as SVG path data; empty when not drawn. */
  lakes: string;
  towns: PlacedTown[];
  /** Where a point lands in user units, rounded to 0.1; undefined when outside the frame. */
  project(lon: number, lat: number): [number, number] | undefined;
}

const tenth = (n: number) => Math.round(n * 10);
const fmt = (tenths: number) => String(tenths / 10);

/** Compact relative path data: `M x y l dx dy …` in tenths of a unit, tiny rings dropped. */
function pathSink(tolerance: number) {
  let out = '';
  let ring: [number, number][] = [];
  let inPolygon = false;
  const minTenths = tolerance * 10;
  const flush = () => {
    if (ring.length < (inPolygon ? 3 : 2)) return;
    if (inPolygon) {
      const xs = ring.map((p) => p[0]);
      const ys = ring.map((p) => p[1]);
      // An island smaller than about two tolerances across is a speck at this scale.
      if (Math.max(...xs) - Math.min(...xs) < 2 * minTenths && Math.max(...ys) - Math.min(...ys) < 2 * minTenths) return;
    }
    const [first, ...rest] = ring;
    out += `M${fmt(first![0])} ${fmt(first![1])}`;
    if (rest.length > 0) out += 'l';
    let [px, py] = first!;
    let numbers = '';
    for (const [x, y] of rest) {
      for (const n of [x - px, y - py]) numbers += (n < 0 || numbers === '' ? '' : ' ') + fmt(n);
      px = x;
      py = y;
    }
    out += numbers + (inPolygon ? 'z' : '');
  };
  const stream: GeoStream = {
    point(x, y) {
      const p: [number, number] = [tenth(x), tenth(y)];
      const last = ring.at(-1);
      if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= minTenths) ring.push(p);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      flush();
      ring = [];
    },
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
    },
    sphere() {},
  };
  return { stream, result: () => out };
}

function pathData(object: Parameters<typeof geoStream>[0], projection: GeoProjection, tolerance: number): string {
  const sink = pathSink(tolerance);
  geoStream(object, projection.stream(sink.stream));
  return sink.result();
}

/** A lake is drawn when it is at least this many tolerances across: about 15 km on the overview. */
const minLake = 24;

/** The polygons whose projected bounding box is at least `size` across (diagonal). */
function largeEnough(lakes: MultiPolygon, projection: GeoProjection, size: number): MultiPolygon {
  const path = geoPath(projection);
  const coordinates = lakes.coordinates.filter((coords) => {
    const [[x0, y0], [x1, y1]] = path.bounds({ type: 'Polygon', coordinates: coords });
    return Math.hypot(x1 - x0, y1 - y0) >= size;
  });
  return { type: 'MultiPolygon', coordinates };
}

/** Points along the edges of the bounds: fitting to these frames the whole lon/lat rectangle. */
function outline(b: Bounds): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = b.west + ((b.east - b.west) * i) / 8;
    const lat = b.south + ((b.north - b.south) * i) / 8;
    coordinates.push([lon, b.south], [lon, b.north], [b.west, lat], [b.east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

export function makeBaseMap({ bounds, width, tolerance, townRank, lakes: withLakes }: BaseMapOptions): BaseMap {
  // Transverse Mercator on the frame's central meridian, as Norway's and Sweden's own maps do (UTM, SWEREF 99 TM).
  const frame = outline(bounds);
  const projection = geoTransverseMercator()
    .rotate([-(bounds.west + bounds.east) / 2, 0])
    .fitWidth(width, frame);
  const height = Math.ceil(geoPath(projection).bounds(frame)[1][1]);
  projection.clipExtent([[0, 0], [width, height]]);
  const { land, border, lakes } = geography();
  const order: MapCountry[] = [...mapCountries.filter((c) => c !== 'SE' && c !== 'NO'), 'SE', 'NO'];
  const project = (lon: number, lat: number): [number, number] | undefined => {
    const p = projection([lon, lat]);
    if (!p || p[0] < 0 || p[1] < 0 || p[0] > width || p[1] > height) return undefined;
    return [tenth(p[0]) / 10, tenth(p[1]) / 10];
  };
  return {
    width,
    height,
    land: order.map((country) => ({ country, d: pathData(land[country], projection, tolerance) })).filter((l) => l.d !== ''),
    border: pathData(border, projection, tolerance),
    lakes: withLakes ? pathData(largeEnough(lakes, projection, minLake * tolerance), projection, tolerance) : '',
    towns: towns
      .filter((town) => town.rank <= townRank)
      .flatMap((town) => {
        const p = project(town.lon, town.lat);
        if (!p) return [];
        const wanted = town.anchor ?? 'start';
        const fits = wanted === 'start' ? p[0] + nameWidth(town.name) <= width : p[0] - nameWidth(town.name) >= 0;
        const anchor = fits ? wanted : wanted === 'start' ? 'end' : 'start';
        return [{ town, x: p[0], y: p[1], anchor }];
      }),
    project,
  };
}

const memo = new Map<string, BaseMap>();

/** The base map for a frame, made on first use; `key` names the frame and options. */
export function baseMap(key: string, options: BaseMapOptions): BaseMap {
  let map = memo.get(key);
  if (!map) {
    map = makeBaseMap(options);
    memo.set(key, map);
  }
  return map;
}
