/** Small catalogues for unit tests: entries, organisers and venues written as their files would say. */
import type { CatalogueInput } from '../../src/lib/catalogue.ts';
import { entrySchema, organiserSchema, venueSchema } from '../../src/schema/index.ts';

/** What every test entry shares unless its fields say otherwise: organiser `sol`, music, Swedish. */
const entryDefaults = { lang: 'sv', disciplines: ['music'], summary: 'Text.', organisers: ['sol'] };

/** An entry titled by its id, checked by the schema, in `timezone`. */
export function testEntry(id: string, fields: Record<string, unknown>, timezone = 'Europe/Stockholm'): CatalogueInput['events'][number] {
  return { id, data: entrySchema.parse({ ...entryDefaults, title: id, ...fields }), timezone };
}

export function testOrganiser(id: string, fields: Record<string, unknown>): CatalogueInput['organisers'][number] {
  return { id, data: organiserSchema.parse(fields) };
}

export function testVenue(id: string, fields: Record<string, unknown>): CatalogueInput['venues'][number] {
  return { id, data: venueSchema.parse(fields) };
}
