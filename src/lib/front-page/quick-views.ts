/**
 * The quick views (SPEC §3): what is on today, this weekend and in the next seven days, decided
 * at build time on the Swedish/Norwegian clock (the two countries share it). Pure: the pages ask
 * `quickView`, which reads the catalogue's day index once per build and view.
 */
import type { Catalogue, Entry } from '../catalogue.ts';
import { buildDay } from '../calendar.ts';
import type { Occurrence } from '../occurrences.ts';
import { addDays, weekdayIndex, type LocalDate } from '../time.ts';

export const quickViews = ['today', 'weekend', 'week'] as const;
export type QuickView = (typeof quickViews)[number];

/** Days from `from` to `to`, both included. */
export interface DayRange {
  from: LocalDate;
  to: LocalDate;
}

/** Days of the week as `weekdayIndex` numbers them (Monday 0 … Sunday 6). */
const FRIDAY = 4;
const SUNDAY = 6;
/** "The next 7 days": today and the six after it. */
const WEEK_DAYS = 7;

/**
 * The days a quick view covers when the build's day is `today`. "This weekend" is Friday to
 * Sunday: from Monday to Thursday the coming one; on Friday, Saturday and Sunday what is left
 * of the current one, from today (on a Sunday, only Sunday). Monday belongs to the next week.
 */
export function quickViewRange(view: QuickView, today: LocalDate): DayRange {
  switch (view) {
    case 'today':
      return { from: today, to: today };
    case 'week':
      return { from: today, to: addDays(today, WEEK_DAYS - 1) };
    case 'weekend': {
      const weekday = weekdayIndex(today);
      const from = weekday >= FRIDAY ? today : addDays(today, FRIDAY - weekday);
      return { from, to: addDays(today, SUNDAY - weekday) };
    }
  }
}

export interface QuickViewDay {
  date: LocalDate;
  /** Entries listed under the day, by the start of their occurrence there (ongoing ones first). */
  entries: Entry[];
}

export interface QuickViewListing {
  view: QuickView;
  range: DayRange;
  days: QuickViewDay[];
  /** Distinct entries in the view. */
  count: number;
}

/**
 * What a quick view lists. Every occurrence that covers a day of the range and is not over at
 * build time, once: under the day it starts, or under the range's first day when it began
 * before (an exhibition that is running). An entry with two performances in the range is
 * listed under both days, but only once per day.
 */
export function quickViewListing(catalogue: Pick<Catalogue, 'byDay' | 'now'>, view: QuickView): QuickViewListing {
  const range = quickViewRange(view, buildDay(catalogue.now));
  const seen = new Set<Occurrence>();
  const days: QuickViewDay[] = [];
  const distinct = new Set<string>();
  for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
    const listed = new Map<string, { entry: Entry; occurrence: Occurrence }>();
    for (const item of catalogue.byDay.get(date) ?? []) {
      if (seen.has(item.occurrence) || item.occurrence.endInstant <= catalogue.now) continue;
      seen.add(item.occurrence);
      if (!listed.has(item.entry.id)) listed.set(item.entry.id, item);
    }
    if (listed.size === 0) continue;
    const entries = [...listed.values()]
      .sort((a, b) => a.occurrence.startInstant.getTime() - b.occurrence.startInstant.getTime() || a.entry.id.localeCompare(b.entry.id))
      .map((item) => item.entry);
    for (const entry of entries) distinct.add(entry.id);
    days.push({ date, entries });
  }
  return { view, range, days, count: distinct.size };
}

const memo = new WeakMap<object, Map<QuickView, QuickViewListing>>();

/** `quickViewListing`, computed once per catalogue and view (each is shown in three languages and counted on the home pages). */
export function quickView(catalogue: Pick<Catalogue, 'byDay' | 'now'>, view: QuickView): QuickViewListing {
  let views = memo.get(catalogue);
  if (!views) memo.set(catalogue, (views = new Map()));
  let listing = views.get(view);
  if (!listing) views.set(view, (listing = quickViewListing(catalogue, view)));
  return listing;
}
