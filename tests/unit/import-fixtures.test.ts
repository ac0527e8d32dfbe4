/**
 * Real exports (tests/fixtures/import/SOURCES.md) through the importer: the entries each makes, their
 * instants in UTC against node-ical's own expansion of the same file, and that the result validates.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import ical from 'node-ical';
import { afterAll, describe, expect, it } from 'vitest';
import { loadValidContent } from '../../src/lib/content.ts';
import { importSource } from '../../src/lib/import/index.ts';
import { occurrencesOf } from '../../src/lib/occurrences.ts';
import { formatLocal, instantToLocal } from '../../src/lib/time.ts';
import { repoRoot } from '../helpers/builds.ts';

const now = new Date('2027-03-01T12:00:00Z');
const horizon = new Date('2028-03-02T00:00:00Z');
const fixtures = resolve(repoRoot, 'tests/fixtures/import');
const roots: string[] = [];

function freshRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'kulturbro-import-'));
  roots.push(root);
  for (const folder of ['organisers', 'venues']) cpSync(resolve(repoRoot, 'tests/fixtures/site', folder), join(root, folder), { recursive: true });
  return root;
}
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Each occurrence as node-ical sees it: a UTC instant, or wall clock for floating times and all-day dates. */
function nodeIcalOccurrences(file: string, leftOutUids: readonly string[]): string[] {
  const data = ical.sync.parseICS(readFileSync(file, 'utf8'));
  const seen: string[] = [];
  for (const component of Object.values(data)) {
    if (component?.type !== 'VEVENT') continue;
    const event = component as ical.VEvent;
    if (leftOutUids.includes(String(event.uid))) continue;
    for (const instance of ical.expandRecurringEvent(event, { from: new Date('1990-01-01'), to: horizon })) {
      if (instance.isOverride && String(instance.event.status).toUpperCase() === 'CANCELLED') continue;
      const start = instance.start;
      const pad = (n: number) => String(n).padStart(2, '0');
      if (instance.isFullDay) seen.push(`${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`);
      else if (!start.tz) seen.push(`${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}T${pad(start.getHours())}:${pad(start.getMinutes())} floating`);
      else seen.push(start.toISOString());
    }
  }
  return [...new Set(seen)].sort();
}

/** The same for the entries the importer wrote. */
function ourOccurrences(root: string, location: string, floating: boolean): { titles: string[]; occurrences: string[]; statuses: string[] } {
  const content = loadValidContent(root);
  const entries = content.events.filter((entry) => entry.data.source?.url === relative(root, location)).sort((a, b) => (a.path < b.path ? -1 : 1));
  const occurrences = entries.flatMap((entry) =>
    occurrencesOf(entry.data, entry.timezone).map((o) =>
      o.allDay ? o.start.date : floating ? `${formatLocal(o.start)} floating` : o.startInstant.toISOString(),
    ),
  );
  return { titles: entries.map((e) => e.data.title).sort(), occurrences: [...new Set(occurrences)].sort(), statuses: entries.map((e) => e.data.status) };
}

interface Case {
  file: string;
  producer: string;
  titles: string[];
  failed?: number;
  /** UIDs the importer reports and leaves out (a broken VEVENT). */
  leftOut?: string[];
  floating?: boolean;
  timezone?: string;
  /** The file names places: no default venue, so they become new venues of the region. */
  newVenues?: boolean;
  /** Where node-ical is known to read the file differently, what the file says instead (and why, in a comment). */
  expected?: string[];
  cancelled?: number;
  check?: (root: string, location: string) => void;
}

const entryText = (root: string, location: string, title: string) => {
  const entry = loadValidContent(root).events.find((e) => e.data.source?.url === relative(root, location) && e.data.title === title)!;
  return { entry, text: readFileSync(entry.absolutePath, 'utf8') };
};

