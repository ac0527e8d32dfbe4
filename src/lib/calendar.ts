/**
 * The month calendar: which months get a page, the weeks of a month grid (Monday first) and
 * the neighbouring months to link. Dates are local calendar days; no time-zone maths here.
 */
import type { Catalogue, Entry } from './catalogue.ts';
import type { Occurrence } from './occurrences.ts';
import { addDays, daysInMonth, instantToLocal, weekdayIndex, type LocalDate, type LocalTime } from './time.ts';

export interface YearMonth {
  year: number;
  /** 1–12. */
  month: number;
}

export interface GridDay {
  date: LocalDate;
  /** False for the leading and trailing days that belong to the previous or next month. */
  inMonth: boolean;
}

/** Months around the build day that always get a page, even when nothing is on. */
export const MONTHS_AROUND_TODAY = 2;

const pad = (n: number) => String(n).padStart(2, '0');

export function monthKey({ year, month }: YearMonth): string {
  return `${year}-${pad(month)}`;
}

export function monthOf(date: LocalDate): YearMonth {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

export function shiftMonth({ year, month }: YearMonth, by: number): YearMonth {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function firstDayOf({ year, month }: YearMonth): LocalDate {
  return `${year}-${pad(month)}-01`;
}

/** The weeks of a month, Monday to Sunday, padded with the days of the months around it. */
export function monthGrid(ym: YearMonth): GridDay[][] {
  const first = firstDayOf(ym);
  const last = `${ym.year}-${pad(ym.month)}-${pad(daysInMonth(ym.year, ym.month))}`;
  const weeks: GridDay[][] = [];
  for (let monday = addDays(first, -weekdayIndex(first)); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const date = addDays(monday, i);
        return { date, inMonth: date >= first && date <= last };
      }),
    );
  }
  return weeks;
}

/**
 * The months that get a calendar page: every month with something on, and the months within
 * `around` of today's month. Sorted, without duplicates.
 */
export function calendarMonths(daysWithEntries: Iterable<LocalDate>, today: LocalDate, around = MONTHS_AROUND_TODAY): YearMonth[] {
  const keys = new Set<string>();
  for (const day of daysWithEntries) keys.add(day.slice(0, 7));
  const current = monthOf(today);
  for (let offset = -around; offset <= around; offset++) keys.add(monthKey(shiftMonth(current, offset)));
  return [...keys].sort().map((key) => monthOf(`${key}-01`));
}

/** The build's day, the one the calendar marks as today (Sweden and Norway share their clock). */
export function buildDay(now: Date): LocalDate {
  return instantToLocal(now, 'Europe/Stockholm').date;
}

/** The months of the catalogue that get a page: days with occurrences or deadlines, and around today. */
export function catalogueMonths(catalogue: Pick<Catalogue, 'byDay' | 'entries' | 'now'>): YearMonth[] {
  return calendarMonths([...catalogue.byDay.keys(), ...deadlinesByDay(catalogue.entries).keys()], buildDay(catalogue.now));
}

/** The nearest months before and after `ym` that have a page (months in between may have none). */
export function neighbourMonths(months: readonly YearMonth[], ym: YearMonth): { previous: YearMonth | undefined; next: YearMonth | undefined } {
  const key = monthKey(ym);
  const before = months.filter((m) => monthKey(m) < key);
  const after = months.filter((m) => monthKey(m) > key);
  return { previous: before.at(-1), next: after[0] };
}

/** One line in a calendar day: an occurrence that starts or continues that day, or a deadline. */
export interface DayItem {
  entry: Entry;
  kind: 'occurrence' | 'deadline';
  /** Local start time (or deadline time) when the item begins that day at a set time. */
  time?: LocalTime | undefined;
  /** A multi-day occurrence that began on an earlier day. */
  continues: boolean;
}

const deadlineDays = new WeakMap<readonly Entry[], Map<LocalDate, Entry[]>>();

/** Every day with a deadline, to the entries whose deadline it is; computed once per entry list. */
export function deadlinesByDay(entries: readonly Entry[]): Map<LocalDate, Entry[]> {
  const known = deadlineDays.get(entries);
  if (known) return known;
  const days = new Map<LocalDate, Entry[]>();
  deadlineDays.set(entries, days);
  for (const entry of entries) {
    if (!entry.deadline) continue;
    const day = entry.deadline.local.date;
    const list = days.get(day);
    if (list) list.push(entry);
    else days.set(day, [entry]);
  }
  return days;
}

/** What a day shows: all-day and continuing items first, then by time, deadlines last. */
export function dayItems(
  date: LocalDate,
  occurrences: readonly { entry: Entry; occurrence: Occurrence }[] = [],
  deadlines: readonly Entry[] = [],
): DayItem[] {
  const items: DayItem[] = occurrences.map(({ entry, occurrence }) => {
    const continues = occurrence.start.date < date;
    return { entry, kind: 'occurrence', time: continues || occurrence.allDay ? undefined : occurrence.start.time, continues };
  });
  items.sort((a, b) => (a.time ?? '').localeCompare(b.time ?? '') || a.entry.id.localeCompare(b.entry.id));
  for (const entry of deadlines) items.push({ entry, kind: 'deadline', time: entry.deadline?.local.time, continues: false });
  return items;
}
