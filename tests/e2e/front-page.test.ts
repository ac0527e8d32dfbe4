/**
 * The front page in Chromium (issue 15): its quick links and region links lead to pages with
 * the right entries (fixture site, TEST_NOW Monday 1 March 2027), and neither it nor the quick
 * views scroll sideways on a phone, a tablet or a laptop (samples site).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { quickViews } from '../../src/lib/front-page/index.ts';
import { t } from '../../src/lib/i18n/index.ts';
import { regions, uiLangs } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';
import { builds } from '../helpers/builds.ts';
import { browserSession } from '../helpers/session.ts';

const fixture = browserSession(builds.fixture);
const samples = browserSession(builds.samples);

/** Event ids linked from the page's main content, distinct, in order. */
async function listedIds(page: Page, scope = 'main'): Promise<string[]> {
  const hrefs = await page.locator(`${scope} a[href*="/events/"]`).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs.map((href) => href.split('/')[3]!))];
}

describe('front page links (fixture site)', () => {
  it('leads from each quick link to that view, holding the entries it should', async () => {
    const expected = {
      today: ['2027-02-20-vinterljus', '2027-03-01-kveldskonsert-hamar'],
      weekend: ['2027-02-20-vinterljus', '2027-03-06-vinterdans'],
      week: ['2027-02-20-vinterljus', '2027-03-01-kveldskonsert-hamar', '2027-02-02-vecko-verkstad', '2027-03-06-vinterdans'],
    };
    const page = await fixture.browser.newPage();
    for (const lang of uiLangs) {
      const m = t(lang);
      for (const view of quickViews) {
        await page.goto(`${fixture.server.url}${urls.home(lang)}`);
        await page.getByRole('navigation', { name: m.quickViewsNav }).getByRole('link', { name: m.quickViewNames[view] }).click();
        await page.waitForURL(`${fixture.server.url}${urls.quickView(lang, view)}`);
        expect((await page.locator('h1').textContent())!.trim()).toBe(m.quickViewNames[view]);
        expect(await listedIds(page, '.day-listing'), `${lang} ${view}`).toEqual(expected[view]);
      }
    }
    await page.close();
  });

  it('leads from each region link to the region, listing as many upcoming entries as the link says', async () => {
    const page = await fixture.browser.newPage();
    const lang = 'nb';
    const m = t(lang);
    const expected = { varmland: 6, innlandet: 4, oslo: 0 } as const;
    for (const [id, count] of Object.entries(expected) as [keyof typeof expected, number][]) {
      await page.goto(`${fixture.server.url}${urls.home(lang)}`);
      const item = page.locator('#front-regions + * li', { has: page.getByRole('link', { name: regions[id].names[lang], exact: true }) });
      expect((await item.locator('.facet-links__count').textContent())!.trim()).toBe(m.upcomingCount(count));
      await item.getByRole('link').click();
      await page.waitForURL(`${fixture.server.url}${urls.facet(lang, 'region', id)}`);
      const upcoming = await listedIds(page, 'section[aria-labelledby="upcoming-heading"]');
      expect(upcoming.length, id).toBe(count);
    }
    await page.close();
  });

  it('leads from a discipline link to that discipline', async () => {
    const page = await fixture.browser.newPage();
    await page.goto(`${fixture.server.url}/en/`);
    await page.locator('#front-disciplines + ul').getByRole('link', { name: 'Dance', exact: true }).click();
    await page.waitForURL(`${fixture.server.url}/en/disciplines/dance/`);
    expect(await listedIds(page, 'section[aria-labelledby="upcoming-heading"]')).toEqual(['2027-03-06-vinterdans']);
    await page.close();
  });
});

describe('front page and quick views reflow (samples site)', () => {
  for (const width of [360, 768, 1280]) {
    it(`scroll no wider than the window at ${width} px`, async () => {
      const page = await samples.browser.newPage({ viewport: { width, height: 900 } });
      const overflowing: string[] = [];
      for (const lang of uiLangs) {
        for (const path of [urls.home(lang), ...quickViews.map((view) => urls.quickView(lang, view))]) {
          await page.goto(`${samples.server.url}${path}`, { waitUntil: 'networkidle' });
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) overflowing.push(`${path}: ${scrollWidth}px`);
        }
      }
      expect(overflowing).toEqual([]);
      await page.close();
    });
  }

  it('uses a wide screen: the home page puts its three overview panels side by side at 1280 px', async () => {
    const page = await samples.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${samples.server.url}/sv/`);
    const tops = await page.locator('.front__panel').evaluateAll((panels) => panels.map((p) => Math.round(p.getBoundingClientRect().top)));
    expect(tops.length).toBe(3);
    expect(new Set(tops).size).toBe(1);
    const main = await page.locator('main').boundingBox();
    expect(main!.width).toBeGreaterThan(1200);
    await page.close();
  });
});
