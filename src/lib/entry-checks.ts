/**
 * The SPEC §2 rules an entry's schema cannot check alone: organiser and venue ids that must
 * exist, and local times that must exist in the entry's time zone. Pure (no file access), so the
 * validator, the build and the submit form in the browser all run the same checks.
 */
import { repeatSchema } from '../schema/entry.ts';
import { idPattern } from '../schema/fields.ts';
import { defaultTimezone, type Country } from './taxonomy.ts';
import { localToInstant, parseLocal } from './time.ts';
import { seriesDates } from './occurrences.ts';

/** What an entry may point at: the ids of organisers, and venues with their country. */
export interface References {
  organisers: ReadonlySet<string>;
  venues: ReadonlyMap<string, { country?: Country | undefined }>;
}

/** One problem with one field; `rule` names it for translated messages in the form. */
export interface FieldProblem {
  field: string;
  message: string;
  value: unknown;
  rule: string;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const stringOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined);

// A new Intl.DateTimeFormat costs about 0.3 ms, and every entry with a `timezone` asks three times.
const knownZones = new Map<string, boolean>();

/** Whether the runtime knows the IANA zone name. */
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = zone.includes('/') || zone === 'UTC';
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

/** The zone an entry's local times are in: its own `timezone`, else its venue country's. */
export function entryTimezone(frontmatter: unknown, references: References): string {
  const data = asRecord(frontmatter);
  const own = stringOrUndefined(data.timezone);
  if (own !== undefined && isTimeZone(own)) return own;
  const venueId = stringOrUndefined(data.venue);
  return defaultTimezone(venueId === undefined ? undefined : references.venues.get(venueId)?.country);
}

/**
 * Problems of one entry's frontmatter that need other files or the time-zone database. It reads
 * the raw frontmatter defensively, so these checks run even when the schema finds other problems:
 * an author sees every mistake at once. Values the schema rejects are left to the schema.
 */
export function crossFileProblems(frontmatter: unknown, references: References): FieldProblem[] {
  const data = asRecord(frontmatter);
  const problems: FieldProblem[] = [];
  const add = (field: string, rule: string, message: string, value: unknown) => problems.push({ field, rule, message, value });

  if (Array.isArray(data.organisers)) {
    data.organisers.forEach((id, index) => {
      if (typeof id === 'string' && idPattern.test(id) && !references.organisers.has(id)) {
        add(`organisers[${index}]`, 'unknownOrganiser', `is not an organiser: add organisers/${id}.md or fix the id`, id);
      }
    });
  }
  const venue = stringOrUndefined(data.venue);
  if (venue !== undefined && idPattern.test(venue) && !references.venues.has(venue)) {
    add('venue', 'unknownVenue', `is not a venue: add venues/${venue}.md or fix the id`, venue);
  }
  const ownZone = stringOrUndefined(data.timezone);
  if (ownZone !== undefined && !isTimeZone(ownZone)) add('timezone', 'timezone', 'is not a time zone name like Europe/Oslo', ownZone);
  const timezone = entryTimezone(data, references);

  const checkExists = (field: string, value: unknown) => {
    const moment = typeof value === 'string' ? parseLocal(value) : undefined;
    if (moment?.time && !localToInstant(moment.date, moment.time, timezone)) {
      add(field, 'gap', `does not exist in ${timezone}: clocks jump forward an hour that night`, value);
    }
  };
  checkExists('start', data.start);
  checkExists('end', data.end);
  if (Array.isArray(data.dates)) data.dates.forEach((value, index) => checkExists(`dates[${index}]`, value));
  checkExists('deadline', data.deadline);
  checkExists('updated', data.updated);

  const start = typeof data.start === 'string' ? parseLocal(data.start) : undefined;
  const repeat = repeatSchema.safeParse(data.repeat);
  if (start && repeat.success) {
    if (repeat.data.until !== undefined && repeat.data.until < start.date) {
      add('repeat.until', 'untilBeforeStart', `must not be before start (${data.start})`, repeat.data.until);
    }
    const series = new Set(seriesDates(start.date, repeat.data));
    if (Array.isArray(data.except)) {
      data.except.forEach((date, index) => {
        if (typeof date === 'string' && parseLocal(date) && !series.has(date)) {
          add(`except[${index}]`, 'exceptNotInSeries', 'is not a day the series happens on', date);
        }
      });
    }
  }
  return problems;
}

/**
 * Problems of an organiser's `feeds` that need other files or the time-zone database: a default
 * venue that does not exist, a time zone that is not one. Read defensively, like `crossFileProblems`.
 */
export function feedProblems(frontmatter: unknown, references: Pick<References, 'venues'>): FieldProblem[] {
  const feeds = asRecord(frontmatter).feeds;
  if (!Array.isArray(feeds)) return [];
  const problems: FieldProblem[] = [];
  feeds.forEach((feed, index) => {
    const data = asRecord(feed);
    const venue = stringOrUndefined(data.venue);
    if (venue !== undefined && idPattern.test(venue) && !references.venues.has(venue)) {
      problems.push({ field: `feeds[${index}].venue`, rule: 'unknownVenue', message: `is not a venue: add venues/${venue}.md or fix the id`, value: venue });
    }
    const zone = stringOrUndefined(data.timezone);
    if (zone !== undefined && !isTimeZone(zone)) {
      problems.push({ field: `feeds[${index}].timezone`, rule: 'timezone', message: 'is not a time zone name like Europe/Oslo', value: zone });
    }
  });
  return problems;
}
