import { describe, expect, it } from 'vitest';
import { buildCatalogue, type CatalogueInput } from '../../src/lib/catalogue.ts';
import { makeBaseMap, type BaseMap } from '../../src/lib/map/base.ts';
import { extend, regionBounds } from '../../src/lib/map/frames.ts';
import { labelTowns } from '../../src/lib/map/labels.ts';
import { placeMarks, type Mark } from '../../src/lib/map/marks.ts';
import { towns } from '../../src/lib/map/towns.ts';
import { locatorMap, mapPlaces } from '../../src/lib/map/index.ts';
import { venueSchema } from '../../src/schema/index.ts';

const venue = (id: string, fields: Record<string, unknown>) => ({
  id,
  data: venueSchema.parse({ name: id, city: 'Karlstad', country: 'SE', region: 'varmland', ...fields }),
});

/** A base map whose projection is plain lon/lat × 10: enough to test where marks go. */
const flat: BaseMap = { width: 600, height: 600, land: [], border: '', lakes: '', towns: [], project: (lon, lat) => [lon * 10, 600 - lat * 10] };
const located = (id: string, lon: number, lat: number, upcoming: number) => ({ venue: venue(id, { lat, lon }), upcoming, lon, lat });

describe('labelTowns', () => {
  const hamar = towns.find((town) => town.name === 'Hamar')!;
  const withHamar: BaseMap = { ...flat, towns: [{ town: hamar, x: 300, y: 300, anchor: 'start' }] };
  const dot = (x: number, y: number, r = 6): Mark => ({ x, y, r, places: [], upcoming: 1, country: 'SE' });
  const placed = (marks: Mark[]) => labelTowns(withHamar, marks).map(({ x, y, anchor }) => ({ x, y, anchor }));

  it('puts a name where the base map wants it when no dot is in the way', () => {
    expect(placed([])).toEqual([{ x: 305, y: 296, anchor: 'start' }]);
    expect(placed([dot(200, 200)])).toEqual([{ x: 305, y: 296, anchor: 'start' }]);
  });

  it('moves a name off a dot: to the other side, then below', () => {
    // A dot on the name's right: the name goes left of the point.
    expect(placed([dot(330, 290)])).toEqual([{ x: 295, y: 296, anchor: 'end' }]);
    // Dots above on both sides: the name goes below, on its own side first.
    expect(placed([dot(330, 290), dot(270, 290)])).toEqual([{ x: 305, y: 316, anchor: 'start' }]);
  });

  it('keeps a name on the map, and on the side that covers the fewest dots when none is free', () => {
    const atEdge: BaseMap = { ...flat, towns: [{ town: hamar, x: 590, y: 300, anchor: 'end' }] };
    expect(labelTowns(atEdge, [dot(560, 290)]).map(({ x, y, anchor }) => ({ x, y, anchor }))).toEqual([{ x: 585, y: 316, anchor: 'end' }]);
    const boxedIn = [dot(330, 290), dot(270, 290), dot(330, 312), dot(270, 312), dot(340, 312)];
    expect(placed(boxedIn)).toEqual([{ x: 305, y: 296, anchor: 'start' }]);
  });
});

describe('placeMarks', () => {
  it('gives far-apart venues a dot each, west to east, sized by what is upcoming', () => {
    const marks = placeMarks(flat, [located('east', 40, 20, 1), located('west', 10, 20, 9)]);
    expect(marks.map((m) => m.places.map((p) => p.venue.id))).toEqual([['west'], ['east']]);
    expect(marks[0]!.r).toBeGreaterThan(marks[1]!.r);
    expect([marks[0]!.x, marks[0]!.y]).toEqual([100, 400]);
  });

  it('merges dots that would touch into one group at the busiest venue, counting everything', () => {
    const marks = placeMarks(flat, [located('a', 10, 20, 2), located('b', 10.3, 20, 5), located('c', 10.6, 20.1, 1), located('far', 50, 50, 0)]);
    expect(marks).toHaveLength(2);
    const group = marks.find((m) => m.places.length > 1)!;
    expect(group.places.map((p) => p.venue.id)).toEqual(['b', 'a', 'c']);
    expect(group.upcoming).toBe(8);
    expect([group.x, group.y]).toEqual([103, 400]);
    expect(group.country).toBe('SE');
  });

  it('calls a group of Swedish and Norwegian venues mixed', () => {
    const no = { ...located('n', 10.1, 20, 1), venue: venue('n', { lat: 20, lon: 10.1, country: 'NO', region: 'innlandet' }) };
    expect(placeMarks(flat, [located('s', 10, 20, 1), no])[0]!.country).toBe('mixed');
  });
});

describe('base maps', () => {
  const base = makeBaseMap({ bounds: regionBounds, width: 300, tolerance: 1, townRank: 1, lakes: false });

  it('writes compact relative path data in tenths', () => {
    for (const { d } of base.land) expect(d).toMatch(/^(M-?\d+(\.\d)? -?\d+(\.\d)?(l[-\d. ]+)?z)+$/);
    expect(base.border).toMatch(/^M[\d.]+ [\d.]+l[-\d. ]+$/);
  });

  it('projects west to the left and north up, and leaves out what lies outside the frame', () => {
    const karlstad = base.project(13.5036, 59.3793)!;
    const falun = base.project(15.6355, 60.6065)!;
    expect(karlstad[0]).toBeLessThan(falun[0]);
    expect(karlstad[1]).toBeGreaterThan(falun[1]);
    expect(base.project(18.07, 59.33)).toBeUndefined(); // Stockholm
  });

  it('grows a frame to take in a venue near the region, but not one across the world', () => {
    expect(extend(regionBounds, [{ lon: 18.07, lat: 59.33 }]).east).toBeGreaterThan(18);
    expect(extend(regionBounds, [{ lon: -70, lat: 40 }])).toEqual(regionBounds);
  });
});

describe('mapPlaces and locatorMap', () => {
  const input: CatalogueInput = {
    events: [],
    organisers: [],
    venues: [venue('here', { lat: 59.38, lon: 13.5 }), venue('nowhere', {}), venue('abroad', { lat: 40.7, lon: -74 })],
  };
  const catalogue = buildCatalogue(input, new Date('2027-03-01T12:00:00Z'));

  it('sorts venues into drawn, too far away and without coordinates', () => {
    const places = mapPlaces(catalogue);
    expect(places.located.map((p) => p.venue.id)).toEqual(['here']);
    expect(places.outside.map((p) => p.venue.id)).toEqual(['abroad']);
    expect(places.unlocated.map((p) => p.venue.id)).toEqual(['nowhere']);
  });

  it('draws a locator only for a venue it can place, centred on it', () => {
    expect(locatorMap(catalogue, catalogue.venues.get('nowhere')!)).toBeUndefined();
    expect(locatorMap(catalogue, catalogue.venues.get('abroad')!)).toBeUndefined();
    const locator = locatorMap(catalogue, catalogue.venues.get('here')!)!;
    const [x, y, w, h] = locator.viewBox;
    expect(locator.x).toBeGreaterThan(x);
    expect(locator.x).toBeLessThan(x + w);
    expect(locator.y).toBeGreaterThan(y);
    expect(locator.y).toBeLessThan(y + h);
  });
});