const icsCases: Case[] = [
  {
    file: 'google-recurrence-order.ics', producer: 'Google Calendar', titles: ['TEST RECURR 3', 'TEST RECURR 3 - MODIFIED'],
    check: (root, location) => {
      const { entry } = entryText(root, location, 'TEST RECURR 3 - MODIFIED');
      expect(entry.data.source).toMatchObject({ uid: 'aaaaaaaaaa888se1rr0b24sm4p@google.com', occurrence: '2026-02-11T10:00' });
      expect(entry.data.timezone).toBe('America/Denver');
      const { entry: series } = entryText(root, location, 'TEST RECURR 3');
      // The retitled occurrence left the series: its day is an exception of the rule.
      expect(series.data).toMatchObject({ start: '2026-02-10T10:00', repeat: { every: 'day', count: 3 }, except: ['2026-02-11'] });
    },
  },
  {
    // node-ical ignores the master's `RDATE:20131210Z` on an all-day event and keeps one override per UID:
    // the file itself lists 2012-12-10, 2013-12-10 and 2014-12-10 (RDATEs, DTSTART and three RECURRENCE-IDs).
    expected: ['2012-12-10', '2013-12-10', '2014-12-10'],
    file: 'google-birthday.ics', producer: 'Google Calendar', titles: ["PErson #2's birthday", "PErson #2's birthday", "PErson #2's birthday", "PErson #2's birthday"],
    check: (root, location) => {
      const entries = loadValidContent(root).events.filter((e) => e.data.source?.url === relative(root, location));
      expect(entries.find((e) => e.data.source?.uid.startsWith('2014_'))!.data).toMatchObject({ start: '2012-12-10', dates: ['2013-12-10', '2014-12-10'] });
    },
  },
  {
    file: 'exchange-ms-timezones.ics', producer: 'Microsoft Exchange', titles: ['Not the actual summary 1', 'Not the actual summary either', 'test'], failed: 1,
    leftOut: ['040000008200E00074C5B7101A82E008000000008001F1896B63D3010000000000000000100000005D0552D848712746896D6C8E2E066560'],
  },
  { file: 'exchange-owa-display-names.ics', producer: 'Outlook Web Access', titles: ['TEST', 'TEST 3', 'TEST Syd', 'TEST2'] },
  { file: 'exchange-custom-tz.ics', producer: 'Microsoft Exchange', titles: ['Test event'] },
  {
    file: 'apple-macos.ics', producer: 'Apple Calendar', titles: ['Cancelled', 'Confirmed', 'No Status', 'Tentative'], cancelled: 1,
    check: (root, location) => expect(entryText(root, location, 'Confirmed').entry.data).toMatchObject({ start: '2022-07-05T09:00', end: '2022-07-05T10:00', timezone: 'America/Vancouver' }),
  },
  {
    file: 'nextcloud-recurring.ics', producer: 'Nextcloud', titles: ['TEST', 'TEST EX 1', 'TEST EX 2', 'TEST EX 3', 'TEST EX 4', 'TEST EX 5'],
    check: (root, location) => {
      // Unbounded weekly series: a repeat cut at the horizon, the moved occurrences' days excepted.
      expect(entryText(root, location, 'TEST').entry.data).toMatchObject({
        start: '2020-03-01T15:00', timezone: 'Europe/Berlin', repeat: { every: 'week', until: '2028-03-01' },
        except: ['2020-03-08', '2020-03-15', '2020-04-05', '2020-04-12', '2020-04-26'],
      });
    },
  },
  {
    file: 'nextcloud-categories.ics', producer: 'Nextcloud', titles: ['Test Europe Berlin'],
  },
  {
    // Floating times: the organiser's zone (a school in Washington state) gives them their instants.
    file: 'wordpress-the-events-calendar.ics', producer: 'WordPress (The Events Calendar)', titles: ['Possible Snow Makeup Day'], timezone: 'America/Los_Angeles',
    check: (root, location) => {
      const { entry, text } = entryText(root, location, 'Possible Snow Makeup Day');
      expect(entry.data).toMatchObject({ start: '2024-06-27T00:00', end: '2024-06-27T23:00' });
      expect(entry.timezone).toBe('America/Los_Angeles');
      expect(text).toContain('<https://www.washougal.k12.wa.us/hathaway/event/possible-snow-makeup-day/>');
    },
  },
  {
    file: 'meetup.ics', producer: 'Meetup', titles: ['Phoenix Drupal User Group Monthly Meetup'], newVenues: true,
    check: (root, location) => {
      const { entry, text } = entryText(root, location, 'Phoenix Drupal User Group Monthly Meetup');
      expect(entry.data.venue).toBe('open-source-project-tempe');
      const venue = readFileSync(join(root, 'venues/open-source-project-tempe.md'), 'utf8');
      expect(venue).toContain('lat: 33.56');
      expect(venue).toMatch(/city: Tempe\n[\s\S]*address: '1415 E University Dr\. #103A'\npostcode: '85281'/);
      expect(text).toContain('Customizing node display with template pages in Drupal 6');
      expect(text).not.toContain('http://www.meetup.com/Phoenix-Drupal-User-Group/events/33627272/>');
    },
  },
];

