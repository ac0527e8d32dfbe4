/** An organisation in `organisers/` (SPEC §1). */
import { z } from 'astro/zod';
import { country, email, httpsUrl, id, image, text } from './fields.ts';
import { contentLangs, disciplines, entryTypes, regionIds, uiLangs } from '../lib/taxonomy.ts';

/** A calendar address: https, or webcal (read as https). */
export const feedUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'webcal:') && url.hostname.length > 0 && !/\s/.test(value);
    } catch {
      return false;
    }
  },
  { error: 'must be a full https:// or webcal:// address', params: { rule: 'https' } },
);

/** A calendar the organisation already publishes (SPEC §6), with defaults for what its events do not say. */
export const feedSchema = z.strictObject({
  /** An iCalendar feed, or a web page with schema.org Event data. */
  url: feedUrl,
  /** The language its events are written in. */
  lang: z.enum(contentLangs).optional(),
  /** The type of its events when a category does not say. */
  type: z.enum(entryTypes).optional(),
  /** Art forms of its events when no category says. */
  disciplines: z.array(z.enum(disciplines)).min(1).max(5).optional(),
  /** The venue id of events that name no place, or a place that cannot be matched. */
  venue: id.optional(),
  /** The region of new venues made from the places its events name. */
  region: z.enum(regionIds).optional(),
  /** IANA zone of times the feed gives without one (floating times). */
  timezone: z.string().optional(),
});

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
  /** Calendars to import and keep in sync (`npm run sync`). */
  feeds: z.array(feedSchema).min(1).optional(),
});

export type FeedData = z.output<typeof feedSchema>;

export type OrganiserData = z.output<typeof organiserSchema>;
