/**
 * iCalendar as real programs write it → `SourceEvent`s. ical.js parses and expands the series
 * (RRULE, RDATE, EXDATE, RECURRENCE-ID) in the event's own wall clock; this module turns every
 * time into a wall-clock time of one IANA zone, since ical.js has no zone database of its own.
 */
import ICAL from 'ical.js';
import { addDays, formatLocal, instantToLocal, shiftedInstant, type LocalMoment } from '../time.ts';
import type { RepeatRule } from '../occurrences.ts';
import { weekdays, type Weekday } from '../taxonomy.ts';
import { htmlToMarkdown, onlineMeetingLink, placeFromText, httpsOrUndefined } from './text.ts';
import { displayNameZone, ianaZone, offsetZone } from './zones.ts';
import type { ParsedSource, ReadOptions, SourceEvent, SourceProblem } from './types.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Property = InstanceType<typeof ICAL.Property>;

/** A series is never expanded further than this, whatever its rule says. */
const MAX_EXPANSION = 5000;

/** A block of the file with the line it starts on, for messages. */
interface Block {
  text: string;
  line: number;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Each `BEGIN:VCALENDAR … END:VCALENDAR` of the file; an unclosed one is a problem of its own. */
function calendarBlocks(text: string, problems: SourceProblem[]): Block[] {
  const blocks: Block[] = [];
  const pattern = /^BEGIN:VCALENDAR[ \t]*\r?$/gim;
  const starts = [...text.matchAll(pattern)].map((match) => match.index);
  starts.forEach((start, index) => {
    const limit = starts[index + 1] ?? text.length;
    const slice = text.slice(start, limit);
    const end = /^END:VCALENDAR[ \t]*\r?$/im.exec(slice);
    if (!end) {
      problems.push({ where: `line ${lineAt(text, start)}`, message: 'the calendar is cut off: BEGIN:VCALENDAR has no END:VCALENDAR (a truncated download?)' });
      return;
    }
    blocks.push({ text: slice.slice(0, end.index + end[0].length), line: lineAt(text, start) });
  });
  return blocks;
}

/**
 * The calendar's components. A file ical.js rejects as a whole is read event by event, so one
 * broken VEVENT costs only itself; each one dropped is reported with its line.
 */
function parseCalendar(block: Block, problems: SourceProblem[]): Component | undefined {
  try {
    return new ICAL.Component(ICAL.parse(block.text) as unknown as unknown[]);
  } catch (error) {
    const events = [...block.text.matchAll(/^BEGIN:VEVENT[ \t]*\r?\n[\s\S]*?^END:VEVENT[ \t]*\r?$/gim)];
    const head = block.text.replace(/^BEGIN:(VEVENT|VTODO|VJOURNAL)[ \t]*\r?\n[\s\S]*?^END:\1[ \t]*\r?$\n?/gim, '').replace(/^END:VCALENDAR[\s\S]*$/im, '');
    let calendar: Component;
    try {
      calendar = new ICAL.Component(ICAL.parse(`${head}END:VCALENDAR\r\n`) as unknown as unknown[]);
    } catch {
      problems.push({ where: `line ${block.line}`, message: `is not valid iCalendar: ${(error as Error).message}` });
      return undefined;
    }
    for (const event of events) {
      try {
        calendar.addSubcomponent(new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${event[0]}\r\nEND:VCALENDAR\r\n`) as unknown as unknown[]).getFirstSubcomponent('vevent')!);
      } catch (eventError) {
        problems.push({ where: `line ${block.line + lineAt(block.text, event.index) - 1}`, message: `VEVENT is not valid iCalendar and was left out: ${(eventError as Error).message}` });
      }
    }
    return calendar;
  }
}

const text = (component: Component, name: string): string | undefined => {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

const tzidOf = (property: Property | null): string | undefined => {
  const tzid = property?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : Array.isArray(tzid) ? tzid[0] : undefined;
};

const pad = (n: number) => String(n).padStart(2, '0');
const wallClock = (time: Time): LocalMoment => ({
  date: `${time.year}-${pad(time.month)}-${pad(time.day)}`,
  ...(time.isDate ? {} : { time: `${pad(time.hour)}:${pad(time.minute)}` }),
});

/** Reads times in one calendar: which zone a TZID means, and every time as wall clock in the event's zone. */
class Clock {
  private readonly calendar: Component;
  private readonly fallback: string;

  constructor(calendar: Component, fallback: string) {
    this.calendar = calendar;
    this.fallback = fallback;
  }

  /** The IANA zone a property's time is written in; undefined for floating times. */
  zoneOf(property: Property | null): string | undefined {
    const time = property?.getFirstValue() as Time | undefined;
    if (!time || time.isDate) return undefined;
    if (time.zone === ICAL.Timezone.utcTimezone) return 'UTC';
    const tzid = tzidOf(property);
    if (!tzid) return undefined;
    return ianaZone(tzid, this.fallback) ?? (this.hasVtimezone(tzid) ? undefined : (displayNameZone(tzid) ?? offsetZone(tzid)));
  }

  private hasVtimezone(tzid: string): boolean {
    return this.calendar.getAllSubcomponents('vtimezone').some((zone) => zone.getFirstPropertyValue('tzid') === tzid.replace(/^"|"$/g, ''));
  }

  /** The time as wall clock in `zone`. */
  local(time: Time, property: Property | null, zone: string): LocalMoment {
    if (time.isDate) return wallClock(time);
    const own = this.zoneOf(property);
    const wall = wallClock(time);
    if (own === zone) return wall;
    let instant: Date | undefined;
    if (own !== undefined) instant = own === 'UTC' ? new Date(time.toUnixTime() * 1000) : shiftedInstant(wall.date, wall.time!, own);
    // A custom VTIMEZONE ("Customized Time Zone", "(UTC+07:00) Bangkok…"): ical.js applies it.
    else if (tzidOf(property) && this.hasVtimezone(tzidOf(property)!)) instant = new Date(time.toUnixTime() * 1000);
    if (instant === undefined) return wall;
    const local = instantToLocal(instant, zone);
    return { date: local.date, time: local.time };
  }
}

/** The `repeat` form of a single RRULE when it has one; the mapper checks it against the expansion. */
function repeatOf(recur: InstanceType<typeof ICAL.Recur>, untilDate: string | undefined, horizon: string): RepeatRule | undefined {
  const every = ({ DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month' } as Record<string, 'day' | 'week' | 'month'>)[recur.freq];
  if (!every) return undefined;
  const parts = recur.parts as Record<string, unknown[]>;
  const names = Object.keys(parts).filter((name) => name !== 'WKST');
  if (names.some((name) => name !== 'BYDAY' && !(name === 'BYMONTHDAY' && every === 'month'))) return undefined;
  let on: Weekday[] | undefined;
  if (parts.BYDAY) {
    if (every === 'month') return undefined;
    on = [];
    for (const day of parts.BYDAY) {
      const index = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(String(day));
      if (index < 0) return undefined;
      on.push(weekdays[index]!);
    }
  }
  const interval = recur.interval > 1 ? recur.interval : undefined;
  const end = recur.count ? { count: recur.count } : { until: untilDate ?? horizon };
  return { every, ...(interval ? { interval } : {}), ...(on ? { on } : {}), ...end };
}

const durationMinutes = (start: LocalMoment, end: LocalMoment | undefined) =>
  end === undefined ? undefined : Date.parse(`${end.date}T${end.time ?? '00:00'}Z`) - Date.parse(`${start.date}T${start.time ?? '00:00'}Z`);

/** An all-day DTEND is exclusive; Kulturbro's all-day `end` is the last day. */
function endOf(start: LocalMoment, end: LocalMoment | undefined): LocalMoment | undefined {
  if (!end) return undefined;
  if (start.time === undefined) {
    const last = addDays(end.date, -1);
    return last > start.date ? { date: last } : undefined;
  }
  return (durationMinutes(start, end) ?? 0) > 0 ? end : undefined;
}

/** Title, text, place and links of one VEVENT. */
function describe(vevent: Component): Pick<SourceEvent, 'title' | 'description' | 'url' | 'place' | 'online' | 'categories' | 'status'> {
  const html = vevent.getAllProperties('x-alt-desc').find((p) => String(p.getParameter('fmttype')).toLowerCase() === 'text/html')?.getFirstValue();
  const plain = text(vevent, 'description');
  const description = typeof html === 'string' && html.trim() ? htmlToMarkdown(html) : plain && /<\/?[a-z][^>]*>/i.test(plain) ? htmlToMarkdown(plain) : (plain ?? '');
  const location = text(vevent, 'location');
  const url = httpsOrUndefined(text(vevent, 'url'));
  const conference = ['x-google-conference', 'x-microsoft-skypeteamsmeetingurl', 'x-microsoft-onlinemeetingconflink', 'conference']
    .map((name) => httpsOrUndefined(text(vevent, name)))
    .find(Boolean);
  const locationLink = httpsOrUndefined(location);
  const online = conference ?? locationLink ?? onlineMeetingLink(`${location ?? ''}\n${plain ?? ''}\n${url ?? ''}`);
  const place = locationLink ? undefined : placeFromText(location);
  const geo = vevent.getFirstPropertyValue('geo') as unknown;
  if (place && Array.isArray(geo) && geo.length === 2 && geo.every((n) => Number.isFinite(Number(n)))) {
    [place.lat, place.lon] = geo.map(Number) as [number, number];
  }
  const categories = vevent.getAllProperties('categories').flatMap((p) => p.getValues().map((v) => String(v).trim())).filter(Boolean);
  const status = String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED' ? 'cancelled' : 'scheduled';
  return { title: text(vevent, 'summary') ?? '', description, url, place, online, categories, status };
}

/** One UID's VEVENTs (the series and its overrides) → one or more events. */
function readGroup(
  uid: string, master: Component | undefined, overrides: Component[], clock: Clock, calendarZone: string | undefined,
  options: ReadOptions, where: string, problems: SourceProblem[],
): SourceEvent[] {
  // Overrides of a series the file does not hold (Google's birthdays): each is an event of its own.
  if (!master) {
    return overrides.flatMap((lone) => {
      const zone = clock.zoneOf(lone.getFirstProperty('dtstart')) ?? calendarZone ?? options.defaultTimezone;
      const id = clock.local(lone.getFirstPropertyValue('recurrence-id') as Time, lone.getFirstProperty('recurrence-id'), zone === 'UTC' ? (calendarZone ?? options.defaultTimezone) : zone);
      return readGroup(uid, lone, [], clock, calendarZone, options, where, problems).map((event) => ({ ...event, occurrence: formatLocal(id) }));
    });
  }
  const main = master;
  const mainStart = main.getFirstProperty('dtstart');
  if (!mainStart) {
    problems.push({ where, message: `VEVENT ${uid} has no DTSTART and was left out` });
    return [];
  }
  const zone = clock.zoneOf(mainStart) ?? calendarZone ?? options.defaultTimezone;
  const tz = zone === 'UTC' ? (calendarZone ?? options.defaultTimezone) : zone;
  const floating = clock.zoneOf(mainStart) === undefined && !(mainStart.getFirstValue() as Time).isDate && !tzidOf(mainStart) && calendarZone === undefined;
  const base = describe(main);
  const events: SourceEvent[] = [];
  const result: SourceEvent = { uid, ...base, timezone: floating ? undefined : tz, occurrences: [], where };
  const event = new ICAL.Event(main, { exceptions: overrides });
  const firstStart = clock.local(event.startDate, mainStart, tz);
  const firstEnd = endOf(firstStart, event.endDate ? clock.local(event.endDate, main.getFirstProperty('dtend') ?? mainStart, tz) : undefined);
  const length = durationMinutes(firstStart, firstEnd);

  if (!event.isRecurring()) {
    result.occurrences.push({ start: firstStart, end: firstEnd });
    return [result];
  }

  const rrules = main.getAllProperties('rrule');
  const bounded = rrules.every((p) => {
    const recur = p.getFirstValue() as InstanceType<typeof ICAL.Recur>;
    return recur.count || recur.until;
  });
  result.unbounded = !bounded;
  if (rrules.length === 1 && !main.hasProperty('rdate')) {
    const recur = rrules[0]!.getFirstValue() as InstanceType<typeof ICAL.Recur>;
    const until = recur.until ? clock.local(recur.until, mainStart, tz).date : undefined;
    result.rule = repeatOf(recur, until, options.horizon);
  }
  const iterator = event.iterator();
  for (let count = 0, next = iterator.next(); next && count < MAX_EXPANSION; next = iterator.next(), count++) {
    const details = event.getOccurrenceDetails(next);
    const item = details.item === event ? undefined : details.item;
    const recurrenceId = clock.local(details.recurrenceId, item?.component.getFirstProperty('recurrence-id') ?? mainStart, tz);
    const start = clock.local(details.startDate, item?.component.getFirstProperty('dtstart') ?? mainStart, tz);
    // Past the horizon: stop, but a series that only begins there still shows its first date.
    if (recurrenceId.date > options.horizon && start.date > options.horizon && (count > 0 || !result.unbounded)) break;
    const end = endOf(start, clock.local(details.endDate, item?.component.getFirstProperty('dtend') ?? item?.component.getFirstProperty('dtstart') ?? mainStart, tz));
    if (item) {
      const own = describe(item.component);
      if (own.status === 'cancelled') continue;
      // An override that says more than "this occurrence moved" (another title or length) becomes its own entry.
      const title = own.title || base.title;
      if (title !== base.title || durationMinutes(start, end) !== length) {
        events.push({ uid, occurrence: formatLocal(recurrenceId), ...own, title, timezone: result.timezone, occurrences: [{ start, end }], where });
        continue;
      }
    }
    result.occurrences.push({ start, end });
  }
  result.occurrences.sort((a, b) => (formatLocal(a.start) < formatLocal(b.start) ? -1 : 1));
  if (result.occurrences.length > 0) events.unshift(result);
  else if (events.length === 0) events.push({ ...result, status: 'cancelled', occurrences: [{ start: firstStart, end: firstEnd }] });
  return events;
}

/** Every event of an iCalendar text; `problems` lists what could not be read, each with its line. */
export function readICalendar(source: string, options: ReadOptions): ParsedSource {
  const problems: SourceProblem[] = [];
  const events: SourceEvent[] = [];
  const body = source.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR/i.test(body)) {
    return { events, problems: [{ where: 'line 1', message: 'is not iCalendar: it does not start with BEGIN:VCALENDAR' }] };
  }
  for (const block of calendarBlocks(body, problems)) {
    const calendar = parseCalendar(block, problems);
    if (!calendar) continue;
    // Floating times are in the source's zone when it names one: X-WR-TIMEZONE, or its only VTIMEZONE.
    const vtimezones = calendar.getAllSubcomponents('vtimezone');
    const onlyZone = vtimezones.length === 1 && vtimezones[0]!.getAllProperties('tzid').length === 1 ? String(vtimezones[0]!.getFirstPropertyValue('tzid')) : undefined;
    const calendarZone = ianaZone(text(calendar, 'x-wr-timezone')) ?? ianaZone(onlyZone);
    const clock = new Clock(calendar, calendarZone ?? options.defaultTimezone);
    const groups = new Map<string, { master?: Component; overrides: Component[]; line: number }>();
    const vevents = calendar.getAllSubcomponents('vevent');
    const eventLines = [...block.text.matchAll(/^BEGIN:VEVENT/gim)].map((m) => block.line + lineAt(block.text, m.index) - 1);
    vevents.forEach((vevent, index) => {
      const line = eventLines[index] ?? block.line;
      // Some exporters leave UIDs out: the start and title are the next best identity.
      const uid = text(vevent, 'uid') ?? `${String(vevent.getFirstPropertyValue('dtstart'))}|${text(vevent, 'summary') ?? ''}`;
      const group = groups.get(uid) ?? { overrides: [], line };
      if (vevent.hasProperty('recurrence-id')) group.overrides.push(vevent);
      else if (group.master) problems.push({ where: `line ${line}`, message: `a second VEVENT with UID ${uid} and no RECURRENCE-ID was left out` });
      else group.master = vevent;
      groups.set(uid, group);
    });
    for (const [uid, group] of groups) {
      const where = `line ${group.line}`;
      try {
        events.push(...readGroup(uid, group.master, group.overrides, clock, calendarZone, options, where, problems));
      } catch (error) {
        problems.push({ where, message: `VEVENT ${uid} could not be read and was left out: ${(error as Error).message}` });
      }
    }
  }
  return { events, problems };
}
