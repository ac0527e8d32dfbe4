/** A place in `venues/` (SPEC §1). */
import { z } from 'astro/zod';
import { accessibility, country, httpsUrl, text } from './fields.ts';
import { regionIds } from '../lib/taxonomy.ts';

export const venueSchema = z.strictObject({
  name: text(140),
  city: text(80),
  /** Decides the default time zone of events here. */
  country,
  region: z.enum(regionIds),
  address: text(200).optional(),
  postcode: z.union([text(12), z.int()]).transform(String).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  accessibility: accessibility.optional(),
  /** How to get there by train or bus, in plain words. */
  transit: text(500).optional(),
  website: httpsUrl.optional(),
});

export type VenueData = z.output<typeof venueSchema>;
