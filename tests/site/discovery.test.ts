/** Finding things, read from the built samples: search index, month calendar, opportunities, subscribe. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds, TEST_SITE } from '../helpers/builds.ts';
import { catalogueOf } from '../helpers/ics.ts';
import { distFiles, distHas, readDist } from '../helpers/dist.ts';
import { deadlinesByDay } from '../../src/lib/calendar.ts';
import { addDays } from '../../src/lib/time.ts';
import { disciplines, entryTypes, regionIds, uiLangs } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';

const site = builds.samples;
const catalogue = catalogueOf(site.contentDir);
const html = (path: string) => readDist(site.outDir, path);
/** Ids of the event pages a piece of HTML links, in order. */
const linkedIds = (text: string, lang = 'sv') => [...text.matchAll(new RegExp(`href="/${lang}/events/([a-z0-9-]+)/"`, 'g'))].map((m) => m[1]!);
/** The values of one `data-pagefind-filter` key on a page. */
const filterValues = (text: string, key: string) => [...text.matchAll(new RegExp(`data-pagefind-filter="${key}">([^<]*)<`, 'g'))].map((m) => m[1]);

describe('search index', () => {
  const entry = JSON.parse(readFileSync(join(site.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };

  it('has one index per UI language, each with exactly the entry pages', () => {
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'nb', 'sv']);
    for (const lang of uiLangs) expect(entry.languages[lang]!.page_count, lang).toBe(catalogue.entries.length);
    expect(distHas(site.outDir, '/pagefind/pagefind.js')).toBe(true);
  });

  it('marks only event and opportunity pages as search bodies, each with a sort date', () => {
    const pages = distFiles(site.outDir, '.html');
    const bodies = pages.filter((page) => readFileSync(join(site.outDir, page), 'utf8').includes('data-pagefind-body'));
    expect(bodies.length).toBe(catalogue.entries.length * uiLangs.length);
    for (const page of bodies) {
      expect(page, page).toMatch(/^(sv|nb|en)\/events\/[a-z0-9-]+\/index\.html$/);
      const text = readFileSync(join(site.outDir, page), 'utf8');
      expect(text.match(/data-pagefind-body/g), page).toHaveLength(1);
      expect(text, page).toMatch(/data-pagefind-sort="date:\d{4}-\d{2}-\d{2}"/);
    }
  });

  it('sorts an upcoming series by its next day and a closed call by its deadline', () => {
    expect(html(urls.event('en', '2027-02-02-kroki-pa-tisdagar'))).toContain('data-pagefind-sort="date:2027-03-02"');
    expect(html(urls.event('en', '2027-02-28-reisestotte-fra-grenselos-kunstfond'))).toContain('data-pagefind-sort="date:2027-02-28"');
  });

  it('names filter values in the page language', () => {
    const kroki = (lang: 'sv' | 'nb' | 'en') => html(urls.event(lang, '2027-02-02-kroki-pa-tisdagar'));
    expect(filterValues(kroki('sv'), 'discipline')).toEqual(['Bildkonst']);
    expect(filterValues(kroki('nb'), 'discipline')).toEqual(['Billedkunst']);
    expect(filterValues(kroki('en'), 'discipline')).toEqual(['Visual art']);
    expect(filterValues(kroki('nb'), 'type')).toEqual(['Verksted']);
    expect(filterValues(kroki('en'), 'status')).toEqual(['Upcoming']);
    expect(filterValues(kroki('sv'), 'region')).toEqual(['Värmland']);
    const residency = html(urls.event('sv', '2027-04-30-gransresidens-pa-finnskogen'));
    expect(filterValues(residency, 'kind')).toEqual(['Möjligheter']);
    expect(filterValues(residency, 'covers')).toEqual(['Resor', 'Boende', 'Arvode', 'Produktionskostnader']);
    expect(filterValues(residency, 'country')).toEqual(['Sverige', 'Norge']);
    expect(residency).toContain('data-pagefind-meta="deadline">30 april 2027 kl. 23.59<');
    expect(html(urls.event('nb', '2027-03-12-smuglerne-fra-iddefjorden'))).toContain('data-pagefind-meta="place">Tista kulturhus, Halden<');
  });
});

