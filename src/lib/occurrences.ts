/**
 * Which days and times an entry happens on: `start`/`end`, a run of `dates`, or a `repeat`
 * series minus its `except` days. Pages, feeds, the calendar and the search index all ask here.
 */
import {
  addDays, addMonths, addWallClockMinutes, daysBetween, formatLocal, parseLocal, shiftedInstant,
  startOfLocalDay, wallClockMinutesBetween, weekdayIndex, type LocalDate, type LocalMoment,
} from './time.ts';
import { weekdays, type Weekday } from './taxonomy.ts';

export interface RepeatRule {
  every: 'day' | 'week' | 'month';
  interval?: number | undefined;
  on?: Weekday[] | undefined;
  until?: LocalDate | undefined;
  count?: number | undefined;
}

/** The scheduling fields of an entry, as written in its file. */
export interface ScheduleFields {
  start?: string | undefined;
  end?: string | undefined;
  dates?: string[] | undefined;
  repeat?: RepeatRule | undefined;
  except?: LocalDate[] | undefined;
}

export interface Occurrence {
  /** Stable key from the local start, `20270312T1900` or `20270701`: UIDs of runs are built from it. */
  key: string;
  start: LocalMoment;
  /** Local end; for all-day entries the last day (inclusive). Absent when the file gives no end. */
  end?: LocalMoment | undefined;
  allDay: boolean;
  startInstant: Date;
  /** When it is over: the end, the start when no end is given, or midnight after an all-day last day. */
  endInstant: Date;
}

/** A series never expands beyond this many occurrences, whatever `until` says. */
export const MAX_OCCURRENCES = 1000;

function instantOf(moment: LocalMoment, zone: string): Date {
  return moment.time ? shiftedInstant(moment.date, moment.time, zone) : startOfLocalDay(moment.date, zone);
}

export function occurrenceKey(moment: LocalMoment): string {
  return formatLocal(moment).replace(/[-:]/g, '');
}

/** The start dates of a repeat series, in order, `except` not yet removed (RFC 5545 COUNT counts them). */
export function seriesDates(first: LocalDate, rule: RepeatRule): LocalDate[] {
  const interval = rule.interval ?? 1;
  const limit = Math.min(rule.count ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  const inRange = (date: LocalDate) => rule.until === undefined || date <= rule.until;
  const result: LocalDate[] = [];
  const onDays = rule.on?.map((day) => weekdays.indexOf(day));
  if (rule.every === 'month') {
    for (let step = 0; result.length < limit; step += interval) {
      const date = addMonths(first, step);
      if (date === undefined) {
        if (step > MAX_OCCURRENCES * 12) break;
        continue;
      }
      if (!inRange(date)) break;
      result.push(date);
    }
    return result;
  }
  if (rule.every === 'week' && onDays) {
    // Weeks start on Monday; the series runs in every `interval`-th week from the first one.
    const weekStart = addDays(first, -weekdayIndex(first));
    for (let week = 0; result.length < limit; week += interval) {
      const days = [...onDays].sort((a, b) => a - b).map((d) => addDays(weekStart, week * 7 + d));
      for (const date of days) {
        if (date < first) continue;
        if (!inRange(date) || result.length >= limit) return result;
        result.push(date);
      }
      if (week > MAX_OCCURRENCES * 7) break;
    }
    return result;
  }
  const stepDays = rule.every === 'week' ? 7 * interval : interval;
  for (let date = first; result.length < limit && inRange(date); date = addDays(date, stepDays)) {
    if (onDays && !onDays.includes(weekdayIndex(date))) continue;
    result.push(date);
    if (daysBetween(first, date) > MAX_OCCURRENCES * 366) break;
  }
  return result;
}

/** Every occurrence of an entry in `zone`, sorted by start; empty when it has no `start`. */
export function occurrencesOf(fields: ScheduleFields, zone: string): Occurrence[] {
  const first = fields.start ? parseLocal(fields.start) : undefined;
  if (!first) return [];
  const end = fields.end ? parseLocal(fields.end) : undefined;
  const allDay = first.time === undefined;
  const length = end ? wallClockMinutesBetween(first, end) : undefined;

  const make = (start: LocalMoment, explicitEnd?: LocalMoment): Occurrence => {
    const localEnd =
      explicitEnd ??
      (length === undefined
        ? undefined
        : allDay
          ? { date: addDays(start.date, length / 1440) }
          : addWallClockMinutes({ date: start.date, time: start.time! }, length));
    const startInstant = instantOf(start, zone);
    const endInstant = allDay
      ? startOfLocalDay(addDays((localEnd ?? start).date, 1), zone)
      : localEnd
        ? instantOf(localEnd, zone)
        : startInstant;
    return { key: occurrenceKey(start), start, end: localEnd, allDay, startInstant, endInstant };
  };

  let starts: LocalMoment[];
  if (fields.repeat) {
    const skipped = new Set(fields.except ?? []);
    starts = seriesDates(first.date, fields.repeat)
      .filter((date) => !skipped.has(date))
      .map((date) => ({ date, time: first.time }));
  } else {
    starts = [first, ...(fields.dates ?? []).map((d) => parseLocal(d)).filter((d): d is LocalMoment => d !== undefined)];
  }
  const unique = new Map<string, Occurrence>();
  for (const start of starts) {
    const occurrence = make(start, start === first ? end : undefined);
    unique.set(occurrence.key, occurrence);
  }
  return [...unique.values()].sort((a, b) => a.startInstant.getTime() - b.startInstant.getTime());
}

/** The first occurrence that has not ended at `now`, if any. */
export function nextOccurrence(occurrences: readonly Occurrence[], now: Date): Occurrence | undefined {
  return occurrences.find((o) => o.endInstant.getTime() > now.getTime());
}

/** The occurrence that covers `day` and has not ended at `now` (a listing under that day shows it). */
export function occurrenceOn(occurrences: readonly Occurrence[], day: LocalDate, now: Date): Occurrence | undefined {
  return occurrences.find((o) => o.endInstant.getTime() > now.getTime() && daysCovered(o).includes(day));
}

/** Every local day an occurrence covers (multi-day and all-day entries cover several). */
export function daysCovered(occurrence: Occurrence): LocalDate[] {
  const lastDay = occurrence.allDay
    ? (occurrence.end ?? occurrence.start).date
    : occurrence.end
      ? // An event ending at 01:00 belongs to the evening before, not to the next day too.
        lastCoveredDay(occurrence)
      : occurrence.start.date;
  const days: LocalDate[] = [];
  for (let d = occurrence.start.date; d <= lastDay && days.length < 400; d = addDays(d, 1)) days.push(d);
  return days;
}

function lastCoveredDay(occurrence: Occurrence): LocalDate {
  const end = occurrence.end!;
  const overnight = daysBetween(occurrence.start.date, end.date) === 1 && (end.time ?? '00:00') <= '06:00';
  if (overnight) return occurrence.start.date;
  if (end.time === '00:00') return addDays(end.date, -1);
  return end.date;
}
