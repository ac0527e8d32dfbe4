/**
 * One entry → its iCalendar VEVENTs (RFC 5545), written by ical-generator, and the VCALENDAR
 * around a list of them. Feeds reuse each entry's folded VEVENT text, so an entry is written once
 * per language however many feeds hold it (see feeds.ts).
 *
 * Times never pass through the build machine's zone: timed values are TZDates in the entry's
 * zone with a TZID (and the zone's VTIMEZONE in every calendar that uses it); all-day values
 * are dates at UTC midnight, which ical-generator writes from their UTC fields.
 */
import ical, {
  ICalAlarmType, ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus, ICalEventTransparency,
  ICalWeekday, escape, foldLines, type ICalEventData, type ICalRepeatingOptions,
} from 'ical-generator';
import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { localizedText, organiserName, type Entry } from './catalogue.ts';
import { t } from './i18n/index.ts';
import { MAX_OCCURRENCES, occurrencesOf, seriesDates, type Occurrence, type RepeatRule } from './occurrences.ts';
import { entryRevision, sequenceOf, stampOf, type Revisions } from './revisions.ts';
import { disciplineNames, typeNames, type UiLang } from './taxonomy.ts';
import {
  addDays, daysBetween, formatLocal, parseLocal, shiftedInstant, startOfLocalDay, type LocalDate, type LocalMoment,
} from './time.ts';
import { absoluteUrl, urls } from './urls.ts';

/** Subscribed calendars refresh twice a day (REFRESH-INTERVAL and X-PUBLISHED-TTL). */
export const REFRESH_SECONDS = 12 * 3600;
const WEEK_SECONDS = 7 * 86_400;

export interface IcsContext {
  /** The configured site, e.g. `https://kulturbro.example/`: UIDs use its host, links its origin. */
  site: string;
  revisions: Revisions;
}

/** One VEVENT, written and folded, with what feeds need to choose and order it. */
export interface VeventBlock {
  uid: string;
  /** Folded lines, each ending in CRLF. */
  text: string;
  /** UTF-8 size of `text`. */
  bytes: number;
  /** The TZID it refers to, if any: the calendar must carry that VTIMEZONE. */
  zone?: string | undefined;
  startInstant: Date;
  /** When it is over (a series: its last occurrence): the feeds' 90-day window. */
  endInstant: Date;
}

interface VeventSpec {
  uid: string;
  zone?: string | undefined;
  startInstant: Date;
  endInstant: Date;
  data: ICalEventData;
  /** An ORGANIZER line ical-generator cannot write (it insists on an e-mail address). */
  organizerLine?: string | undefined;
}

/** `uid@host`, the same in every language and every build. */
export function uidFor(key: string, site: string): string {
  return `${key}@${new URL(site).host}`;
}

/**
 * Text as iCalendar TEXT can carry it: one kind of line break (`\n`), no control characters
 * (RFC 5545 §3.3.11 forbids them; ical-generator would pass them through).
 */
