/**
 * Towns named on the maps, as orientation: one or two per region, the places people know. Their
 * names are the same in all three languages (Göteborg is Gothenburg in English). `rank` 1 is named on
 * every map; `rank` 2 only where the map is large enough (a region's own map).
 */
import type { UiLang } from '../taxonomy.ts';

export interface Town {
  name: string;
  names?: Partial<Record<UiLang, string>>;
  lon: number;
  lat: number;
  rank: 1 | 2;
  /** Which side of its point the name goes, so names near the border or the coast stay clear. */
  anchor?: 'start' | 'end';
}

export const towns: Town[] = [
  { name: 'Oslo', lon: 10.7522, lat: 59.9139, rank: 1, anchor: 'end' },
  { name: 'Karlstad', lon: 13.5036, lat: 59.3793, rank: 1 },
  { name: 'Falun', lon: 15.6355, lat: 60.6065, rank: 1 },
  { name: 'Göteborg', names: { en: 'Gothenburg' }, lon: 11.9746, lat: 57.7089, rank: 1 },
  { name: 'Hamar', lon: 11.068, lat: 60.7945, rank: 1 },
  { name: 'Lillehammer', lon: 10.4662, lat: 61.1153, rank: 1, anchor: 'end' },
  { name: 'Kongsvinger', lon: 11.9977, lat: 60.1907, rank: 1, anchor: 'end' },
  { name: 'Arvika', lon: 12.5852, lat: 59.6553, rank: 1 },
  { name: 'Mora', lon: 14.543, lat: 61.007, rank: 1 },
  { name: 'Drammen', lon: 10.2045, lat: 59.7441, rank: 1, anchor: 'end' },
  { name: 'Fredrikstad', lon: 10.9298, lat: 59.2181, rank: 1, anchor: 'end' },
  { name: 'Trollhättan', lon: 12.2886, lat: 58.2837, rank: 1 },
  { name: 'Torsby', lon: 12.9994, lat: 60.1335, rank: 2 },
  { name: 'Charlottenberg', lon: 12.2833, lat: 59.8833, rank: 2 },
  { name: 'Elverum', lon: 11.5623, lat: 60.8819, rank: 2 },
  { name: 'Halden', lon: 11.3875, lat: 59.1248, rank: 2 },
  { name: 'Lillestrøm', lon: 11.0492, lat: 59.956, rank: 2 },
  { name: 'Hønefoss', lon: 10.2565, lat: 60.168, rank: 2, anchor: 'end' },
  { name: 'Borlänge', lon: 15.4371, lat: 60.4858, rank: 2 },
  { name: 'Uddevalla', lon: 11.9356, lat: 58.3498, rank: 2, anchor: 'end' },
  { name: 'Trysil', lon: 12.2633, lat: 61.3146, rank: 2 },
  { name: 'Kongsberg', lon: 9.6502, lat: 59.6689, rank: 2, anchor: 'end' },
  { name: 'Sarpsborg', lon: 11.1096, lat: 59.2839, rank: 2 },
  { name: 'Moss', lon: 10.6577, lat: 59.434, rank: 2, anchor: 'end' },
];

export function townName(town: Town, lang: UiLang): string {
  return town.names?.[lang] ?? town.name;
}
