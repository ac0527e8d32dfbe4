/** An event or opportunity file in `events/` (SPEC §1). */
import { z } from 'astro/zod';
import { accessibility, httpsUrl, id, image, localDate, localDateTime, localMoment, text } from './fields.ts';
import {
  audiences, contentLangs, covers, disciplines, eligibleCountries, entryTypes, isOpportunityType,
  regionIds, statuses, typesNeedingDeadline, uiLangs, weekdays,
} from '../lib/taxonomy.ts';
import { parseLocal, wallClockMinutesBetween } from '../lib/time.ts';

/** A regular series: every n days, weeks or months, until a date or for a number of times. */
export const repeatSchema = z
  .strictObject({
    /** How often the series repeats. */
    every: z.enum(['day', 'week', 'month']),
    /** Every 2nd, 3rd… period; 1 when left out. */
    interval: z.int().min(1).max(52).optional(),
    /** Which weekdays (for `day` and `week` series). */
    on: z.array(z.enum(weekdays)).min(1).max(7).optional(),
    /** The last day the series may happen on (inclusive). */
    until: localDate.optional(),
    /** How many times it happens in all (instead of `until`). */
    count: z.int().min(1).max(1000).optional(),
  })
  .superRefine((repeat, ctx) => {
    if ((repeat.until === undefined) === (repeat.count === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'needs either until or count (exactly one of them)', path: [] });
    }
    if (repeat.every === 'month' && repeat.on) {
      ctx.addIssue({ code: 'custom', message: 'on is for day and week series only', path: ['on'] });
    }
  });

/**
 * Where an imported entry came from (SPEC §6). Written by the importer, never by hand: editors
 * and forms keep it read-only or hidden, and the importer uses it to find the file again.
 */
export const importSource = z.strictObject({
  /** The feed or page the entry was read from (https, or the file name of a local import). */
  url: text(2000),
  /** The event's identity there: its iCalendar UID or schema.org `@id`/URL. */
  uid: text(1000),
  /** For a moved occurrence imported as its own entry: its original start (RECURRENCE-ID), local time. */
  occurrence: localMoment.optional(),
  /** Where the entry's picture was downloaded from: a source that shows another picture replaces it. */
  image: httpsUrl.optional(),
  /** A hash of the file as the importer last wrote it; a file that no longer matches was edited by hand. */
  checksum: z.string().regex(/^[0-9a-f]{16,64}$/, { error: 'must be the hexadecimal checksum the importer wrote' }),
});

const translation = z
  .strictObject({ title: text(140).optional(), summary: text(280).optional() })
  .refine((t) => t.title !== undefined || t.summary !== undefined, { error: 'needs a title or a summary' });

const entryShape = z.strictObject({
  /** The name shown everywhere, 1–140 characters. */
  title: text(140),
  /** The language the file is written in. */
  lang: z.enum(contentLangs),
  /** What kind of event or opportunity this is. */
  type: z.enum(entryTypes),
  /** 1–5 art forms. */
  disciplines: z.array(z.enum(disciplines)).min(1, { error: 'needs at least one discipline' }).max(5, {
    error: 'may list at most 5 disciplines',
  }),
  /** Plain-text teaser for listings, feeds and social cards. */
  summary: text(280),
  /** Organiser ids; a co-production lists several. */
  organisers: z.array(id).min(1, { error: 'needs at least one organiser' }),
  /** Venue id; events need one unless `online` is set. */
  venue: id.optional(),
  /** Stream or online-meeting address. */
  online: httpsUrl.optional(),
  /** Region ids; needed by opportunities without a venue, otherwise taken from the venue. */
  regions: z.array(z.enum(regionIds)).min(1).optional(),
  /** First start, local to `timezone`; a date alone means all day. */
  start: localMoment.optional(),
  /** End, same form as `start`; an all-day end is the last day (inclusive). */
  end: localMoment.optional(),
  /** IANA time zone; defaults from the venue's country. */
  timezone: z.string().optional(),
  /** Further starts of a run; each lasts as long as the first. */
  dates: z.array(localMoment).min(1).optional(),
  repeat: repeatSchema.optional(),
  /** Days on which the `repeat` series does not take place. */
  except: z.array(localDate).min(1).optional(),
  status: z.enum(statuses).default('scheduled'),
  /** `free`, or a price as text. */
  price: text(100).optional(),
  tickets: httpsUrl.optional(),
  /** Last moment to apply; a date alone means 23:59 local time. */
  deadline: localMoment.optional(),
  /** Where to apply (opportunities). */
  apply: httpsUrl.optional(),
  eligibility: text(500).optional(),
  eligible_countries: z.array(z.enum(eligibleCountries)).min(1).optional(),
  covers: z.array(z.enum(covers)).min(1).optional(),
  audience: z.array(z.enum(audiences)).min(1).optional(),
  /** Adds to the venue's accessibility features. */
  accessibility: accessibility.optional(),
  image: image.optional(),
  source: importSource.optional(),
  /** Title and summary in other UI languages. */
  translations: z.partialRecord(z.enum(uiLangs), translation).optional(),
  /** Last significant change; raises the feeds' SEQUENCE. */
  updated: localDateTime.optional(),
});

