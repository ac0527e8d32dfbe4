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
})
  // YAML reads an unquoted 0150 as the number 150: give Norwegian and Swedish codes their digits back.
  .transform((venue) => {
    const digits = venue.country === 'NO' ? 4 : venue.country === 'SE' ? 5 : 0;
    const postcode = venue.postcode !== undefined && /^\d+$/.test(venue.postcode) ? venue.postcode.padStart(digits, '0') : venue.postcode;
    return postcode === undefined ? venue : { ...venue, postcode };
  });

export type VenueData = z.output<typeof venueSchema>;
