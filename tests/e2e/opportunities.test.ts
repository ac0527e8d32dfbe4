/** Filtering open opportunities in a real browser: combined filters with JavaScript, one-value pages without. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builds } from '../helpers/builds.ts';
import { catalogueOf } from '../helpers/ics.ts';
import { browserSession } from '../helpers/session.ts';

const session = browserSession(builds.samples);
const catalogue = catalogueOf(builds.samples.contentDir);

const visibleIds = (page: Page) =>
  page.locator('.opportunity-list > li:not([hidden]) .entry-card__title a').evaluateAll((links) =>
    links.map((a) => /\/events\/([^/]+)\/$/.exec((a as HTMLAnchorElement).pathname)![1]!),
  );

describe('with JavaScript', () => {
  it('combines filters, keeps them in the URL and restores them', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/en/opportunities/`);
    const form = page.locator('.opportunity-filter');
    await form.waitFor();
    expect(await page.locator('#opportunity-facet-links').isVisible()).toBe(false);
    const total = (await visibleIds(page)).length;

    await form.getByRole('group', { name: 'What is covered' }).getByRole('checkbox', { name: /^Travel/ }).check();
    await form.getByRole('group', { name: 'Applicants from' }).getByRole('checkbox', { name: /^Norway/ }).check();
    // The list and the URL follow after the island's next render.
    await expect.poll(() => new URL(page.url()).search).toBe('?covers=travel&country=no');
    const shown = await visibleIds(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    for (const id of shown) {
      const data = catalogue.byId.get(id)!.data;
      expect(data.covers, id).toContain('travel');
      expect(!data.eligible_countries || data.eligible_countries.some((c) => c === 'NO' || c === 'any'), id).toBe(true);
    }
    expect(await page.getByRole('status').textContent()).toBe(`Showing ${shown.length} of ${total} opportunities`);

    await page.goto(page.url());
    await page.locator('.opportunity-filter').waitFor();
    await expect.poll(() => visibleIds(page)).toEqual(shown);
    expect(await page.getByRole('checkbox', { name: /^Travel/ }).isChecked()).toBe(true);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('filters by following a link to a page per value', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/sv/opportunities/`);
    await page.locator('#opportunity-facet-links').getByRole('link', { name: 'Residens' }).click();
    await page.waitForURL(`${session.server.url}/sv/opportunities/type/residency/`);
    const ids = await visibleIds(page);
    expect(ids).toContain('2027-04-30-gransresidens-pa-finnskogen');
    for (const id of ids) expect(catalogue.byId.get(id)!.data.type).toBe('residency');
    await context.close();
  });
});
