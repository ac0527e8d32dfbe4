/** Which entries go in which feed, the 90-day window, feed names, and the 1 MB budget. */
import { describe, expect, it } from 'vitest';
import { builds, TEST_SITE } from '../helpers/builds.ts';
import { catalogueOf, floatingTimes, formProblems, parseIcs, uids } from '../helpers/ics.ts';
import { buildCatalogue, type Catalogue, type Entry } from '../../src/lib/catalogue.ts';
import {
  FEED_BYTE_LIMIT, allFeeds, createFeedWriter, facetIds, feedEntries, feedMeta, feedPath, inWindow, windowStart, withinBudget,
  type Feed,
} from '../../src/lib/feeds.ts';
import { entryVevents, uidFor, vtimezoneText, type IcsContext, type VeventBlock } from '../../src/lib/ics.ts';
import { entrySchema } from '../../src/schema/index.ts';
import { disciplines, entryTypes, regionIds, uiLangs, type UiLang } from '../../src/lib/taxonomy.ts';

const context: IcsContext = { site: TEST_SITE, revisions: { lastChanged: new Map(), source: 'none' } };
const fixture = catalogueOf(builds.fixture.contentDir);

/** Entry ids a feed holds, read back from each VEVENT's URL (the event page). */
function idsIn(text: string): Set<string> {
  return new Set(parseIcs(text).events.map((e) => /\/events\/([^/]+)\/$/.exec(String(e.component.getFirstPropertyValue('url')))![1]!));
}

describe('the 90-day window', () => {
  const writer = createFeedWriter(fixture, context);
  const old = fixture.byId.get('2026-09-10-hostutstallning-arvika')!;

  it('starts 90 days before the build', () => {
    expect(windowStart(fixture.now).toISOString()).toBe('2026-12-01T12:00:00.000Z');
  });

  it('leaves out what ended before it, in every feed of every language', () => {
    expect(old.lastInstant!.getTime()).toBeLessThan(windowStart(fixture.now).getTime());
    expect(inWindow(old, fixture.now)).toBe(false);
    for (const lang of uiLangs) {
      for (const feed of allFeeds(fixture)) expect(idsIn(writer.feed(lang, feed)).has(old.id), `${feedPath(lang, feed)}`).toBe(false);
    }
  });

  it('still writes the old entry’s own calendar file', () => {
    expect(parseIcs(writer.entryCalendar('sv', old)).events.map((e) => e.uid)).toEqual([uidFor(old.id, TEST_SITE)]);
  });

  it('keeps a cancelled entry for as long as it would have stayed', () => {
    const cancelled = fixture.byId.get('2027-07-01-grensefestival')!;
    expect(cancelled.data.status).toBe('cancelled');
    for (const feed of [{ kind: 'all' }, { kind: 'events' }, { kind: 'facet', facet: 'venue', id: 'hamar-scene' }] satisfies Feed[]) {
      expect(idsIn(writer.feed('nb', feed)).has(cancelled.id)).toBe(true);
    }
  });

  it('drops single dates of a run that ended before the window, keeping the later ones', () => {
    const catalogue = catalogueOf(builds.fixture.contentDir, [
      {
        id: 'long-run',
        fields: {
          title: 'Lång turné', lang: 'sv', type: 'performance', disciplines: ['theatre'], summary: 'Från hösten till våren.',
          organisers: ['kulturforeningen-sol'], venue: 'arvika-konsthall', start: '2026-10-01T19:00', dates: ['2027-01-10T19:00', '2027-04-01T19:00'],
        },
      },
    ]);
    const text = createFeedWriter(catalogue, context).feed('sv', { kind: 'all' });
    const runUids = uids(parseIcs(text)).filter((u) => u.startsWith('long-run-'));
    expect(runUids).toEqual([uidFor('long-run-20270110T1900', TEST_SITE), uidFor('long-run-20270401T1900', TEST_SITE)]);
  });
});

