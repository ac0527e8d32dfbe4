/**
 * The build's catalogue: the collections read once, at module level, so every page and
 * endpoint shares one instance (a page never calls getCollection itself).
 */
import { getCollection } from 'astro:content';
import { buildCatalogue } from '../lib/catalogue.ts';
import { buildNow } from '../lib/time.ts';

const [events, organisers, venues] = await Promise.all([
  getCollection('events'),
  getCollection('organisers'),
  getCollection('venues'),
]);

export const catalogue = buildCatalogue(
  {
    events: events.map((e) => ({ id: e.id, data: e.data, timezone: e.data.timezone ?? 'Europe/Stockholm' })),
    organisers: organisers.map((o) => ({ id: o.id, data: o.data, body: o.rendered?.html })),
    venues: venues.map((v) => ({ id: v.id, data: v.data, body: v.rendered?.html })),
  },
  buildNow(),
);

const bodies = new Map(events.map((e) => [e.id, e.rendered?.html ?? '']));

/** The sanitised HTML of an entry's Markdown body. */
export function bodyHtml(id: string): string {
  return bodies.get(id) ?? '';
}
