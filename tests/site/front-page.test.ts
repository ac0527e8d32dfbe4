/**
 * The front page's overview and the quick views (issue 15) in the built sites, for the fixed
 * TEST_NOW (Monday 1 March 2027, 13:00 in Sweden and Norway): exactly the entries and counts
 * they should hold, in all three languages, and in the sitemap.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { quickView, quickViews, type QuickView } from '../../src/lib/front-page/index.ts';
import { formatDate, t } from '../../src/lib/i18n/index.ts';
import { countryNames, uiLangs, type UiLang } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';
import { builds, buildSite, TEST_SITE, testBuildRoot, type TestBuild } from '../helpers/builds.ts';
import { readDist } from '../helpers/dist.ts';
import { catalogueOf } from '../helpers/ics.ts';

const fixture = builds.fixture.outDir;
/** Text as Astro writes it into HTML. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

/** The HTML between the element that opens with `start` and `end` (or the end of main). */
function between(html: string, start: string, end = '</main>'): string {
  const from = html.indexOf(start);
  if (from < 0) throw new Error(`${start} not found`);
  const to = html.indexOf(end, from + start.length);
  return html.slice(from, to < 0 ? undefined : to);
}

/** Distinct event ids linked from a piece of a page, in order. */
function linkedEntries(html: string, lang: UiLang): string[] {
  return [...new Set([...html.matchAll(new RegExp(`href="/${lang}/events/([a-z0-9-]+)/"`, 'g'))].map((m) => m[1]!))];
}

/** A listing's days, each with the entries listed under it. */
function listedDays(html: string, lang: UiLang): Record<string, string[]> {
  const sections = html.split('<section class="day" aria-labelledby="day-').slice(1);
  return Object.fromEntries(sections.map((section) => [section.slice(0, 10), linkedEntries(section, lang)]));
}

/** `{id: count}` of the `facet-links` of a part of the home page. */
function facetCounts(html: string, lang: UiLang, facet: 'regions' | 'disciplines'): Record<string, string> {
  const pattern = new RegExp(`<a href="/${lang}/${facet}/([a-z-]+)/">[^<]*</a><span class="facet-links__count">([^<]*)</span>`, 'g');
  return Object.fromEntries([...html.matchAll(pattern)].map((m) => [m[1]!, m[2]!]));
}

const expectedDays: Record<QuickView, Record<string, string[]>> = {
  // The breakfast talk ended at 09:30, before the build: not "today".
  today: { '2027-03-01': ['2027-02-20-vinterljus', '2027-03-01-kveldskonsert-hamar'] },
  // The running exhibition under Friday; the dance under both its days; not its Tuesday after.
  weekend: {
    '2027-03-05': ['2027-02-20-vinterljus'],
    '2027-03-06': ['2027-03-06-vinterdans'],
    '2027-03-07': ['2027-03-06-vinterdans'],
  },
  week: {
    '2027-03-01': ['2027-02-20-vinterljus', '2027-03-01-kveldskonsert-hamar'],
    '2027-03-02': ['2027-02-02-vecko-verkstad'],
    '2027-03-06': ['2027-03-06-vinterdans'],
    '2027-03-07': ['2027-03-06-vinterdans'],
  },
};
const expectedCounts: Record<QuickView, number> = { today: 2, weekend: 2, week: 4 };