describe('membership', () => {
  const writer = createFeedWriter(fixture, context);
  const expected = (entries: readonly Entry[]) => new Set(entries.filter((e) => inWindow(e, fixture.now)).map((e) => e.id));

  it('puts an entry in exactly the facet feeds it belongs to', () => {
    for (const entry of fixture.entries.filter((e) => inWindow(e, fixture.now))) {
      const memberOf = (feed: Feed) => idsIn(writer.feed('en', feed)).has(entry.id);
      for (const id of regionIds) expect(memberOf({ kind: 'facet', facet: 'region', id }), `${entry.id} region ${id}`).toBe(entry.regions.includes(id));
      for (const id of disciplines) expect(memberOf({ kind: 'facet', facet: 'discipline', id })).toBe(entry.data.disciplines.includes(id));
      for (const id of entryTypes) expect(memberOf({ kind: 'facet', facet: 'type', id })).toBe(entry.data.type === id);
      for (const id of facetIds(fixture, 'organiser')) expect(memberOf({ kind: 'facet', facet: 'organiser', id })).toBe(entry.data.organisers.includes(id));
      for (const id of facetIds(fixture, 'venue')) expect(memberOf({ kind: 'facet', facet: 'venue', id })).toBe(entry.data.venue === id);
    }
  });

  it('splits events from opportunities, and all.ics holds both', () => {
    expect(idsIn(writer.feed('sv', { kind: 'events' }))).toEqual(expected(fixture.entries.filter((e) => e.kind === 'event')));
    expect(idsIn(writer.feed('sv', { kind: 'opportunities' }))).toEqual(expected(fixture.entries.filter((e) => e.kind === 'opportunity')));
    expect(idsIn(writer.feed('sv', { kind: 'all' }))).toEqual(expected(fixture.entries));
  });

  it('has a feed for every region, discipline, type, organiser and venue, empty ones included', () => {
    const facetFeeds = allFeeds(fixture).filter((f) => f.kind === 'facet');
    expect(facetFeeds).toHaveLength(regionIds.length + disciplines.length + entryTypes.length + fixture.organisers.size + fixture.venues.size);
    const empty = writer.feed('sv', { kind: 'facet', facet: 'discipline', id: 'games' });
    expect(formProblems(empty)).toEqual([]);
    const parsed = parseIcs(empty);
    expect(parsed.vevents).toHaveLength(0);
    expect(parsed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kulturbro – Spel');
  });

  it('writes each entry once per language, however many feeds hold it', () => {
    const entry = fixture.byId.get('2027-03-28-vardag-i-arvika')!;
    const first = writer.vevents('sv', entry);
    for (const feed of allFeeds(fixture)) writer.feed('sv', feed);
    expect(writer.vevents('sv', entry)).toBe(first);
    expect(writer.vevents('nb', entry)).not.toBe(first);
  });
});

describe('names and descriptions', () => {
  const meta = (lang: UiLang, feed: Feed) => feedMeta(fixture, feed, lang, TEST_SITE);

  it('are in the feed language', () => {
    expect(meta('sv', { kind: 'all' }).name).toBe('Kulturbro – evenemang och möjligheter');
    expect(meta('nb', { kind: 'opportunities' }).name).toBe('Kulturbro – muligheter og søknadsfrister');
    expect(meta('en', { kind: 'facet', facet: 'organiser', id: 'scenekollektivet-nord' }).name).toBe('Kulturbro – The North Stage Collective');
    expect(meta('nb', { kind: 'facet', facet: 'discipline', id: 'music' }).description).toBe('Arrangementer og muligheter – Musikk');
    expect(meta('sv', { kind: 'facet', facet: 'region', id: 'innlandet' }).description).toBe('Evenemang och möjligheter i Innlandet');
    expect(meta('en', { kind: 'facet', facet: 'venue', id: 'hamar-scene' }).description).toBe('Events at Hamar testscene');
  });

  it('point at the page and at the feed itself', () => {
    expect(meta('sv', { kind: 'facet', facet: 'region', id: 'varmland' })).toMatchObject({
      url: 'https://kulturbro.example/sv/regions/varmland/',
      source: 'https://kulturbro.example/feeds/sv/region/varmland.ics',
    });
  });
});

describe('the byte budget', () => {
  const block = (uid: string, start: string, end: string, bytes: number, zone?: string): VeventBlock => ({
    uid, text: '', bytes, zone, startInstant: new Date(start), endInstant: new Date(end),
  });
  const now = new Date('2027-03-01T12:00:00Z');
  const blocks = [
    block('past-recent', '2027-02-20T10:00:00Z', '2027-02-20T12:00:00Z', 100),
    block('past-old', '2027-01-01T10:00:00Z', '2027-01-01T12:00:00Z', 100),
    block('far', '2027-09-01T10:00:00Z', '2027-09-01T12:00:00Z', 100),
    block('near', '2027-03-05T10:00:00Z', '2027-03-05T12:00:00Z', 100),
    block('ongoing', '2027-02-01T00:00:00Z', '2027-04-01T00:00:00Z', 100),
  ];

  it('keeps everything that fits, ordered by start', () => {
    expect(withinBudget(blocks, now, 10_000).map((b) => b.uid)).toEqual(['past-old', 'ongoing', 'past-recent', 'near', 'far']);
  });

  it('keeps what is on now and next first, then the most recent past', () => {
    expect(withinBudget(blocks, now, 300).map((b) => b.uid)).toEqual(['ongoing', 'near', 'far']);
    expect(withinBudget(blocks, now, 400).map((b) => b.uid)).toEqual(['ongoing', 'past-recent', 'near', 'far']);
  });

  it('counts each VTIMEZONE once', () => {
    const zoned = blocks.map((b) => ({ ...b, zone: 'Europe/Oslo' }));
    const zoneBytes = Buffer.byteLength(vtimezoneText('Europe/Oslo')!, 'utf8');
    expect(withinBudget(zoned, now, zoneBytes + 99)).toHaveLength(0);
    expect(withinBudget(zoned, now, zoneBytes + 300).map((b) => b.uid)).toEqual(['ongoing', 'near', 'far']);
  });
});

/** A catalogue the size the project must handle: 10,000 entries over two years, long summaries. */
function largeCatalogue(count: number): Catalogue {
  const organisers = Array.from({ length: 300 }, (_, i) => ({
    id: `organiser-${i}`,
    data: { name: `Kulturförening nummer ${i} i gränsbygden`, country: i % 2 ? ('NO' as const) : ('SE' as const), ...(i % 3 ? { email: `info${i}@example.org` } : {}) },
  }));
  const venues = Array.from({ length: 300 }, (_, i) => ({
    id: `venue-${i}`,
    data: {
      name: `Kulturhuset ${i}`, city: i % 2 ? 'Halden' : 'Arvika', country: i % 2 ? ('NO' as const) : ('SE' as const),
      region: regionIds[i % regionIds.length]!, address: `Storgatan ${i}`, postcode: '671 31', lat: 59.6, lon: 12.5,
    },
  }));
  const summary = 'En kväll med folkmusik, berättelser och dans över gränsen mellan Värmland och Østfold. '.repeat(3).slice(0, 280).trim();
  const events = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2026, 11, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
    const opportunity = i % 10 === 0;
    const fields = {
      title: `Gränsöverskridande kulturkväll nummer ${i} med gäster från båda sidor`,
      lang: 'sv',
      type: opportunity ? 'open-call' : entryTypes[i % 12],
      disciplines: [disciplines[i % disciplines.length], disciplines[(i + 5) % disciplines.length]],
      summary,
      organisers: [`organiser-${i % 300}`, `organiser-${(i + 7) % 300}`],
      ...(opportunity ? { regions: ['varmland'], deadline: day, apply: 'https://example.org/apply', start: day, end: day } : { venue: `venue-${i % 300}` }),
      ...(opportunity ? {} : i % 25 === 1 ? { start: `${day}T18:00`, end: `${day}T20:00`, repeat: { every: 'week', count: 8 } } : { start: `${day}T19:00`, end: `${day}T21:30` }),
      translations: { en: { title: `Cross-border culture night number ${i}`, summary } },
    };
    return { id: `entry-${i}`, data: entrySchema.parse(fields), timezone: i % 2 ? 'Europe/Oslo' : 'Europe/Stockholm' };
  });
  return buildCatalogue({ events, organisers, venues }, new Date('2027-03-01T12:00:00Z'));
}

