/**
 * Where the dots go on one base map: one mark per venue, and venues whose dots would overlap merged
 * into one group mark with a count. Marks come west to east, the order the keyboard visits them.
 */
import type { BaseMap } from './base.ts';
import type { Place } from './places.ts';

type Located = Place & { lon: number; lat: number };

export interface Mark {
  x: number;
  y: number;
  r: number;
  /** One venue, or several close together (the first has the most upcoming). */
  places: Located[];
  upcoming: number;
  country: 'SE' | 'NO' | 'mixed';
}

/** Dot radius in user units of a 600-wide map: the area grows with what is upcoming, up to a cap. */
export function radius(upcoming: number, scale = 1): number {
  return Math.round((4 + 1.5 * Math.sqrt(Math.min(upcoming, 100))) * scale * 10) / 10;
}

function countryOf(places: Located[]): Mark['country'] {
  const countries = new Set(places.map((p) => p.venue.data.country));
  if (countries.size === 1 && (countries.has('SE') || countries.has('NO'))) return countries.has('SE') ? 'SE' : 'NO';
  return 'mixed';
}

/** Places whose dots would touch are merged; `scale` sizes the dots to the map's width. */
export function placeMarks(base: BaseMap, places: readonly Located[], scale = base.width / 600): Mark[] {
  const gap = 1.5 * scale;
  let marks: Mark[] = [];
  const largestFirst = [...places].sort((a, b) => b.upcoming - a.upcoming || a.venue.id.localeCompare(b.venue.id));
  for (const place of largestFirst) {
    const p = base.project(place.lon, place.lat);
    if (!p) continue;
    const r = radius(place.upcoming, scale);
    const near = marks.find((m) => Math.hypot(m.x - p[0], m.y - p[1]) < m.r + r + gap);
    if (near) {
      near.places.push(place);
      near.upcoming += place.upcoming;
    } else {
      marks.push({ x: p[0], y: p[1], r, places: [place], upcoming: place.upcoming, country: 'SE' });
    }
  }
  // A group grows with its count; merge until no two marks touch.
  for (let merged = true; merged; ) {
    merged = false;
    for (const m of marks) m.r = m.places.length > 1 ? Math.max(radius(m.upcoming, scale), 9 * scale) : m.r;
    outer: for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const a = marks[i]!;
        const b = marks[j]!;
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r + gap) {
          const [keep, drop] = a.upcoming >= b.upcoming ? [a, b] : [b, a];
          keep.places.push(...drop.places);
          keep.upcoming += drop.upcoming;
          marks = marks.filter((m) => m !== drop);
          merged = true;
          break outer;
        }
      }
    }
  }
  for (const m of marks) m.country = countryOf(m.places);
  return marks.sort((a, b) => a.x - b.x || a.y - b.y);
}
