/**
 * One entry → VEVENTs, read back with ical.js as a calendar client would. Runs under TZ=UTC and
 * TZ=America/Los_Angeles (two Vitest projects): the machine's zone must never show.
 */
import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builds, TEST_SITE } from '../helpers/builds.ts';
import { catalogueOf, eventByUid, floatingTimes, formProblems, isoUtc, parseIcs, uids, type ExtraEntry } from '../helpers/ics.ts';
import { calendarDocument, calendarLabel, entryVevents, icsText, uidFor, type IcsContext } from '../../src/lib/ics.ts';
import type { Entry } from '../../src/lib/catalogue.ts';
import type { UiLang } from '../../src/lib/taxonomy.ts';

const fixtureDir = builds.fixture.contentDir;
const context: IcsContext = { site: TEST_SITE, revisions: { lastChanged: new Map(), source: 'none' } };
const fixture = catalogueOf(fixtureDir);
const entry = (id: string, catalogue = fixture): Entry => {
  const found = catalogue.byId.get(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const uid = (key: string) => uidFor(key, TEST_SITE);

/** The calendar text for one entry, checked for form and floating times before use. */
function calendarFor(e: Entry, lang: UiLang = 'en', meta: { name?: string; description?: string } = { name: 'Test' }) {
  const text = calendarDocument({ lang, ...meta }, entryVevents(e, lang, context));
  expect(formProblems(text)).toEqual([]);
  const parsed = parseIcs(text);
  expect(floatingTimes(parsed)).toEqual([]);
  return { text, parsed };
}

/** Every start of a VEVENT as a client expands it (RRULE minus EXDATE): UTC instants, or dates. */
function expandedStarts(event: ICAL.Event): string[] {
  const starts: string[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && starts.length < 2000; next = iterator.next()) {
    starts.push(next.isDate ? next.toString() : isoUtc(next));
  }
  return starts;
}

/** The site's own occurrences in the same form. */
const utcStarts = (e: Entry) => e.occurrences.map((o) => (o.allDay ? o.start.date : o.startInstant.toISOString()));

describe('timed entries on both DST nights', () => {
  it('writes 15:00 in Stockholm on the spring-forward day as 13:00 UTC, with TZID and VTIMEZONE', () => {
    const { text, parsed } = calendarFor(entry('2027-03-28-vardag-i-arvika'));
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20270328T150000\r\n');
    expect(parsed.calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Stockholm']);
    const event = eventByUid(parsed, uid('2027-03-28-vardag-i-arvika'));
    expect(isoUtc(event.startDate)).toBe('2027-03-28T13:00:00.000Z');
    expect(isoUtc(event.endDate)).toBe('2027-03-28T15:00:00.000Z');
  });

  it('writes 01:30–04:00 in Oslo on the fall-back night as 23:30–03:00 UTC', () => {
    const { parsed } = calendarFor(entry('2027-10-31-hostkonsert-hamar'));
    const event = eventByUid(parsed, uid('2027-10-31-hostkonsert-hamar'));
    expect(isoUtc(event.startDate)).toBe('2027-10-30T23:30:00.000Z');
    expect(isoUtc(event.endDate)).toBe('2027-10-31T03:00:00.000Z');
    expect(event.startDate.zone.tzid).toBe('Europe/Oslo');
  });
});

describe('a weekly series across the spring change, with an exception', () => {
  const series = entry('2027-02-02-vecko-verkstad');
  const { text, parsed } = calendarFor(series);
  const event = eventByUid(parsed, uid('2027-02-02-vecko-verkstad'));

  it('is one VEVENT with RRULE, EXDATE in the same form as DTSTART, and a UTC UNTIL covering the last day', () => {
    expect(parsed.vevents).toHaveLength(1);
    expect(event.isRecurring()).toBe(true);
    expect(text).toContain('RRULE:FREQ=WEEKLY;UNTIL=20270525T215959Z;BYDAY=TU;WKST=MO\r\n');
    expect(text).toContain('EXDATE;TZID=Europe/Stockholm:20270330T180000\r\n');
  });

  it('expands to 17:00 UTC before 28 March and 16:00 UTC after, without 30 March', () => {
    const starts = expandedStarts(event);
    expect(starts).toContain('2027-03-23T17:00:00.000Z');
    expect(starts).toContain('2027-04-06T16:00:00.000Z');
    expect(starts.some((s) => s.startsWith('2027-03-30'))).toBe(false);
    expect(starts.filter((s) => s < '2027-03-28').every((s) => s.endsWith('T17:00:00.000Z'))).toBe(true);
    expect(starts.filter((s) => s > '2027-03-28').every((s) => s.endsWith('T16:00:00.000Z'))).toBe(true);
    expect(starts.at(-1)).toBe('2027-05-25T16:00:00.000Z');
  });

  it('expands to exactly the occurrences the site lists', () => {
    expect(expandedStarts(event)).toEqual(utcStarts(series));
  });
});

describe('a run of dates', () => {
  it('has one VEVENT per date, each with a UID from its local start', () => {
    const run = entry('2027-03-12-teater-pa-turne');
    const { parsed } = calendarFor(run);
    expect(uids(parsed)).toEqual([
      uid('2027-03-12-teater-pa-turne-20270312T1900'),
      uid('2027-03-12-teater-pa-turne-20270313T1900'),
      uid('2027-03-12-teater-pa-turne-20270402T1900'),
    ]);
    expect(parsed.events.map((e) => isoUtc(e.startDate))).toEqual(['2027-03-12T18:00:00.000Z', '2027-03-13T18:00:00.000Z', '2027-04-02T17:00:00.000Z']);
    expect(parsed.events.map((e) => isoUtc(e.endDate))).toEqual(['2027-03-12T20:30:00.000Z', '2027-03-13T20:30:00.000Z', '2027-04-02T19:30:00.000Z']);
  });
});

describe('an all-day cancelled festival', () => {
  const festival = entry('2027-07-01-grensefestival');

  it('is VALUE=DATE with the exclusive end and STATUS:CANCELLED', () => {
    const { text, parsed } = calendarFor(festival);
    expect(text).toContain('DTSTART;VALUE=DATE:20270701\r\n');
    expect(text).toContain('DTEND;VALUE=DATE:20270705\r\n');
    const event = eventByUid(parsed, uid('2027-07-01-grensefestival'));
    expect(event.startDate.isDate).toBe(true);
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(parsed.calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
  });

  it('marks the summary in the feed language', () => {
    const summary = (lang: UiLang) => parseIcs(calendarDocument({ lang }, entryVevents(festival, lang, context))).events[0]!.summary;
    expect(summary('sv')).toBe('Inställt: Grensefestivalen');
    expect(summary('nb')).toBe('Avlyst: Grensefestivalen');
    expect(summary('en')).toBe('Cancelled: Grensefestivalen');
  });
});

describe('deadlines', () => {
  const residency = entry('2027-gransresidens');

  it('are their own VEVENT with a display reminder a week before, beside the activity period', () => {
    const { parsed } = calendarFor(residency, 'sv');
    const deadline = eventByUid(parsed, uid('2027-gransresidens-deadline'));
    expect(deadline.summary).toBe('Sista ansökningsdag: Gränsresidens 2027');
    expect(deadline.startDate.toString()).toBe('2027-05-01');
    const alarm = deadline.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P7D');
    const period = eventByUid(parsed, uid('2027-gransresidens'));
    expect(period.startDate.toString()).toBe('2027-09-01');
    expect(period.endDate.toString()).toBe('2027-11-01');
  });

  it('name the deadline in each language', () => {
    const summaries = (['nb', 'en'] as const).map((lang) =>
      eventByUid(parseIcs(calendarDocument({ lang }, entryVevents(residency, lang, context))), uid('2027-gransresidens-deadline')).summary,
    );
    expect(summaries).toEqual(['Søknadsfrist: Gränsresidens 2027', 'Deadline: Gränsresidens 2027']);
  });

  it('keep a deadline with a time as a TZID time', () => {
    const catalogue = catalogueOf(fixtureDir, [
      { id: 'timed-call', fields: { ...openCall, deadline: '2027-04-15T12:00' } },
    ]);
    const { parsed } = calendarFor(entry('timed-call', catalogue));
    expect(isoUtc(eventByUid(parsed, uid('timed-call-deadline')).startDate)).toBe('2027-04-15T10:00:00.000Z');
  });
});

const openCall = {
  title: 'Öppen utlysning',
  lang: 'sv',
  type: 'open-call',
  disciplines: ['music'],
  summary: 'Sök senast i april.',
  organisers: ['kulturforeningen-sol'],
  regions: ['varmland'],
  apply: 'https://sol.example/ansok',
};
const workshop = {
  title: 'Serie',
  lang: 'sv',
  type: 'workshop',
  disciplines: ['crafts'],
  summary: 'En serie.',
  organisers: ['kulturforeningen-sol'],
  venue: 'arvika-konsthall',
};

describe('series rules match the site’s own expansion', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['an all-day weekly series with an exception (COUNT, VALUE=DATE EXDATE)', { start: '2027-06-05', repeat: { every: 'week', until: '2027-07-10' }, except: ['2027-06-19'] }],
    ['a start that is not on an `on` day', { start: '2027-03-03T10:00', end: '2027-03-03T11:00', repeat: { every: 'week', on: ['mo', 'fr'], interval: 2, until: '2027-06-30' } }],
    ['a monthly series on the 31st, by count', { start: '2027-01-31T19:00', repeat: { every: 'month', count: 6 } }],
    ['every second day on weekdays across the autumn change', { start: '2027-10-20T23:30', repeat: { every: 'day', interval: 2, on: ['mo', 'tu', 'we', 'th', 'fr'], until: '2027-11-15' } }],
    ['an excluded first date', { start: '2027-04-06T18:00', repeat: { every: 'week', count: 4 }, except: ['2027-04-06'] }],
  ];
  it.each(cases)('%s', (_name, schedule) => {
    const catalogue = catalogueOf(fixtureDir, [{ id: 'series', fields: { ...workshop, ...schedule } }]);
    const series = entry('series', catalogue);
    const { parsed } = calendarFor(series);
    expect(parsed.vevents).toHaveLength(1);
    expect(expandedStarts(parsed.events[0]!)).toEqual(utcStarts(series));
  });

  const weekday = fc.constantFrom('mo', 'tu', 'we', 'th', 'fr', 'sa', 'su');
  const rule = fc.record({
    day: fc.integer({ min: 0, max: 364 }),
    time: fc.constantFrom('00:30', '10:00', '18:00', '23:30', undefined),
    every: fc.constantFrom('day', 'week', 'month'),
    interval: fc.integer({ min: 1, max: 3 }),
    on: fc.option(fc.uniqueArray(weekday, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    limit: fc.oneof(fc.record({ count: fc.integer({ min: 1, max: 20 }) }), fc.record({ days: fc.integer({ min: 0, max: 200 }) })),
    zone: fc.constantFrom('Europe/Stockholm', 'Europe/Oslo'),
    skip: fc.array(fc.nat(30), { maxLength: 3 }),
  });

  it('for arbitrary rules, in both zones, over DST changes', () => {
    fc.assert(
      fc.property(rule, (r) => {
        const startDate = new Date(Date.UTC(2027, 0, 1 + r.day)).toISOString().slice(0, 10);
        const until = 'days' in r.limit ? new Date(Date.UTC(2027, 0, 1 + r.day + r.limit.days)).toISOString().slice(0, 10) : undefined;
        const repeat = { every: r.every, ...(r.interval > 1 ? { interval: r.interval } : {}), ...(r.on && r.every !== 'month' ? { on: r.on } : {}), ...('count' in r.limit ? { count: r.limit.count } : { until }) };
        const base = catalogueOf(fixtureDir, [{ id: 'probe', fields: { ...workshop, start: startDate, repeat }, timezone: r.zone }]);
        const dates = [...new Set(entry('probe', base).occurrences.map((o) => o.start.date))];
        const except = [...new Set(r.skip.map((i) => dates[i]).filter((d): d is string => d !== undefined))];
        const extra: ExtraEntry = {
          id: 'series',
          fields: { ...workshop, start: r.time ? `${startDate}T${r.time}` : startDate, repeat, ...(except.length > 0 ? { except } : {}) },
          timezone: r.zone,
        };
        const series = entry('series', catalogueOf(fixtureDir, [extra]));
        if (series.occurrences.length === 0) return;
        const parsed = parseIcs(calendarDocument({ lang: 'en' }, entryVevents(series, 'en', context)));
        expect(floatingTimes(parsed)).toEqual([]);
        expect(expandedStarts(parsed.events[0]!)).toEqual(utcStarts(series));
      }),
      { numRuns: 60 },
    );
  });
});

describe('text', () => {
  const base = entry('2027-03-28-vardag-i-arvika');
  const withText = (title: string, summary: string): Entry => ({
    ...base,
    data: { ...base.data, title, summary, translations: undefined },
  });
  const unicodeText = fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(',', ';', '\\', '\n', '\r\n', ':', '"', 'å', '𝄞', '👩‍👩‍👧', ' ', 'a'), minLength: 1, maxLength: 120 }),
    fc.string({ unit: 'grapheme-composite', minLength: 60, maxLength: 400 }),
  );

  it('comes back unchanged through ical.js, however long and whatever characters', () => {
    fc.assert(
      fc.property(unicodeText, unicodeText, (title, summary) => {
        const text = calendarDocument({ lang: 'sv', name: 'Test' }, entryVevents(withText(title, summary), 'sv', context));
        expect(formProblems(text)).toEqual([]);
        const [event] = parseIcs(text).events;
        expect(event!.summary).toBe(icsText(title));
        expect(event!.description).toBe(`${icsText(summary)}\n\nhttps://kulturbro.example/sv/events/2027-03-28-vardag-i-arvika/`);
      }),
      { numRuns: 300 },
    );
  });

  it('only normalises line breaks and drops control characters', () => {
    expect(icsText('a\r\nb\rc\nd\te\u0007f')).toBe('a\nb\nc\nd\tef');
  });

  it('keeps calendar names on one plain line, since ical-generator does not escape them', () => {
    fc.assert(
      fc.property(unicodeText, (name) => {
        const text = calendarDocument({ lang: 'en', name, description: name }, []);
        expect(formProblems(text)).toEqual([]);
        const calendar = parseIcs(text).calendar;
        const calname = String(calendar.getFirstPropertyValue('x-wr-calname') ?? '');
        expect(calname).toBe(calendarLabel(name));
        expect(calname).not.toMatch(/[,;\\\n]/);
        expect(String(calendar.getFirstPropertyValue('x-wr-caldesc') ?? '')).toBe(calendarLabel(name));
      }),
      { numRuns: 200 },
    );
  });
});

describe('calendar and event properties', () => {
  const { text, parsed } = calendarFor(entry('2027-03-28-vardag-i-arvika'), 'nb', { name: 'Kulturbro – test', description: 'Beskrivelse' });
  const event = eventByUid(parsed, uid('2027-03-28-vardag-i-arvika'));

  it('has METHOD:PUBLISH, names, refresh hints and the final CRLF', () => {
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(text).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(text).toContain('\r\nX-WR-CALNAME:Kulturbro – test\r\n');
    expect(text).toContain('\r\nX-WR-CALDESC:Beskrivelse\r\n');
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
    expect(text).toContain('\r\nX-PUBLISHED-TTL:PT12H\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('uses the translation, and fills URL, LOCATION, GEO, CATEGORIES and ORGANIZER in the feed language', () => {
    expect(event.summary).toBe('Vårjevndøgn i Arvika');
    expect(event.description).toBe('En konsert den dagen klokka stilles fram.\n\nhttps://kulturbro.example/nb/events/2027-03-28-vardag-i-arvika/');
    expect(event.component.getFirstPropertyValue('url')).toBe('https://kulturbro.example/nb/events/2027-03-28-vardag-i-arvika/');
    expect(event.location).toBe('Arvika testkonsthall, Storgatan 1, 671 31 Arvika');
    expect(event.component.getFirstPropertyValue('geo')).toEqual([59.654, 12.591]);
    expect(event.component.getFirstProperty('categories')!.getValues()).toEqual(['Konsert', 'Musikk']);
    const organizer = event.component.getFirstProperty('organizer')!;
    expect(organizer.getParameter('cn')).toBe('Kulturföreningen Sol');
    expect(organizer.getFirstValue()).toBe('https://kulturbro.example/nb/organisers/kulturforeningen-sol/');
  });

  it('gives ORGANIZER a mailto address when the organiser has one', () => {
    const withEmail: Entry = {
      ...entry('2027-03-28-vardag-i-arvika'),
      organisers: [{ id: 'x', data: { name: 'Förening, "Sol"', country: 'SE', email: 'info@sol.example' } }],
    };
    const organizer = calendarFor(withEmail).parsed.events[0]!.component.getFirstProperty('organizer')!;
    expect(organizer.getParameter('cn')).toBe('Förening, "Sol"');
    expect(organizer.getFirstValue()).toBe('mailto:info@sol.example');
  });

  it('writes UTC times when the zone has no VTIMEZONE to send', () => {
    const catalogue = catalogueOf(fixtureDir, [{ id: 'utc', fields: { ...workshop, start: '2027-05-05T12:00' }, timezone: 'UTC' }]);
    const { text: utcText, parsed: utcParsed } = calendarFor(entry('utc', catalogue));
    expect(utcText).toContain('DTSTART:20270505T120000Z\r\n');
    expect(utcParsed.calendar.getAllSubcomponents('vtimezone')).toHaveLength(0);
  });

  it('is the same text whatever the machine zone (no wall clock, no machine zone)', () => {
    // Both unit projects run this; each compares against text fixed here, written for Europe/Stockholm.
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20270328T150000\r\nDTEND;TZID=Europe/Stockholm:20270328T170000\r\n');
    expect(text).toContain('DTSTAMP:20260101T000000Z\r\n');
    expect(text).toContain('SEQUENCE:0\r\n');
  });
});
