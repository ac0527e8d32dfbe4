/** The list of iCalendar files the build writes (src/lib/calendar-files.ts) against the fixture site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds, TEST_SITE } from '../helpers/builds.ts';
import { catalogueOf } from '../helpers/ics.ts';
import { calendarFiles } from '../../src/lib/calendar-files.ts';
import { allFeeds, createFeedWriter } from '../../src/lib/feeds.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';

const catalogue = catalogueOf(builds.fixture.contentDir);
const writer = createFeedWriter(catalogue, { site: TEST_SITE, revisions: { lastChanged: new Map(), source: 'none' } });
const files = [...calendarFiles(catalogue, writer)];
const paths = files.map((f) => f.path);

describe('calendar files', () => {
  it('are every feed and one file per entry, in each language, each path once', () => {
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.length).toBe(uiLangs.length * (allFeeds(catalogue).length + catalogue.byId.size));
    for (const lang of uiLangs) {
      expect(paths).toContain(`/feeds/${lang}/all.ics`);
      expect(paths).toContain(`/feeds/${lang}/opportunities.ics`);
      for (const id of catalogue.byId.keys()) expect(paths).toContain(`/${lang}/events/${id}.ics`);
    }
  });

  it('are the files the fixture build wrote', () => {
    // The build's worker reads git history for SEQUENCE/DTSTAMP; without history both sides agree
    // on everything else, so compare the parts that do not depend on it.
    const stable = (text: string) => text.replace(/^(DTSTAMP|SEQUENCE):.*\r\n/gm, '');
    for (const file of files) {
      expect(stable(readFileSync(join(builds.fixture.outDir, file.path), 'utf8')), file.path).toBe(stable(file.text()));
    }
  });
});