// The rules run even when other fields failed, so an author sees every problem at once.
export const entrySchema = entryShape.superRefine(entryRules, {
  when: (payload) => typeof payload.value === 'object' && payload.value !== null,
});

type EntryShape = z.output<typeof entryShape>;

/** Rules between fields of one entry (SPEC §1). `rule` names each for translated form messages. */
function entryRules(entry: EntryShape, ctx: z.RefinementCtx<EntryShape>): void {
  // Fields that failed their own check still hold what the author wrote: test before use.
  const add = (path: PropertyKey[], rule: string, message: string) => ctx.addIssue({ code: 'custom', message, path, params: { rule } });
  const type = (entryTypes as readonly unknown[]).includes(entry.type) ? entry.type : undefined;
  if (type !== undefined && !isOpportunityType(type)) {
    if (entry.start === undefined) add(['start'], 'startRequired', 'is required for events');
    if (entry.venue === undefined && entry.online === undefined) add(['venue'], 'venueRequired', 'is required for events unless online is set');
  } else if (type !== undefined) {
    if (entry.apply === undefined) add(['apply'], 'applyRequired', 'is required for opportunities (where to apply)');
    if (entry.venue === undefined && entry.regions === undefined) add(['regions'], 'regionsRequired', 'is required for opportunities without a venue');
  }
  if (type !== undefined && typesNeedingDeadline.includes(type) && entry.deadline === undefined) {
    add(['deadline'], 'deadlineRequired', `is required for ${type}`);
  }
  if (entry.end !== undefined && entry.start === undefined) add(['end'], 'needsStart', 'needs a start');
  if ((entry.dates || entry.repeat) && entry.start === undefined) add([entry.dates ? 'dates' : 'repeat'], 'needsStart', 'needs a start');
  if (entry.dates && entry.repeat) add(['dates'], 'datesWithRepeat', 'cannot be combined with repeat; use one of them');
  if (entry.except && !entry.repeat) add(['except'], 'exceptWithoutRepeat', 'only applies to a repeat series');
  const moment = (value: unknown) => (typeof value === 'string' ? parseLocal(value) : undefined);
  const start = moment(entry.start);
  const end = moment(entry.end);
  if (start && end) {
    if (Boolean(start.time) !== Boolean(end.time)) add(['end'], 'sameForm', 'must have the same form as start (both dates, or both dates with times)');
    else if (wallClockMinutesBetween(start, end) < 0) add(['end'], 'endBeforeStart', `must not be before start (${entry.start})`);
  }
  if (start && Array.isArray(entry.dates)) {
    entry.dates.forEach((value, index) => {
      const date = moment(value);
      if (date && Boolean(date.time) !== Boolean(start.time)) add(['dates', index], 'sameForm', 'must have the same form as start');
    });
  }
}

export type EntryInput = z.input<typeof entrySchema>;
export type EntryData = z.output<typeof entrySchema>;
