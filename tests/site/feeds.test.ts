/**
 * The built feeds as calendar clients read them: every .ics of the fixture and sample builds
 * parses in ical.js, has no floating time, folds and ends its lines right; the fixture built
 * under TZ=UTC and TZ=America/Los_Angeles gives byte-identical files; instants on DST nights.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds, TEST_SITE } from '../helpers/builds.ts';
import { distFiles, distHas, readDist } from '../helpers/dist.ts';
import { catalogueOf, eventByUid, floatingTimes, formProblems, isoUtc, parseIcs, uids } from '../helpers/ics.ts';
import { googleCalendarUrl, linkEvent, outlookCalendarUrl } from '../../src/lib/calendar-links.ts';
import { FEED_BYTE_LIMIT, allFeeds, feedEntries, feedPath, inWindow, type Feed } from '../../src/lib/feeds.ts';
import { uidFor } from '../../src/lib/ics.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';

const uid = (key: string) => uidFor(key, TEST_SITE);
const icsFiles = (outDir: string) => distFiles(outDir, '.ics');

for (const site of [builds.fixture, builds.fixtureLosAngeles, builds.samples]) {
  describe(`every .ics of the ${site.name} build`, () => {
    const files = icsFiles(site.outDir);

    it('exists for every feed in every language and for every entry', () => {
      const catalogue = catalogueOf(site.contentDir);
      const expected = uiLangs.flatMap((lang) => [
        ...allFeeds(catalogue).map((feed) => feedPath(lang, feed)),
        ...catalogue.entries.map((entry) => urls.eventIcs(lang, entry.id)),
      ]);
      expect(files.map((f) => `/${f}`).sort()).toEqual(expected.sort());
    });

    it('parses in ical.js with CRLF lines of at most 75 octets, no floating times and unique UIDs', () => {
      for (const file of files) {
        const text = readDist(site.outDir, file);
        expect(formProblems(text), file).toEqual([]);
        const parsed = parseIcs(text);
        expect(floatingTimes(parsed), file).toEqual([]);
        const ids = uids(parsed);
        expect(new Set(ids).size, file).toBe(ids.length);
        for (const event of parsed.events) {
          expect(event.uid.endsWith('@kulturbro.example'), file).toBe(true);
          expect(event.startDate, file).toBeTruthy();
          expect(event.component.getFirstPropertyValue('dtstamp'), file).toBeTruthy();
        }
        expect(parsed.calendar.getFirstPropertyValue('method'), file).toBe('PUBLISH');
        expect(Buffer.byteLength(text, 'utf8'), file).toBeLessThanOrEqual(FEED_BYTE_LIMIT);
      }
    });

    it('gives feeds a plain name, a description and refresh hints', () => {
      for (const file of files.filter((f) => f.startsWith('feeds/'))) {
        const text = readDist(site.outDir, file);
        const calendar = parseIcs(text).calendar;
        const name = String(calendar.getFirstPropertyValue('x-wr-calname'));
        expect(name, file).toMatch(/^Kulturbro – /);
        expect(name, file).not.toMatch(/[,;\\]/);
        expect(String(calendar.getFirstPropertyValue('x-wr-caldesc')), file).not.toMatch(/[,;\\]|^null$/);
        expect(text, file).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
        expect(text, file).toContain('\r\nX-PUBLISHED-TTL:PT12H\r\n');
      }
    });
  });
}

describe('the machine zone does not leak', () => {
  it('builds byte-identical .ics files under TZ=UTC and TZ=America/Los_Angeles', () => {
    const utc = icsFiles(builds.fixture.outDir);
    expect(icsFiles(builds.fixtureLosAngeles.outDir)).toEqual(utc);
    expect(utc.length).toBeGreaterThan(100);
    for (const file of utc) {
      const a = readFileSync(join(builds.fixture.outDir, file));
      const b = readFileSync(join(builds.fixtureLosAngeles.outDir, file));
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('keeps UIDs and SEQUENCE equal across the two builds', () => {
    const read = (outDir: string) =>
      parseIcs(readDist(outDir, '/feeds/sv/all.ics')).vevents.map((v) => `${v.getFirstPropertyValue('uid')} ${v.getFirstPropertyValue('sequence')}`);
    expect(read(builds.fixtureLosAngeles.outDir)).toEqual(read(builds.fixture.outDir));
  });
});

describe('instants in the fixture feed, checked in UTC', () => {
  const parsed = parseIcs(readDist(builds.fixture.outDir, '/feeds/en/all.ics'));

  it('has 15:00 Stockholm on the spring-forward day at 13:00Z', () => {
    expect(isoUtc(eventByUid(parsed, uid('2027-03-28-vardag-i-arvika')).startDate)).toBe('2027-03-28T13:00:00.000Z');
  });

  it('has 01:30–04:00 Oslo on the fall-back night at 23:30Z–03:00Z', () => {
    const event = eventByUid(parsed, uid('2027-10-31-hostkonsert-hamar'));
    expect(isoUtc(event.startDate)).toBe('2027-10-30T23:30:00.000Z');
    expect(isoUtc(event.endDate)).toBe('2027-10-31T03:00:00.000Z');
  });

  it('expands the weekly series to 17:00Z before 28 March and 16:00Z after, without 30 March', () => {
    const iterator = eventByUid(parsed, uid('2027-02-02-vecko-verkstad')).iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(isoUtc(next));
    expect(starts[0]).toBe('2027-02-02T17:00:00.000Z');
    expect(starts).toContain('2027-03-23T17:00:00.000Z');
    expect(starts).toContain('2027-04-06T16:00:00.000Z');
    expect(starts.filter((s) => s.startsWith('2027-03-30'))).toEqual([]);
    expect(starts.every((s) => s.endsWith(s < '2027-03-28' ? 'T17:00:00.000Z' : 'T16:00:00.000Z'))).toBe(true);
    expect(starts).toHaveLength(16);
  });

  it('has one VEVENT per date of the run', () => {
    const run = parsed.events.filter((e) => e.uid.startsWith('2027-03-12-teater-pa-turne-'));
    expect(run.map((e) => e.uid)).toEqual(['20270312T1900', '20270313T1900', '20270402T1900'].map((k) => uid(`2027-03-12-teater-pa-turne-${k}`)));
    expect(run.map((e) => isoUtc(e.startDate))).toEqual(['2027-03-12T18:00:00.000Z', '2027-03-13T18:00:00.000Z', '2027-04-02T17:00:00.000Z']);
  });

  it('keeps the cancelled all-day festival, marked, with the exclusive end', () => {
    const text = readDist(builds.fixture.outDir, '/feeds/nb/venue/hamar-scene.ics');
    const festival = eventByUid(parseIcs(text), uid('2027-07-01-grensefestival'));
    expect(festival.summary).toBe('Avlyst: Grensefestivalen');
    expect(festival.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(text).toContain('DTSTART;VALUE=DATE:20270701\r\nDTEND;VALUE=DATE:20270705\r\n');
  });

  it('has the residency deadline with a reminder a week before', () => {
    const deadline = eventByUid(parseIcs(readDist(builds.fixture.outDir, '/feeds/sv/opportunities.ics')), uid('2027-gransresidens-deadline'));
    expect(deadline.summary).toBe('Sista ansökningsdag: Gränsresidens 2027');
    expect(String(deadline.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('-P7D');
  });
});

describe('the sample run of dates', () => {
  it('has one VEVENT per performance of Smuglerne fra Iddefjorden, at the Oslo-time instants', () => {
    const parsed = parseIcs(readDist(builds.samples.outDir, '/feeds/sv/venue/tista-kulturhus.ics'));
    const run = parsed.events.filter((e) => e.uid.startsWith('2027-03-12-smuglerne-fra-iddefjorden-'));
    expect(run.map((e) => isoUtc(e.startDate))).toEqual([
      '2027-03-12T18:00:00.000Z', '2027-03-13T18:00:00.000Z', '2027-03-14T14:00:00.000Z', '2027-03-19T18:00:00.000Z', '2027-03-20T18:00:00.000Z',
    ]);
    expect(run[0]!.summary).toBe('Smugglarna från Iddefjorden');
    expect(new Set(run.map((e) => e.uid)).size).toBe(5);
  });
});

/** Entry ids a built feed holds, read from each VEVENT's URL. */
function idsInFile(outDir: string, path: string): string[] {
  const parsed = parseIcs(readDist(outDir, path));
  return [...new Set(parsed.events.map((e) => /\/events\/([^/]+)\/$/.exec(String(e.component.getFirstPropertyValue('url')))![1]!))].sort();
}