describe('front page (fixture site)', () => {
  for (const lang of uiLangs) {
    const m = t(lang);
    const html = readDist(fixture, urls.home(lang));

    it(`${lang}: opens with the intro, then the quick links with their counts`, () => {
      const front = between(html, '<div class="front">', '<section class="upcoming"');
      expect(front).toContain(`<h1 id="front-title">${escaped(m.homeTitle)}</h1>`);
      expect(front).toContain(escaped(m.homeIntro));
      for (const view of quickViews) {
        expect(front).toContain(`<a href="${urls.quickView(lang, view)}"><span class="quick-links__name">${escaped(m.quickViewNames[view])}</span><span class="quick-links__count">${escaped(m.quickViewCount(expectedCounts[view]))}</span></a>`);
      }
      expect(html.indexOf('<div class="front">')).toBeLessThan(html.indexOf('<section class="upcoming"'));
    });

    it(`${lang}: lists the eight regions under their country, each with its upcoming count`, () => {
      const regions = between(html, 'aria-labelledby="front-regions"', '</section>');
      const counts = facetCounts(regions, lang, 'regions');
      expect(counts).toEqual(Object.fromEntries(Object.entries({
        varmland: 6, dalarna: 0, 'vastra-gotaland': 0, innlandet: 4, akershus: 0, ostfold: 0, buskerud: 0, oslo: 0,
      }).map(([id, n]) => [id, m.upcomingCount(n)])));
      const sweden = regions.indexOf(`>${countryNames.SE[lang]}</h3>`);
      const norway = regions.indexOf(`>${countryNames.NO[lang]}</h3>`);
      expect(sweden).toBeGreaterThan(0);
      expect(norway).toBeGreaterThan(sweden);
      for (const id of ['varmland', 'dalarna', 'vastra-gotaland']) expect(regions.indexOf(`/regions/${id}/`)).toBeLessThan(norway);
      for (const id of ['innlandet', 'akershus', 'ostfold', 'buskerud', 'oslo']) expect(regions.indexOf(`/regions/${id}/`)).toBeGreaterThan(norway);
    });

    it(`${lang}: lists the disciplines with something upcoming, with counts`, () => {
      const disciplines = between(html, 'aria-labelledby="front-disciplines"', '</section>');
      expect(facetCounts(disciplines, lang, 'disciplines')).toEqual(Object.fromEntries(Object.entries({
        music: 4, theatre: 2, dance: 1, 'visual-art': 2, photography: 1, literature: 2, crafts: 1, 'folk-culture': 1,
      }).map(([id, n]) => [id, m.upcomingCount(n)])));
    });

    it(`${lang}: shows the next closing opportunities and links to all of them`, () => {
      const closing = between(html, 'aria-labelledby="front-closing"', '</section>');
      expect(linkedEntries(closing, lang)).toEqual(['2027-gransresidens']);
      expect(closing).toContain('<time datetime="2027-05-01">');
      expect(closing).toContain(`href="${urls.opportunities(lang)}"`);
    });

    it(`${lang}: every count matches what the region's or discipline's own page lists as upcoming`, () => {
      for (const [facet, kind] of [['regions', 'region'], ['disciplines', 'discipline']] as const) {
        for (const [id, text] of Object.entries(facetCounts(html, lang, facet))) {
          const page = readDist(fixture, urls.facet(lang, kind, id));
          const upcoming = between(page, 'aria-labelledby="upcoming-heading"', 'aria-labelledby="past-heading"');
          expect(m.upcomingCount(linkedEntries(upcoming, lang).length), `${facet}/${id}`).toBe(text);
        }
      }
    });

    it(`${lang}: then lists everything upcoming day by day, under its own heading`, () => {
      const listing = between(html, '<section class="upcoming"');
      expect(listing).toContain(`<h2 id="upcoming-title">${escaped(m.upcomingTitle)}</h2>`);
      expect(Object.keys(listedDays(listing, lang))[0]).toBe('2027-03-01');
      // Days are h3 under the h2, entry titles h4.
      expect(listing).toMatch(/<h3 class="day__heading"/);
    });
  }
});

describe('quick views (fixture site)', () => {
  for (const lang of uiLangs) {
    for (const view of quickViews) {
      it(`${lang} ${view}: holds exactly the entries it should, under the right days`, () => {
        const html = readDist(fixture, urls.quickView(lang, view));
        expect(html).toContain(`<h1>${escaped(t(lang).quickViewNames[view])}</h1>`);
        expect(html).toContain(`href="${urls.quickView(lang, view)}" aria-current="page"`);
        expect(listedDays(between(html, '<div class="day-listing">'), lang)).toEqual(expectedDays[view]);
        // Works without JavaScript: no island, no script of its own.
        expect(html).not.toMatch(/<astro-island|<script(?![^>]*application\/ld\+json)[^>]*>/);
      });

      if (view !== 'today') {
        it(`${lang} ${view}: a card shows the performance of the day it is listed under, not the entry's next one`, () => {
          const html = readDist(fixture, urls.quickView(lang, view));
          // Vinterdans plays Saturday, Sunday and the Tuesday after; under Sunday it must say Sunday.
          for (const day of ['2027-03-06', '2027-03-07']) {
            const section = between(html, `id="day-${day}"`, '</section>');
            const when = section.match(/<p class="entry-card__when">(.*?)<\/p>/)?.[1] ?? '';
            expect(when, day).toContain(escaped(formatDate(day, lang)));
          }
        });
      }
    }
  }

  it('link to each other in the language switch', () => {
    const html = readDist(fixture, urls.quickView('nb', 'weekend'));
    for (const lang of uiLangs) expect(html).toContain(`<a href="/${lang}/weekend/" hreflang="${lang}"`);
  });

  it('are in the sitemap, each with its language alternates', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' });
    const { urlset } = parser.parse(readDist(fixture, '/sitemap-0.xml'));
    for (const lang of uiLangs) {
      for (const view of quickViews) {
        const entry = urlset.url.find((u: { loc: string }) => u.loc === `${TEST_SITE}${urls.quickView(lang, view)}`);
        expect(entry, `${lang} ${view}`).toBeDefined();
        const alternates = Object.fromEntries(entry['xhtml:link'].map((l: Record<string, string>) => [l['@_hreflang'], l['@_href']]));
        expect(alternates).toEqual({
          'sv-SE': `${TEST_SITE}/sv/${view}/`,
          'nb-NO': `${TEST_SITE}/nb/${view}/`,
          en: `${TEST_SITE}/en/${view}/`,
          'x-default': `${TEST_SITE}/en/${view}/`,
        });
      }
    }
  });
});