describe('at 10,000 entries', () => {
  const catalogue = largeCatalogue(10_000);
  const writer = createFeedWriter(catalogue, context);

  it('keeps every feed of a language within 1 MB, and all.ics a valid calendar of the nearest entries', () => {
    const started = performance.now();
    let largest = { path: '', bytes: 0 };
    for (const feed of allFeeds(catalogue)) {
      const bytes = Buffer.byteLength(writer.feed('en', feed), 'utf8');
      expect(bytes, feedPath('en', feed)).toBeLessThanOrEqual(FEED_BYTE_LIMIT);
      if (bytes > largest.bytes) largest = { path: feedPath('en', feed), bytes };
    }
    console.log(`10,000 entries: ${allFeeds(catalogue).length} feeds (en) in ${Math.round(performance.now() - started)} ms; largest ${largest.path} ${largest.bytes} bytes`);
    const all = writer.feed('en', { kind: 'all' });
    expect(formProblems(all)).toEqual([]);
    const parsed = parseIcs(all);
    expect(floatingTimes(parsed)).toEqual([]);
    // Cut feeds hold the nearest stretch: every entry on now or within the first weeks is there.
    const held = idsIn(all);
    const lastStart = parsed.events.map((e) => e.startDate.toString()).sort().at(-1);
    console.log(`all.ics (en): ${parsed.vevents.length} VEVENTs, ${Buffer.byteLength(all, 'utf8')} bytes, starts up to ${lastStart}`);
    const soon = catalogue.entries.filter((e) => e.listedAt && e.listedAt.instant.getTime() < catalogue.now.getTime() + 14 * 86_400_000);
    expect(soon.length).toBeGreaterThan(100);
    for (const entry of soon) expect(held.has(entry.id), entry.id).toBe(true);
    expect(new Set(uids(parsed)).size).toBe(parsed.vevents.length);
  });

  it('writes each entry’s VEVENTs once per language', () => {
    const some = catalogue.entries[1234]!;
    expect(writer.vevents('en', some)).toBe(writer.vevents('en', some));
    expect(writer.vevents('en', some).map((b) => b.text)).toEqual(entryVevents(some, 'en', context).map((b) => b.text));
  });

  it('sends membership straight from the catalogue', () => {
    expect(feedEntries(catalogue, { kind: 'facet', facet: 'organiser', id: 'organiser-7' })).toBe(catalogue.byOrganiser.get('organiser-7'));
  });
});
