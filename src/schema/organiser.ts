/** An organisation in `organisers/` (SPEC §1). */
import { z } from 'astro/zod';
import { country, email, httpsUrl, image, text } from './fields.ts';
import { regionIds, uiLangs } from '../lib/taxonomy.ts';

export const organiserSchema = z.strictObject({
  /** The organisation's own name. */
  name: text(140),
  /** Where it is based: decides the "Swedish–Norwegian co-production" mark. */
  country,
  region: z.enum(regionIds).optional(),
  website: httpsUrl.optional(),
  email: email.optional(),
  logo: image.optional(),
  /** The name in other UI languages. */
  translations: z.partialRecord(z.enum(uiLangs), z.strictObject({ name: text(140) })).optional(),
});

export type OrganiserData = z.output<typeof organiserSchema>;
