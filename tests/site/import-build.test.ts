/**
 * What `npm run import` writes from real exports (tests/fixtures/import/SOURCES.md) builds into
 * pages: every fixture imported into one copy of the site fixture, then `astro build` of it. The
 * unit tests check the entries; this checks that they make a site.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, repoRoot, scratchSite } from '../helpers/builds.ts';
import { distHas } from '../helpers/dist.ts';
import { loadContent, loadValidContent } from '../../src/lib/content.ts';
import { importSource } from '../../src/lib/import/index.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';

const fixtures = resolve(repoRoot, 'tests/fixtures/import');
/** Exports whose places are to become venues of their own; the others are told to use a venue of the fixture. */
const placesBecomeVenues = /^(meetup|schemaorg-)/;
/** Floating times read in the zone the exporter meant (see import-fixtures.test.ts). */
const zones: Record<string, string> = { 'wordpress-the-events-calendar.ics': 'America/Los_Angeles' };
const site = scratchSite('imported');
const files = readdirSync(fixtures).filter((file) => /\.(ics|html)$/.test(file)).sort();
const imported = new Map<string, string[]>();

beforeAll(async () => {
  for (const file of files) {
    const before = new Set(loadValidContent(site.contentDir).events.map((e) => e.id));
    await importSource({
      root: site.contentDir, location: join(fixtures, file), organiser: 'kulturforeningen-sol', region: 'varmland',
      venue: placesBecomeVenues.test(file) ? undefined : 'arvika-konsthall', timezone: zones[file],
      includePast: true, now: new Date('2027-03-01T12:00:00Z'),
    });
    imported.set(file, loadValidContent(site.contentDir).events.map((e) => e.id).filter((id) => !before.has(id)));
  }
}, 60_000);

describe('entries imported from real exports', () => {
  it('come from every export, and the whole content set validates', () => {
    for (const file of files) expect(imported.get(file)?.length, file).toBeGreaterThan(0);
    expect(loadContent(site.contentDir).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('build into a page for every entry, in every language', { timeout: 180_000 }, () => {
    const { status, output } = astroBuild(site);
    expect(status, output).toBe(0);
    for (const ids of imported.values()) {
      for (const id of ids) for (const lang of uiLangs) expect(distHas(site.outDir, urls.event(lang, id)), `${lang} ${id}`).toBe(true);
    }
  });
});