describe('month calendar', () => {
  const cell = (text: string, date: string) => {
    const match = new RegExp(`<td[^>]*data-date="${date}"[^>]*>([\\s\\S]*?)</td>`).exec(text);
    if (!match) throw new Error(`no cell for ${date}`);
    return match[1]!;
  };
  const deadlines = deadlinesByDay(catalogue.entries);

  it('has a page for every month with something on and two months either side of the build, in every language', () => {
    const months = new Set([...catalogue.byDay.keys(), ...deadlines.keys()].map((day) => day.slice(0, 7)));
    for (const month of ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05']) months.add(month);
    for (const lang of uiLangs) {
      for (const month of months) expect(distHas(site.outDir, urls.calendar(lang, Number(month.slice(0, 4)), Number(month.slice(5)))), `${lang} ${month}`).toBe(true);
      expect(distHas(site.outDir, urls.calendar(lang)), lang).toBe(true);
    }
  });

  it('is a table with weekday column headers, Monday first', () => {
    const text = html(urls.calendar('sv', 2027, 3));
    const headers = [...text.matchAll(/<th scope="col">([\s\S]*?)<\/th>/g)].map((m) => m[1]!);
    expect(headers).toHaveLength(7);
    expect(headers[0]).toContain('måndag');
    expect(headers[6]).toContain('söndag');
  });

  it('shows on each day exactly what happens that day and the deadlines that fall on it', () => {
    for (const [year, month] of [[2027, 3], [2027, 4], [2027, 8]] as const) {
      const text = html(urls.calendar('sv', year, month));
      const first = `${year}-${String(month).padStart(2, '0')}-01`;
      for (let day = first; day.slice(0, 7) === first.slice(0, 7); day = addDays(day, 1)) {
        const expected = [...(catalogue.byDay.get(day) ?? []).map((o) => o.entry.id), ...(deadlines.get(day) ?? []).map((e) => e.id)];
        expect(new Set(linkedIds(cell(text, day))), day).toEqual(new Set(expected));
      }
    }
  });

  it('puts the weekly series on every Tuesday but its exception', () => {
    for (let day = '2027-02-02'; day <= '2027-05-25'; day = addDays(day, 7)) {
      const text = html(urls.calendar('nb', 2027, Number(day.slice(5, 7))));
      expect(linkedIds(cell(text, day), 'nb').includes('2027-02-02-kroki-pa-tisdagar'), day).toBe(day !== '2027-04-06');
    }
  });

  it('marks the build day, and only there', () => {
    const march = html(urls.calendar('en', 2027, 3));
    expect(march.match(/aria-current="date"/g)).toHaveLength(1);
    expect(march).toMatch(/<td[^>]*aria-current="date"[^>]*data-date="2027-03-01"/);
    expect(html(urls.calendar('en', 2027, 4))).not.toContain('aria-current="date"');
  });

  it('links the previous and next months', () => {
    const march = html(urls.calendar('sv', 2027, 3));
    expect(march).toContain(`rel="prev" href="${urls.calendar('sv', 2027, 2)}"`);
    expect(march).toContain(`rel="next" href="${urls.calendar('sv', 2027, 4)}"`);
  });
});

describe('opportunities', () => {
  const now = catalogue.now;
  const listed = (lang: 'sv' | 'nb' | 'en', path = urls.opportunities(lang)) => {
    const text = html(path);
    return linkedIds(text.slice(text.indexOf('class="opportunity-list"')), lang);
  };

  it('lists exactly the opportunities still open for applications, soonest deadline first', () => {
    const ids = listed('sv');
    const open = catalogue.entries.filter((e) => e.kind === 'opportunity' && !e.past && (!e.deadline || e.deadline.instant > now));
    expect(new Set(ids)).toEqual(new Set(open.map((e) => e.id)));
    const deadlines = ids.map((id) => catalogue.byId.get(id)!.deadline?.instant.getTime() ?? Infinity);
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    expect(ids).not.toContain('2027-02-15-spelmansanmalan-ladstamman');
    expect(ids).not.toContain('2027-02-28-reisestotte-fra-grenselos-kunstfond');
  });

  it('says how many days are left, in each language', () => {
    expect(html(urls.opportunities('sv'))).toContain('Stänger om 14 dagar');
    expect(html(urls.opportunities('nb'))).toContain('Stenger om 14 dager');
    expect(html(urls.opportunities('en'))).toContain('Closes in 14 days');
  });

  it('has a page per filter value that lists only the matching open opportunities', () => {
    const travel = listed('en', '/en/opportunities/covers/travel/');
    expect(travel.length).toBeGreaterThan(0);
    for (const id of travel) expect(catalogue.byId.get(id)!.data.covers, id).toContain('travel');
    const residencies = listed('sv', '/sv/opportunities/type/residency/');
    expect(residencies).toContain('2027-04-30-gransresidens-pa-finnskogen');
    for (const id of residencies) expect(catalogue.byId.get(id)!.data.type).toBe('residency');
    for (const id of listed('nb', '/nb/opportunities/country/dk/')) {
      const eligible = catalogue.byId.get(id)!.data.eligible_countries;
      expect(!eligible || eligible.includes('any') || eligible.includes('DK'), id).toBe(true);
    }
    expect(listed('nb', '/nb/opportunities/country/dk/')).not.toContain('2027-04-30-gransresidens-pa-finnskogen');
  });
});

describe('subscribe page', () => {
  it('lists every feed, and every feed it links exists in the build', () => {
    for (const lang of uiLangs) {
      const text = html(urls.subscribe(lang)).replace(/&amp;/g, '&');
      const https = [...text.matchAll(new RegExp(`href="${TEST_SITE}(/feeds/[^"]+)"`, 'g'))].map((m) => m[1]!);
      const expected = [
        urls.feedAll(lang), urls.feedEvents(lang), urls.feedOpportunities(lang),
        ...regionIds.map((id) => urls.feed(lang, 'region', id)),
        ...disciplines.map((id) => urls.feed(lang, 'discipline', id)),
        ...entryTypes.map((id) => urls.feed(lang, 'type', id)),
        ...[...catalogue.organisers.keys()].map((id) => urls.feed(lang, 'organiser', id)),
        ...[...catalogue.venues.keys()].map((id) => urls.feed(lang, 'venue', id)),
      ];
      expect(new Set(https)).toEqual(new Set(expected));
      for (const path of https) expect(distHas(site.outDir, path), path).toBe(true);
      const webcal = [...text.matchAll(/href="webcal:\/\/[^/]+(\/feeds\/[^"]+)"/g)].map((m) => m[1]!);
      expect(new Set(webcal)).toEqual(new Set(expected));
      const google = [...text.matchAll(/href="(https:\/\/calendar\.google\.com[^"]+)"/g)].map((m) => new URL(m[1]!).searchParams.get('cid'));
      expect(google).toHaveLength(expected.length);
      const outlook = [...text.matchAll(/href="(https:\/\/outlook\.live\.com[^"]+)"/g)].map((m) => new URL(m[1]!).searchParams.get('url'));
      expect(new Set(outlook)).toEqual(new Set(expected.map((path) => `${TEST_SITE}${path}`)));
    }
  });
});

describe('pages the header links', () => {
  it('exist in every language', () => {
    for (const lang of uiLangs) {
      for (const path of [urls.opportunities(lang), urls.calendar(lang), urls.search(lang), urls.subscribe(lang)]) {
        expect(distHas(site.outDir, path), path).toBe(true);
      }
    }
  });

  it('search says, without JavaScript, where to find things instead', () => {
    const text = html(urls.search('en'));
    const noscript = text.slice(text.indexOf('<noscript>'), text.indexOf('</noscript>'));
    expect(noscript).toContain('Search needs JavaScript');
    for (const path of [urls.home('en'), urls.opportunities('en'), urls.facet('en', 'region', 'varmland'), urls.facet('en', 'discipline', 'music')]) {
      expect(noscript).toContain(`href="${path}"`);
    }
  });
});
