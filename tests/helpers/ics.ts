/**
 * Reading iCalendar text the way a calendar client does (ical.js), and the checks every feed
 * must pass: CRLF only, lines of at most 75 octets, no floating times, unique UIDs.
 */
import ICAL from 'ical.js';
import { buildCatalogue, catalogueInput, type Catalogue } from '../../src/lib/catalogue.ts';
import { loadContent } from '../../src/lib/content.ts';
import { buildNow } from '../../src/lib/time.ts';
import { entrySchema } from '../../src/schema/index.ts';
import { TEST_NOW } from './builds.ts';

export interface ParsedCalendar {
  calendar: ICAL.Component;
  vevents: ICAL.Component[];
  events: ICAL.Event[];
}

export function parseIcs(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  return { calendar, vevents, events: vevents.map((v) => new ICAL.Event(v)) };
}

/** Line-level problems: bare LF or CR, lines over 75 octets, a missing final CRLF. */
export function formProblems(text: string): string[] {
  const problems: string[] = [];
  if (/[^\r]\n|\r(?!\n)/.test(text)) problems.push('line break other than CRLF');
  if (!text.endsWith('END:VCALENDAR\r\n')) problems.push('does not end with END:VCALENDAR and CRLF');
  text.split('\r\n').forEach((line, index) => {
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) problems.push(`line ${index + 1} has ${octets} octets: ${line.slice(0, 40)}…`);
  });
  return problems;
}

const timeProperties = ['dtstart', 'dtend', 'exdate', 'rdate', 'recurrence-id', 'due'];

/**
 * Date-times a client would read as floating (in the reader's own zone): without TZID and not
 * UTC, or with a TZID the file has no VTIMEZONE for (ical.js then cannot resolve it either).
 */
export function floatingTimes({ calendar, vevents }: ParsedCalendar): string[] {
  const zones = new Set(calendar.getAllSubcomponents('vtimezone').map((z) => String(z.getFirstPropertyValue('tzid'))));
  const floating: string[] = [];
  for (const vevent of vevents) {
    const uid = String(vevent.getFirstPropertyValue('uid'));
    for (const name of timeProperties) {
      for (const property of vevent.getAllProperties(name)) {
        const tzid = property.getParameter('tzid') as string | undefined;
        for (const value of property.getValues() as ICAL.Time[]) {
          if (value.isDate) continue;
          const utc = value.zone?.tzid === 'UTC' && tzid === undefined;
          const resolved = tzid !== undefined && zones.has(tzid) && value.zone?.tzid === tzid;
          if (!utc && !resolved) floating.push(`${uid} ${name.toUpperCase()} ${value.toString()} (TZID ${tzid ?? 'none'})`);
        }
      }
    }
  }
  return floating;
}

export function uids({ vevents }: ParsedCalendar): string[] {
  return vevents.map((v) => String(v.getFirstPropertyValue('uid')));
}

/** The VEVENT with this UID, or a thrown error naming the ones there are. */
export function eventByUid(parsed: ParsedCalendar, uid: string): ICAL.Event {
  const event = parsed.events.find((e) => e.uid === uid);
  if (!event) throw new Error(`no VEVENT ${uid}; there are: ${uids(parsed).join(', ')}`);
  return event;
}

/** The instant of an ical.js time, as ISO UTC. */
export const isoUtc = (time: ICAL.Time) => time.toJSDate().toISOString();

/** An entry written in a test, as its file's frontmatter would say it. */
export interface ExtraEntry {
  id: string;
  fields: Record<string, unknown>;
  timezone?: string;
}

/** The catalogue a test build made (same content, same "now"), plus entries a test adds. */
export function catalogueOf(contentDir: string, extra: ExtraEntry[] = []): Catalogue {
  const content = loadContent(contentDir);
  const added = extra.map(({ id, fields, timezone }) => ({ id, data: entrySchema.parse(fields), timezone: timezone ?? 'Europe/Stockholm' }));
  const input = catalogueInput(content);
  return buildCatalogue({ ...input, events: [...input.events, ...added] }, buildNow({ KULTURBRO_NOW: TEST_NOW }));
}