describe('iCalendar exports from real programs', () => {
  for (const fixture of icsCases) {
    it(`${fixture.producer}: ${fixture.file}`, async () => {
      const root = freshRoot();
      const location = join(fixtures, fixture.file);
      const options = { root, location, organiser: 'kulturforeningen-sol', region: 'varmland' as const, venue: fixture.newVenues ? undefined : 'arvika-konsthall', includePast: true, now, timezone: fixture.timezone };
      const report = await importSource(options);
      expect(report.failed, report.lines.join('\n')).toBe(fixture.failed ?? 0);
      expect(report.created).toBe(fixture.titles.length);
      const ours = ourOccurrences(root, location, fixture.floating ?? false);
      expect(ours.titles).toEqual([...fixture.titles].sort());
      expect(ours.statuses.filter((s) => s === 'cancelled')).toHaveLength(fixture.cancelled ?? 0);
      const theirs = nodeIcalOccurrences(location, fixture.leftOut ?? []);
      if (fixture.expected) {
        expect(ours.occurrences).toEqual(fixture.expected);
        expect(theirs.every((o) => ours.occurrences.includes(o))).toBe(true);
      } else {
        expect(ours.occurrences).toEqual(theirs);
      }
      fixture.check?.(root, location);
      // A second run changes nothing.
      const again = await importSource(options);
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: fixture.titles.length });
    });
  }

  it('reports the malformed Exchange VEVENT by line, and keeps the others', async () => {
    const root = freshRoot();
    const location = join(fixtures, 'exchange-ms-timezones.ics');
    const report = await importSource({ root, location, organiser: 'kulturforeningen-sol', venue: 'arvika-konsthall', includePast: true, now });
    expect(report.lines).toContain(`${location}: line 145: VEVENT is not valid iCalendar and was left out: Missing parameter value in 'DTSTART;TZID="W. Europe Standard Time:20200609T090000"'`);
  });
});

/** schema.org's start dates read by plain JSON.parse and Date: UTC for an offset, wall clock without. */
function jsonLdStarts(file: string): string[] {
  const html = readFileSync(file, 'utf8');
  const starts: string[] = [];
  for (const match of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
    for (const node of [JSON.parse(match[1]!)].flat()) {
      const start = String(node.startDate);
      // Kulturbro keeps minutes: seconds are dropped.
      starts.push(/[+-]\d{2}:\d{2}$|Z$/.test(start) ? new Date(start).toISOString().replace(/:\d{2}\.\d{3}Z$/, ':00.000Z') : start);
    }
  }
  return starts.sort();
}

describe('web pages with schema.org Event data', () => {
  const pages = [
    {
      file: 'schemaorg-event-cancelled.html', titles: ['CANCELLED - Typhoon with Radiation City'], zoned: false, newVenues: true,
      check: (root: string, location: string) => {
        const { entry } = entryText(root, location, 'CANCELLED - Typhoon with Radiation City');
        expect(entry.data).toMatchObject({ status: 'cancelled', price: '13.00 USD', venue: 'the-hi-dive' });
        expect(entry.data.tickets).toBeUndefined();
        expect(readFileSync(join(root, 'venues/the-hi-dive.md'), 'utf8')).toMatch(/city: Denver\n[\s\S]*address: 7 S\. Broadway\npostcode: '80209'/);
      },
    },
    {
      file: 'schemaorg-music-event-rescheduled.html', titles: ['B.B. King with Jonathon "Boogie" Long'], zoned: false, newVenues: true,
      check: (root: string, location: string) => {
        const { entry } = entryText(root, location, 'B.B. King with Jonathon "Boogie" Long');
        expect(entry.data).toMatchObject({ status: 'scheduled', price: '63.25 USD / 299.00 USD', start: '2014-04-12T19:30', end: '2014-04-12T22:00', type: 'concert' });
        expect(entry.data.image).toBeUndefined();
      },
    },
    {
      // The same example in Microdata: the JSON-LD twin above says what it must give.
      file: 'schemaorg-event-cancelled-microdata.html', twin: 'schemaorg-event-cancelled.html', titles: ['CANCELLED - Typhoon with Radiation City'], zoned: false, newVenues: true,
      check: (root: string, location: string) => {
        const { entry } = entryText(root, location, 'CANCELLED - Typhoon with Radiation City');
        expect(entry.data).toMatchObject({ status: 'cancelled', price: '13.00 USD', venue: 'the-hi-dive', start: '2013-09-14T21:30' });
      },
    },
    {
      file: 'wordpress-the-events-calendar-list.html', titles: ['Single Event 1', 'Test Event – +9 days'], zoned: true, newVenues: false,
      check: () => {},
    },
  ];
  for (const page of pages) {
    it(page.file, async () => {
      const root = freshRoot();
      const location = join(fixtures, page.file);
      const report = await importSource({ root, location, organiser: 'kulturforeningen-sol', region: 'varmland', venue: page.newVenues ? undefined : 'arvika-konsthall', includePast: true, now });
      expect(report.failed, report.lines.join('\n')).toBe(0);
      const content = loadValidContent(root);
      const entries = content.events.filter((e) => e.data.source?.url === relative(root, location));
      expect(entries.map((e) => e.data.title).sort()).toEqual(page.titles);
      const starts = entries.flatMap((e) => occurrencesOf(e.data, e.timezone)).map((o) => (page.zoned ? o.startInstant.toISOString() : formatLocal(o.start)));
      expect(starts.sort()).toEqual(jsonLdStarts(join(fixtures, (page as { twin?: string }).twin ?? page.file)));
      if (page.zoned) expect(entries.map((e) => formatLocal(instantToLocal(occurrencesOf(e.data, e.timezone)[0]!.startInstant, 'Europe/Stockholm') as never)).sort()).toEqual(['2019-06-20T15:01', '2019-06-20T15:04']);
      page.check(root, location);
    });
  }
});

