/** Finding what already exists: the venue a source's place is, and the file an imported event is. */
import type { SourcePlace } from './types.ts';

export interface KnownVenue {
  id: string;
  name: string;
  address?: string | undefined;
  postcode?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
}

/** Names and addresses compared without case, accents or punctuation. */
export const normalName = (text: string | undefined) =>
  (text ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9æøß]+/g, ' ').trim();

/** Metres between two coordinates (haversine). */
export function metresBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** Two places closer than this are the same venue. */
export const SAME_PLACE_METRES = 150;

/** The venue a place is: same name, same street address (and postcode), or within ~150 m. */
export function matchVenue(place: SourcePlace | undefined, venues: readonly KnownVenue[]): KnownVenue | undefined {
  if (!place) return undefined;
  const name = normalName(place.name);
  const address = normalName(place.address);
  const postcode = (place.postcode ?? '').replace(/\s/g, '');
  return (
    (name ? venues.find((v) => normalName(v.name) === name) : undefined) ??
    (address ? venues.find((v) => normalName(v.address) === address && (!postcode || !v.postcode || v.postcode.replace(/\s/g, '') === postcode)) : undefined) ??
    // "Name, City" lines often carry the venue's name as the address part.
    (name ? venues.find((v) => normalName(v.address) !== '' && normalName(v.address) === name) : undefined) ??
    (place.lat !== undefined && place.lon !== undefined
      ? venues.find((v) => v.lat !== undefined && v.lon !== undefined && metresBetween({ lat: v.lat, lon: v.lon }, { lat: place.lat!, lon: place.lon! }) <= SAME_PLACE_METRES)
      : undefined)
  );
}

/** What the importer knows of an entry file it wrote before. */
export interface ImportedFile {
  path: string;
  url: string;
  uid: string;
  occurrence?: string | undefined;
  title?: string | undefined;
  start?: string | undefined;
  venue?: string | undefined;
}

export const identityKey = (url: string, uid: string, occurrence?: string) => `${url}\u0000${uid}\u0000${occurrence ?? ''}`;

/**
 * A file of the same source with the same title, start and place: the event, re-issued under a new
 * UID (some exporters make new UIDs on every export). `taken` holds files already claimed this run.
 */
export function matchReissued(
  files: readonly ImportedFile[], wanted: { url: string; title: string; start: string; venue?: string | undefined }, taken: ReadonlySet<string>,
): ImportedFile | undefined {
  return files.find(
    (file) =>
      !taken.has(file.path) && file.url === wanted.url && normalName(file.title) === normalName(wanted.title) &&
      file.start === wanted.start && (file.venue ?? '') === (wanted.venue ?? ''),
  );
}