describe('quick views (samples site)', () => {
  const catalogue = catalogueOf(builds.samples.contentDir);
  for (const view of quickViews) {
    it(`${view}: lists what the catalogue holds for it, in every language`, () => {
      const listing = quickView(catalogue, view);
      expect(listing.count, 'the samples give every quick view something to show').toBeGreaterThan(0);
      const expected = Object.fromEntries(listing.days.map((day) => [day.date, day.entries.map((e) => e.id)]));
      for (const lang of uiLangs) {
        expect(listedDays(readDist(builds.samples.outDir, urls.quickView(lang, view)), lang)).toEqual(expected);
      }
    });
  }
});

describe('listing pages after the first', () => {
  it('keep the plain listing, without the overview', () => {
    const html = readDist(builds.samples.outDir, urls.listing('sv', 2));
    expect(html).not.toContain('<div class="front">');
    expect(html).toContain(`<h1 id="upcoming-title">${t('sv').upcomingTitle}</h1>`);
  });
});

describe('a quiet week (a site of its own: one event, in June)', () => {
  const quiet: TestBuild = { name: 'quiet', contentDir: join(testBuildRoot, 'quiet-content'), outDir: join(testBuildRoot, 'quiet'), tz: 'UTC' };
  beforeAll(() => {
    rmSync(quiet.contentDir, { recursive: true, force: true });
    for (const folder of ['events', 'organisers', 'venues']) mkdirSync(join(quiet.contentDir, folder), { recursive: true });
    writeFileSync(join(quiet.contentDir, 'organisers', 'sol.md'), '---\nname: Sol\ncountry: SE\n---\n');
    writeFileSync(join(quiet.contentDir, 'venues', 'hallen.md'), '---\nname: Hallen\ncity: Arvika\ncountry: SE\nregion: varmland\n---\n');
    writeFileSync(
      join(quiet.contentDir, 'events', 'midsommar.md'),
      '---\ntitle: Midsommar\nlang: sv\ntype: festival\ndisciplines: [folk-culture]\nsummary: I juni.\norganisers: [sol]\nvenue: hallen\nstart: 2027-06-25\n---\n',
    );
    buildSite(quiet);
  }, 180_000);

  it('shows each quick view empty, saying so, with a way on', () => {
    for (const lang of uiLangs) {
      const m = t(lang);
      for (const view of quickViews) {
        const html = readDist(quiet.outDir, urls.quickView(lang, view));
        const empty = between(html, '<div class="empty-state">');
        expect(empty).toContain(escaped(m.quickViewEmpty[view]));
        expect(empty).toContain(`href="${urls.home(lang)}"`);
        expect(html).not.toContain('class="day-listing"');
        expect(html).toContain(`<span class="quick-links__count">${escaped(m.quickViewCount(0))}</span>`);
      }
    }
  });

  it('keeps all eight regions on the home page, empty ones at 0, and no closing-soon list without opportunities', () => {
    const html = readDist(quiet.outDir, urls.home('en'));
    expect(facetCounts(html, 'en', 'regions')).toEqual({
      varmland: '1 upcoming', dalarna: '0 upcoming', 'vastra-gotaland': '0 upcoming',
      innlandet: '0 upcoming', akershus: '0 upcoming', ostfold: '0 upcoming', buskerud: '0 upcoming', oslo: '0 upcoming',
    });
    expect(facetCounts(html, 'en', 'disciplines')).toEqual({ 'folk-culture': '1 upcoming' });
    expect(html).not.toContain('front-closing');
  });
});