describe('npm run import', () => {
  const run = (cwd: string, args: string[]) => {
    const result = spawnSync(process.execPath, [resolve(repoRoot, 'scripts/import.ts'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, KULTURBRO_NOW: '2021-01-01T12:00:00Z' } });
    return { status: result.status, lines: result.stdout.trimEnd().split('\n'), stderr: result.stderr };
  };

  it('imports a file and ends with the summary line; a second run changes nothing', () => {
    const root = freshRoot();
    const file = join(fixtures, 'nextcloud-recurring.ics');
    const args = [file, '--organiser', 'kulturforeningen-sol', '--venue', 'arvika-konsthall', '--discipline', 'music', '--discipline', 'dance', '--type', 'concert', '--lang', 'en'];
    const first = run(root, args);
    expect(first.status, first.stderr).toBe(0);
    // Only what has not ended by "now" (2021-01-01): the unbounded weekly series; its moved occurrences are over.
    expect(first.lines).toEqual(['events/2020/2020-03-01-test.md: created', 'import: created 1, updated 0, unchanged 0, skipped 5, failed 0']);
    const entry = loadValidContent(root).events.find((e) => e.path === 'events/2020/2020-03-01-test.md')!;
    expect(entry.data).toMatchObject({ lang: 'en', type: 'concert', disciplines: ['music', 'dance'], repeat: { every: 'week', until: '2022-01-02' } });
    expect(run(root, args).lines.at(-1)).toBe('import: created 0, updated 0, unchanged 1, skipped 5, failed 0');
  });

  it('refuses a bad option with the usage and exit code 2, before reading anything', () => {
    const result = run(freshRoot(), [join(fixtures, 'meetup.ics'), '--organiser', 'kulturforeningen-sol', '--type', 'party']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^--type: must be one of: concert, performance, .* \(got "party"\)\n\nUsage: npm run import/);
  });

  it('says which venue is missing, with exit code 1', () => {
    const result = run(freshRoot(), [join(fixtures, 'meetup.ics'), '--organiser', 'kulturforeningen-sol', '--venue', 'nowhere-hall']);
    expect(result.status).toBe(1);
    expect(result.lines[0]).toBe(`${join(fixtures, 'meetup.ics')}: --venue: is not a venue: add venues/nowhere-hall.md or fix the id (got "nowhere-hall")`);
  });

  it('says which organiser is missing, with exit code 1', () => {
    const result = run(freshRoot(), [join(fixtures, 'meetup.ics'), '--organiser', 'nobody']);
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([`${join(fixtures, 'meetup.ics')}: --organiser: is not an organiser: add organisers/nobody.md or fix the id (got "nobody")`, 'import: created 0, updated 0, unchanged 0, skipped 0, failed 1']);
  });
});