for (const site of [builds.fixture, builds.samples]) {
  describe(`feed membership in the ${site.name} build`, () => {
    const catalogue = catalogueOf(site.contentDir);
    const expectedIds = (feed: Feed) => feedEntries(catalogue, feed).filter((e) => inWindow(e, catalogue.now)).map((e) => e.id).sort();

    it('holds exactly the entries of each feed’s region, discipline, type, organiser or venue, in every language', () => {
      for (const lang of uiLangs) {
        for (const feed of allFeeds(catalogue)) expect(idsInFile(site.outDir, feedPath(lang, feed)), feedPath(lang, feed)).toEqual(expectedIds(feed));
      }
    });

    it('reports the largest feed', () => {
      const sizes = icsFiles(site.outDir).filter((f) => f.startsWith('feeds/')).map((f) => ({ f, bytes: statSync(join(site.outDir, f)).size }));
      const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
      console.log(`${site.name}: ${sizes.length} feeds, largest /${largest.f} ${largest.bytes} bytes`);
      expect(largest.bytes).toBeLessThanOrEqual(FEED_BYTE_LIMIT);
    });
  });
}

describe('an entry that ended before the window', () => {
  const id = '2026-09-10-hostutstallning-arvika';

  it('is in no feed but keeps its page, its own .ics and its place in the archive', () => {
    for (const file of icsFiles(builds.fixture.outDir).filter((f) => f.startsWith('feeds/'))) {
      expect(readDist(builds.fixture.outDir, file).includes(`/events/${id}/`), file).toBe(false);
    }
    for (const lang of uiLangs) {
      expect(distHas(builds.fixture.outDir, urls.event(lang, id))).toBe(true);
      expect(readDist(builds.fixture.outDir, urls.eventIcs(lang, id))).toContain(`UID:${uid(id)}\r\n`);
      expect(readDist(builds.fixture.outDir, urls.archive(lang))).toContain(`href="${urls.event(lang, id)}"`);
    }
  });
});

