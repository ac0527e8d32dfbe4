/**
 * "Add to Google Calendar" and "Add to Outlook.com" links for one event page: the same title,
 * text, place and times as the entry's .ics, for the next thing ahead (an opportunity's open
 * deadline, else the next occurrence). Neither service has official documentation for these
 * URLs; the forms below are the ones in wide use (FIELD-NOTES).
 */
import { localizedText, type Entry } from './catalogue.ts';
import { icsText, locationText, markedSummary } from './ics.ts';
import { t } from './i18n/index.ts';
import { nextOccurrence } from './occurrences.ts';
import type { UiLang } from './taxonomy.ts';
import { addDays, instantToLocal, type LocalDate } from './time.ts';
import { absoluteUrl, urls } from './urls.ts';

/** One event as the add-one-event links need it. */
export interface LinkEvent {
  title: string;
  details: string;
  location?: string | undefined;
  /** The entry's zone: Google shows the times in it (`ctz`). */
  zone: string;
  /** Timed: instants; all-day: first day and the day after the last (exclusive, as in iCalendar). */
  times: { allDay: false; start: Date; end: Date } | { allDay: true; firstDay: LocalDate; dayAfter: LocalDate };
}

/** What the links add: undefined when nothing lies ahead or the entry is cancelled. */
export function linkEvent(entry: Entry, lang: UiLang, site: string, now: Date): LinkEvent | undefined {
  if (entry.data.status === 'cancelled') return undefined;
  const text = localizedText(entry, lang);
  const title = icsText(text.title);
  const pageUrl = absoluteUrl(urls.event(lang, entry.id), site);
  const base = { details: `${icsText(text.summary)}\n\n${pageUrl}`, location: locationText(entry), zone: entry.timezone };
  const deadline = entry.deadline;
  if (entry.kind === 'opportunity' && deadline && deadline.instant > now) {
    const summary = markedSummary(entry, lang, t(lang).icsDeadline(title));
    const times: LinkEvent['times'] = deadline.local.time
      ? { allDay: false, start: deadline.instant, end: deadline.instant }
      : { allDay: true, firstDay: deadline.local.date, dayAfter: addDays(deadline.local.date, 1) };
    return { ...base, title: summary, times };
  }
  const next = nextOccurrence(entry.occurrences, now);
  if (!next) return undefined;
  const times: LinkEvent['times'] = next.allDay
    ? { allDay: true, firstDay: next.start.date, dayAfter: addDays((next.end ?? next.start).date, 1) }
    : { allDay: false, start: next.startInstant, end: next.endInstant };
  return { ...base, title: markedSummary(entry, lang, title), times };
}

const query = (params: Record<string, string | undefined>) =>
  Object.entries(params)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

const compactDate = (date: LocalDate) => date.replaceAll('-', '');

/** `20270328T150000`: the wall-clock time in `zone`, as Google reads it together with `ctz`. */
function googleLocal(instant: Date, zone: string): string {
  const local = instantToLocal(instant, zone);
  return `${compactDate(local.date)}T${local.time.replace(':', '')}00`;
}

/** `https://calendar.google.com/calendar/render?action=TEMPLATE&…`; all-day `dates` end exclusively. */
export function googleCalendarUrl(event: LinkEvent): string {
  const { times, zone } = event;
  const dates = times.allDay
    ? `${compactDate(times.firstDay)}/${compactDate(times.dayAfter)}`
    : `${googleLocal(times.start, zone)}/${googleLocal(times.end, zone)}`;
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: event.title,
    dates,
    ctz: times.allDay ? undefined : zone,
    details: event.details,
    location: event.location,
  })}`;
}

/** `https://outlook.live.com/calendar/0/action/compose?rru=addevent&…`: UTC times, or dates for all-day. */
export function outlookCalendarUrl(event: LinkEvent): string {
  const { times } = event;
  const utc = (instant: Date) => instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `https://outlook.live.com/calendar/0/action/compose?${query({
    rru: 'addevent',
    subject: event.title,
    startdt: times.allDay ? times.firstDay : utc(times.start),
    enddt: times.allDay ? times.dayAfter : utc(times.end),
    allday: String(times.allDay),
    body: event.details,
    location: event.location,
  })}`;
}
