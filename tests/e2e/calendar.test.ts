/** The month calendar in a real browser: month navigation, a weekly series, the day list on narrow screens. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builds } from '../helpers/builds.ts';
import { browserSession } from '../helpers/session.ts';
import { addDays } from '../../src/lib/time.ts';

const session = browserSession(builds.samples);

const SERIES = '2027-02-02-kroki-pa-tisdagar';
const seriesIn = (page: Page, date: string) => page.locator(`td[data-date="${date}"] a[href$="/events/${SERIES}/"]`).count();

describe('month navigation', () => {
  it('goes from this month to the next and back, without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/sv/calendar/`);
    expect(await page.locator('td[aria-current="date"]').getAttribute('data-date')).toBe('2027-03-01');

    await page.getByRole('link', { name: /Nästa månad/ }).click();
    await page.waitForURL(`${session.server.url}/sv/calendar/2027/04/`);
    expect((await page.locator('h1').textContent())!.trim()).toBe('April 2027');
    expect(await page.getByRole('table', { name: 'April 2027' }).count()).toBe(1);

    await page.getByRole('link', { name: /Föregående månad/ }).click();
    await page.waitForURL(`${session.server.url}/sv/calendar/2027/03/`);
    await page.getByRole('link', { name: /Föregående månad/ }).click();
    await page.waitForURL(`${session.server.url}/sv/calendar/2027/02/`);
    expect((await page.locator('h1').textContent())!.trim()).toBe('Februari 2027');
    await context.close();
  });
});

describe('a weekly series', () => {
  it('appears on each of its Tuesdays, once, and not on its exception', async () => {
    const page = await session.browser.newPage();
    for (const month of ['02', '03', '04', '05']) {
      await page.goto(`${session.server.url}/en/calendar/2027/${month}/`);
      for (let day = `2027-${month}-01`; day.startsWith(`2027-${month}`); day = addDays(day, 1)) {
        const tuesdayInSeries = new Date(`${day}T12:00:00Z`).getUTCDay() === 2 && day >= '2027-02-02' && day <= '2027-05-25';
        expect(await seriesIn(page, day), day).toBe(tuesdayInSeries && day !== '2027-04-06' ? 1 : 0);
      }
    }
    await page.close();
  });
});

describe('on a narrow screen', () => {
  it('becomes a list of the days with something on', async () => {
    const context = await session.browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/nb/calendar/2027/04/`);
    expect(await page.locator('.calendar thead').isVisible()).toBe(false);
    expect(await page.locator('td[data-date="2027-04-06"]').isVisible()).toBe(false);
    const tuesday = page.locator('td[data-date="2027-04-13"]');
    expect(await tuesday.isVisible()).toBe(true);
    expect(await tuesday.locator('.calendar__long').textContent()).toBe('Tirsdag 13. april 2027');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await context.close();
  });
});