export function icsText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Calendar names and descriptions as one plain line: ical-generator writes NAME, X-WR-CALNAME
 * and X-WR-CALDESC without escaping, so `, ; \` and line breaks must not reach it.
 */
export function calendarLabel(text: string): string {
  return icsText(text).replace(/[,;\\\n\t]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

const vtimezoneCache = new Map<string, string | null>();

/** The zone's VTIMEZONE with CRLF line ends, or null when the zone database lacks it. */
export function vtimezoneText(zone: string): string | null {
  let text = vtimezoneCache.get(zone);
  if (text === undefined) {
    const component = getVtimezoneComponent(zone);
    text = component ? foldLines(component.replace(/\r?\n/g, '\r\n').trim()) + '\r\n' : null;
    vtimezoneCache.set(zone, text);
  }
  return text;
}

/** The zone to write times in: the entry's, or UTC (no TZID) when no VTIMEZONE exists for it. */
function writingZone(zone: string): string | undefined {
  return zone !== 'UTC' && vtimezoneText(zone) ? zone : undefined;
}

const timeValue = (instant: Date, zone: string | undefined) => (zone ? new TZDate(instant.getTime(), zone) : instant);
const dateValue = (date: LocalDate) => new Date(`${date}T00:00:00Z`);

const frequencies = { day: ICalEventRepeatingFreq.DAILY, week: ICalEventRepeatingFreq.WEEKLY, month: ICalEventRepeatingFreq.MONTHLY } as const;

/** Start and end of one occurrence: TZID times, or dates with the exclusive end RFC 5545 wants. */
function occurrenceTimes(occurrence: Occurrence, zone: string | undefined): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> {
  if (occurrence.allDay) {
    const lastDay = (occurrence.end ?? occurrence.start).date;
    return { allDay: true, start: dateValue(occurrence.start.date), end: dateValue(addDays(lastDay, 1)), timezone: null };
  }
  return {
    allDay: false,
    start: timeValue(occurrence.startInstant, zone),
    end: occurrence.end ? timeValue(occurrence.endInstant, zone) : null,
    timezone: zone ?? null,
  };
}

/**
 * A `repeat` series as one RRULE with EXDATEs, starting on the series' first date. A timed
 * UNTIL is the last second of the until-day in the entry's zone, in UTC as RFC 5545 requires;
 * an all-day series gives COUNT instead (its UNTIL would have to be a DATE, which
 * ical-generator cannot write).
 */
function seriesRule(entry: Entry, opening: Occurrence, dates: LocalDate[], zone: string | undefined): ICalRepeatingOptions {
  const rule = entry.data.repeat!;
  const { allDay } = opening;
  const time = opening.start.time;
  const capped = rule.count === undefined && dates.length >= MAX_OCCURRENCES;
  const useCount = rule.count !== undefined || allDay || capped;
  const except = (entry.data.except ?? []).filter((date) => dates.includes(date)).sort();
  return {
    freq: frequencies[rule.every],
    ...(rule.interval && rule.interval > 1 ? { interval: rule.interval } : {}),
    ...(rule.on ? { byDay: rule.on.map((day) => day.toUpperCase() as ICalWeekday) } : {}),
    ...(rule.every === 'week' ? { startOfWeek: ICalWeekday.MO } : {}),
    ...(useCount
      ? { count: dates.length }
      : { until: new Date(startOfLocalDay(addDays(rule.until!, 1), entry.timezone).getTime() - 1000) }),
    ...(except.length > 0
      ? { exclude: except.map((date) => (allDay ? dateValue(date) : timeValue(shiftedInstant(date, time!, entry.timezone), zone))) }
      : {}),
  };
}

/** The place as one line: venue, address, postcode and city; or the online address. */
export function locationText(entry: Entry): string | undefined {
  const venue = entry.venue?.data;
  if (venue) {
    const city = [venue.postcode, venue.city].filter(Boolean).join(' ');
    return [venue.name, venue.address, city].filter(Boolean).join(', ');
  }
  return entry.data.online;
}

function statusOf(entry: Entry): ICalEventStatus {
  if (entry.data.status === 'cancelled') return ICalEventStatus.CANCELLED;
  if (entry.data.status === 'postponed') return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

/** A summary marked the way the page marks the entry: "Inställt: …", "Postponed: …". */
export function markedSummary(entry: Entry, lang: UiLang, summary: string): string {
  const m = t(lang);
  if (entry.data.status === 'cancelled') return m.icsCancelled(summary);
  if (entry.data.status === 'postponed') return m.icsPostponed(summary);
  return summary;
}

/** The VEVENT descriptions of one entry in one language, before ical-generator writes them. */
function veventSpecs(entry: Entry, lang: UiLang, ctx: IcsContext): VeventSpec[] {
  const m = t(lang);
  const text = localizedText(entry, lang);
  const title = icsText(text.title);
  const pageUrl = absoluteUrl(urls.event(lang, entry.id), ctx.site);
  const revision = entryRevision(entry, ctx.revisions);
  const notice = entry.data.status === 'cancelled' ? `${m.cancelledNotice}\n\n` : '';
  const description = `${notice}${icsText(text.summary)}\n\n${pageUrl}`;
  const venue = entry.venue?.data;
  const where = locationText(entry);
  const organiser = entry.organisers[0];
  const organiserLabel = organiser ? icsText(organiserName(organiser, lang)) : undefined;
  const shared: Omit<ICalEventData, 'start'> = {
    sequence: sequenceOf(revision),
    stamp: stampOf(revision),
    url: pageUrl,
    status: statusOf(entry),
    categories: [typeNames[entry.data.type][lang], ...entry.data.disciplines.map((d) => disciplineNames[d][lang])].map((name) => ({ name })),
    ...(where
      ? { location: { title: icsText(where), ...(venue?.lat !== undefined && venue.lon !== undefined ? { geo: { lat: venue.lat, lon: venue.lon } } : {}) } }
      : {}),
    ...(organiser?.data.email && organiserLabel ? { organizer: { name: organiserLabel, email: organiser.data.email } } : {}),
  };
  // Without an e-mail address the organiser's page is its calendar address (RFC 5545 allows any URI).
  const organizerLine =
    organiser && organiserLabel && !organiser.data.email
      ? `ORGANIZER;CN="${escape(organiserLabel, true)}":${absoluteUrl(urls.facet(lang, 'organiser', organiser.id), ctx.site)}`
      : undefined;
  const zone = writingZone(entry.timezone);
  const specs: VeventSpec[] = [];
  const add = (uidKey: string, data: Omit<ICalEventData, 'id'>, startInstant: Date, endInstant: Date, timed: boolean) =>
    specs.push({ uid: uidFor(uidKey, ctx.site), zone: timed ? zone : undefined, startInstant, endInstant, data: { ...data, id: uidFor(uidKey, ctx.site) }, organizerLine });

  const summary = markedSummary(entry, lang, title);
  const occurrences = entry.occurrences;
  if (occurrences.length > 0 && entry.data.repeat) {
    const dates = seriesDates(parseLocal(entry.data.start!)!.date, entry.data.repeat as RepeatRule);
    const opening = seriesOpening(entry, dates);
    add(entry.id, { ...shared, summary, description, ...occurrenceTimes(opening, zone), repeating: seriesRule(entry, opening, dates, zone) },
      opening.startInstant, occurrences.at(-1)!.endInstant, !opening.allDay);
  } else {
    const run = entry.data.dates !== undefined;
    for (const occurrence of occurrences) {
      add(run ? `${entry.id}-${occurrence.key}` : entry.id, { ...shared, summary, description, ...occurrenceTimes(occurrence, zone) },
        occurrence.startInstant, occurrence.endInstant, !occurrence.allDay);
    }
  }

  if (entry.deadline) {
    const { local, instant } = entry.deadline;
    const deadlineSummary = markedSummary(entry, lang, m.icsDeadline(title));
    const applyLine = entry.data.apply ? `\n${m.apply}: ${entry.data.apply}` : '';
    const times: Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone'> = local.time
      ? { allDay: false, start: timeValue(instant, zone), end: timeValue(instant, zone), timezone: zone ?? null }
      : { allDay: true, start: dateValue(local.date), end: dateValue(addDays(local.date, 1)), timezone: null };
    add(`${entry.id}-deadline`, {
      ...shared,
      ...times,
      summary: deadlineSummary,
      description: `${notice}${icsText(text.summary)}\n\n${pageUrl}${applyLine}`,
      transparency: ICalEventTransparency.TRANSPARENT,
      alarms: [{ type: ICalAlarmType.display, trigger: WEEK_SECONDS, description: deadlineSummary }],
    }, local.time ? instant : startOfLocalDay(local.date, entry.timezone), instant, Boolean(local.time));
  }
  return specs;
}

/**
 * The series' opening occurrence: `start` moved to the first date the rule yields (they differ
 * when `start` is not on an `on` day), kept even when `except` removes it (EXDATE does that).
 */
function seriesOpening(entry: Entry, dates: LocalDate[]): Occurrence {
  const start = parseLocal(entry.data.start!)!;
  const end = entry.data.end ? parseLocal(entry.data.end) : undefined;
  const shift = daysBetween(start.date, dates[0]!);
  const moved = (moment: LocalMoment) => formatLocal({ ...moment, date: addDays(moment.date, shift) });
  return occurrencesOf({ start: moved(start), ...(end ? { end: moved(end) } : {}) }, entry.timezone)[0]!;
}

/** Writes specs with ical-generator and folds them; a scratch calendar supplies its context. */
function writeSpecs(specs: VeventSpec[]): VeventBlock[] {
  const scratch = ical();
  return specs.map((spec) => {
    let text = scratch.createEvent(spec.data).toString();
    if (spec.organizerLine) text = text.replace(/END:VEVENT\r\n$/, `${spec.organizerLine}\r\nEND:VEVENT\r\n`);
    const folded = foldLines(text);
    return { uid: spec.uid, text: folded, bytes: Buffer.byteLength(folded, 'utf8'), zone: spec.zone, startInstant: spec.startInstant, endInstant: spec.endInstant };
  });
}

/**
 * Every VEVENT of an entry in one language: its occurrences (one per date of a run, one RRULE
 * for a series) and its deadline with a reminder a week before.
 */
export function entryVevents(entry: Entry, lang: UiLang, ctx: IcsContext): VeventBlock[] {
  return writeSpecs(veventSpecs(entry, lang, ctx));
}

export interface CalendarMeta {
  lang: UiLang;
  /** Calendar name and description; a single entry's download leaves them out. */
  name?: string;
  description?: string;
  /** The HTML page the calendar mirrors. */
  url?: string;
  /** Where the feed itself lives, for clients that refresh from it. */
  source?: string;
}

/**
 * A whole VCALENDAR: the header ical-generator writes, one VTIMEZONE per zone the blocks refer
 * to, the blocks, and the final CRLF.
 */
export function calendarDocument(meta: CalendarMeta, blocks: readonly VeventBlock[]): string {
  const subscribed = meta.name !== undefined;
  const header = ical({
    prodId: { company: 'Kulturbro', product: 'Kulturbro', language: meta.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: meta.name === undefined ? null : calendarLabel(meta.name),
    description: meta.description === undefined ? null : calendarLabel(meta.description),
    url: meta.url ?? null,
    source: meta.source ?? null,
    ttl: subscribed ? REFRESH_SECONDS : null,
  }).toString();
  const zones = [...new Set(blocks.map((b) => b.zone).filter((z): z is string => z !== undefined))].sort();
  return (
    header.replace(/END:VCALENDAR$/, '') +
    zones.map((zone) => vtimezoneText(zone)!).join('') +
    blocks.map((b) => b.text).join('') +
    'END:VCALENDAR\r\n'
  );
}

/** The UTF-8 size of a calendar holding no events, and of a zone's VTIMEZONE: for budgets. */
export function calendarOverhead(meta: CalendarMeta): number {
  return Buffer.byteLength(calendarDocument(meta, []), 'utf8');
}
