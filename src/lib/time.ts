/**
 * Local wall-clock time ↔ instants in a named IANA zone. The only module that does time-zone
 * maths: everything else passes local strings (`YYYY-MM-DD`, `HH:mm`) and asks here.
 */
import { TZDate, tzOffset } from '@date-fns/tz';

/** A calendar date as authors write it: `YYYY-MM-DD`. */
export type LocalDate = string;
/** A wall-clock time: `HH:mm`. */
export type LocalTime = string;
/** What a `start`, `end`, `dates` or `deadline` value means: a day, and maybe a time of day. */
export interface LocalMoment {
  date: LocalDate;
  time?: LocalTime | undefined;
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Whether the year, month and day name a real calendar day (no 30 February). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`; undefined for any other form or an impossible value. */
export function parseLocal(value: string): LocalMoment | undefined {
  const match = localPattern.exec(value);
  if (!match) return undefined;
  const [, y, m, d, hh, mm] = match;
  if (!isRealDate(Number(y), Number(m), Number(d))) return undefined;
  if (hh === undefined) return { date: `${y}-${m}-${d}` };
  if (Number(hh) > 23 || Number(mm) > 59) return undefined;
  return { date: `${y}-${m}-${d}`, time: `${hh}:${mm}` };
}

export function formatLocal(moment: LocalMoment): string {
  return moment.time ? `${moment.date}T${moment.time}` : moment.date;
}

function dateParts(date: LocalDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * Asking Intl for a zone's offset is slow (a TZDate asks several times), and a 10,000-entry build
 * converts tens of thousands of moments. Almost every UTC day has one offset from start to end:
 * that offset is looked up once per zone and day, and only days with a clock change (or next to
 * one) take the exact, slow path. Both paths give the same answers.
 */
const steadyOffsets = new Map<string, number | null>();

/** The zone's UTC offset in minutes throughout UTC day `day` (days since 1970), or null when it changes that day. */
function steadyOffset(zone: string, day: number): number | null {
  const key = `${zone}|${day}`;
  let offset = steadyOffsets.get(key);
  if (offset === undefined) {
    const first = tzOffset(zone, new Date(day * DAY_MS));
    offset = first === tzOffset(zone, new Date((day + 1) * DAY_MS - 1)) ? first : null;
    steadyOffsets.set(key, offset);
  }
  return offset;
}

/** The offset of a local wall-clock time when the days around it have no clock change, else null. */
function steadyOffsetAround(localMs: number, zone: string): number | null {
  const day = Math.floor(localMs / DAY_MS);
  const offset = steadyOffset(zone, day);
  return offset !== null && steadyOffset(zone, day - 1) === offset && steadyOffset(zone, day + 1) === offset ? offset : null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function wallClock(instant: number, zone: string): { date: LocalDate; time: LocalTime } {
  const offset = steadyOffset(zone, Math.floor(instant / DAY_MS));
  if (offset !== null) {
    const local = new Date(instant + offset * 60_000);
    return {
      date: `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`,
      time: `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`,
    };
  }
  const local = new TZDate(instant, zone);
  return {
    date: `${local.getFullYear()}-${pad2(local.getMonth() + 1)}-${pad2(local.getDate())}`,
    time: `${pad2(local.getHours())}:${pad2(local.getMinutes())}`,
  };
}

/**
 * The instant a local date and time names in `zone`. Undefined when that wall-clock time does
 * not exist (the spring-forward gap). A time that happens twice (autumn fall-back) means its
 * first occurrence, as RFC 5545 §3.3.5 has calendar clients read it.
 */
export function localToInstant(date: LocalDate, time: LocalTime, zone: string): Date | undefined {
  const [y, m, d] = dateParts(date);
  const localMs = Date.UTC(y, m - 1, d, Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  // No clock change near: the wall-clock time exists exactly once.
  const offset = steadyOffsetAround(localMs, zone);
  if (offset !== null) return new Date(localMs - offset * 60_000);
  const candidate = new TZDate(y, m - 1, d, Number(time.slice(0, 2)), Number(time.slice(3, 5)), zone).getTime();
  const matches = (instant: number) => {
    const clock = wallClock(instant, zone);
    return clock.date === date && clock.time === time;
  };
  if (!matches(candidate)) return undefined;
  return new Date(matches(candidate - HOUR_MS) ? candidate - HOUR_MS : candidate);
}

/**
 * Like `localToInstant`, but a time in the spring-forward gap moves forward by the gap
 * (02:30 → 03:30), as RFC 5545 §3.3.5 has clients read it. For computed series occurrences,
 * which an author cannot correct one by one.
 */
export function shiftedInstant(date: LocalDate, time: LocalTime, zone: string): Date {
  const exact = localToInstant(date, time, zone);
  if (exact) return exact;
  const [y, m, d] = dateParts(date);
  return new Date(new TZDate(y, m - 1, d, Number(time.slice(0, 2)), Number(time.slice(3, 5)), zone).getTime());
}

/** Whether a local time exists in the zone (false inside the spring-forward gap). */
export function localTimeExists(date: LocalDate, time: LocalTime, zone: string): boolean {
  return localToInstant(date, time, zone) !== undefined;
}

/** The first instant of a local day in `zone` (midnight, or the first minute after a gap). */
export function startOfLocalDay(date: LocalDate, zone: string): Date {
  const [y, m, d] = dateParts(date);
  const offset = steadyOffsetAround(Date.UTC(y, m - 1, d), zone);
  if (offset !== null) return new Date(Date.UTC(y, m - 1, d) - offset * 60_000);
  return new Date(new TZDate(y, m - 1, d, 0, 0, zone).getTime());
}

/** The wall-clock date and time an instant shows in `zone`. */
export function instantToLocal(instant: Date, zone: string): { date: LocalDate; time: LocalTime } {
  return wallClock(instant.getTime(), zone);
}

/** The UTC offset of `zone` at `instant`, as `+01:00` / `+02:00`. */
export function offsetAt(instant: Date, zone: string): string {
  const minutes = steadyOffset(zone, Math.floor(instant.getTime() / DAY_MS)) ?? tzOffset(zone, instant);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Calendar arithmetic on dates, independent of any zone. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = dateParts(date);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  const [y1, m1, d1] = dateParts(from);
  const [y2, m2, d2] = dateParts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** The same day of month `months` later; undefined when that month lacks the day (31 → April). */
export function addMonths(date: LocalDate, months: number): LocalDate | undefined {
  const [y, m, d] = dateParts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (!isRealDate(year, month, d)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Day of the week, Monday = 0 … Sunday = 6 (ISO order, as `repeat.on` lists them). */
export function weekdayIndex(date: LocalDate): number {
  const [y, m, d] = dateParts(date);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** Minutes between two wall-clock moments, ignoring any offset change between them. */
export function wallClockMinutesBetween(from: LocalMoment, to: LocalMoment): number {
  const minutesOf = (t?: string) => (t ? Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) : 0);
  return daysBetween(from.date, to.date) * 1440 + minutesOf(to.time) - minutesOf(from.time);
}

/** The wall-clock moment `minutes` after `from` (date rolls over midnight). */
export function addWallClockMinutes(from: LocalMoment & { time: LocalTime }, minutes: number): LocalMoment & { time: LocalTime } {
  const total = Number(from.time.slice(0, 2)) * 60 + Number(from.time.slice(3, 5)) + minutes;
  const dayShift = Math.floor(total / 1440);
  const inDay = total - dayShift * 1440;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: addDays(from.date, dayShift), time: `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}` };
}

/**
 * "Now" for the build: `KULTURBRO_NOW` (ISO date-time) when set, so tests and reproducible builds
 * agree; the wall clock otherwise.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.KULTURBRO_NOW;
  if (!fixed) return new Date();
  const parsed = new Date(fixed);
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(`KULTURBRO_NOW is not an ISO date-time (got ${JSON.stringify(fixed)})`);
  }
  return parsed;
}