describe('add to calendar on the event page', () => {
  const catalogue = catalogueOf(builds.fixture.contentDir);
  const linksOn = (lang: 'sv' | 'nb' | 'en', id: string) => {
    const html = readDist(builds.fixture.outDir, urls.event(lang, id));
    const section = /<section class="add-to-calendar"[\s\S]*?<\/section>/.exec(html)![0];
    return [...section.matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, text]) => ({
      href: /href="([^"]*)"/.exec(attributes!)![1]!.replaceAll('&amp;', '&'),
      attributes: attributes!,
      text,
    }));
  };

  it('offers the .ics, Google Calendar and Outlook.com for the next occurrence, in the same tab', () => {
    const links = linksOn('nb', '2027-03-28-vardag-i-arvika');
    const event = linkEvent(catalogue.byId.get('2027-03-28-vardag-i-arvika')!, 'nb', TEST_SITE, catalogue.now)!;
    expect(links.map((l) => l.href)).toEqual([urls.eventIcs('nb', '2027-03-28-vardag-i-arvika'), googleCalendarUrl(event), outlookCalendarUrl(event)]);
    expect(links.map((l) => l.text)).toEqual(['Last ned (.ics)', 'Google Kalender', 'Outlook.com']);
    expect(links.some((l) => /target=/.test(l.attributes))).toBe(false);
    expect(links[1]!.href).toContain('dates=20270328T150000%2F20270328T170000&ctz=Europe%2FStockholm');
  });

  it('offers only the .ics for a cancelled event', () => {
    expect(linksOn('sv', '2027-07-01-grensefestival').map((l) => l.href)).toEqual([urls.eventIcs('sv', '2027-07-01-grensefestival')]);
  });
});

describe('facet pages', () => {
  it('link their feed as webcal:// and as https, and the feed exists', () => {
    const catalogue = catalogueOf(builds.fixture.contentDir);
    for (const lang of uiLangs) {
      for (const facet of ['region', 'discipline', 'organiser', 'venue'] as const) {
        for (const feed of allFeeds(catalogue).filter((f) => f.kind === 'facet' && f.facet === facet)) {
          if (feed.kind !== 'facet') continue;
          const path = feedPath(lang, feed);
          const html = readDist(builds.fixture.outDir, urls.facet(lang, facet, feed.id));
          expect(html, path).toContain(`href="webcal://kulturbro.example${path}"`);
          expect(html, path).toContain(`href="${path}"`);
          expect(distHas(builds.fixture.outDir, path), path).toBe(true);
        }
      }
    }
  });
});

describe('headers file', () => {
  it('is published and serves .ics as text/calendar with charset', () => {
    const headers = readFileSync(join(builds.fixture.outDir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\.ics\n {2}Content-Type: text\/calendar; charset=utf-8$/m);
  });
});
