/** Search in a real browser: words in three languages, filters in the URL, keyboard only, no CSP errors. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builds } from '../helpers/builds.ts';
import { browserSession } from '../helpers/session.ts';

const session = browserSession(builds.samples);

/** A page that records script errors and CSP violations (Chromium reports both on the console). */
async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${session.server.url}${path}`);
  return { page, errors };
}

const status = (page: Page) => page.getByRole('status');
const resultPaths = (page: Page) =>
  page.locator('.search-result__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Types a query and waits until the live region reports the results for it. */
async function search(page: Page, query: string, resultWord: RegExp) {
  await page.getByRole('searchbox').fill(query);
  await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(resultWord);
}

describe('search words in each language', () => {
  it('finds the border residency for gränsresidens in Swedish', async () => {
    const { page, errors } = await openPage('/sv/search/');
    await search(page, 'gränsresidens', /träff.*gränsresidens/);
    expect(await resultPaths(page)).toContain('/sv/events/2027-04-30-gransresidens-pa-finnskogen/');
    expect(await status(page).textContent()).toMatch(/^\d+ träffa?r? för ”gränsresidens”$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the smugglers play for forestilling in Norwegian', async () => {
    const { page, errors } = await openPage('/nb/search/');
    await search(page, 'forestilling', /treff for «forestilling»/);
    expect(await resultPaths(page)).toContain('/nb/events/2027-03-12-smuglerne-fra-iddefjorden/');
    // The result shows the entry's picture with its text alternative, loaded from the site.
    const result = page.locator('.search-result', { has: page.locator('a[href="/nb/events/2027-03-12-smuglerne-fra-iddefjorden/"]') });
    const picture = result.locator('img.search-result__picture');
    expect(await picture.getAttribute('alt')).toBe('Abstrakt bilde: en bro med fire buer over en elv');
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(new URL(await picture.evaluate((img: HTMLImageElement) => img.currentSrc)).pathname).toMatch(/^\/_astro\/.+\.webp$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the documentary night for documentary in English', async () => {
    const { page, errors } = await openPage('/en/search/');
    await search(page, 'documentary', /results? for “documentary”/);
    expect(await resultPaths(page)).toContain('/en/events/2027-05-20-border-stories-documentary-night/');
    expect(await resultPaths(page)).not.toContain('/en/events/2027-04-30-gransresidens-pa-finnskogen/');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows date, place and type with each result, and the deadline of an opportunity', async () => {
    const { page } = await openPage('/en/search/');
    await search(page, 'residency', /results? for “residency”/);
    const residency = page.locator('.search-result', { has: page.locator('a[href="/en/events/2027-04-30-gransresidens-pa-finnskogen/"]') });
    const text = await residency.textContent();
    expect(text).toContain('Residency');
    expect(text).toContain('1 September 2027');
    expect(text).toContain('Värmland, Innlandet');
    expect(text).toContain('30 April 2027 23:59');
    await page.close();
  });
});

describe('filters', () => {
  it('narrow the results, land in the URL, and come back from it', async () => {
    const { page, errors } = await openPage('/sv/search/');
    await search(page, 'konsert', /träffar för ”konsert”/);
    // Every result, not only the first page: the narrowed first page may reach further down.
    const more = page.locator('.search__more');
    while (await more.isVisible()) {
      const shown = await page.locator('.search-result').count();
      await more.click();
      await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(shown);
    }
    const all = await resultPaths(page);
    const count = (text: string | null) => Number(/^(\d+)/.exec(text ?? '')?.[1]);
    const before = count(await status(page).textContent());

    // Facet counts arrive once the filters are turned to; a value's count is what ticking it gives.
    const label = page.getByRole('group', { name: 'Regioner' }).locator('label', { hasText: 'Värmland' });
    await page.locator('.search__filters').hover();
    await expect.poll(() => label.textContent()).toMatch(/\(\d+\)/);
    const promised = Number(/\((\d+)\)/.exec((await label.textContent())!)![1]);
    await label.getByRole('checkbox').check();
    await expect.poll(async () => count(await status(page).textContent())).toBeLessThan(before);
    const after = count(await status(page).textContent());
    expect(after).toBeGreaterThan(0);
    expect(after).toBe(promised);
    const narrowed = await resultPaths(page);
    expect(narrowed.every((path) => all.includes(path))).toBe(true);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('konsert');
    expect(url.searchParams.getAll('region')).toEqual(['varmland']);
    await page.close();

    const restored = await openPage(`${url.pathname}${url.search}`);
    await expect.poll(async () => count(await status(restored.page).textContent()), { timeout: 15_000 }).toBe(after);
    expect(await restored.page.getByRole('searchbox').inputValue()).toBe('konsert');
    expect(await restored.page.getByRole('checkbox', { name: /Värmland/ }).isChecked()).toBe(true);
    expect(await resultPaths(restored.page)).toEqual(narrowed);
    expect([...errors, ...restored.errors]).toEqual([]);
    await restored.page.close();
  });

  it('first results come without the filter chunks; counts come when the filters are turned to', async () => {
    const page = await session.browser.newPage();
    const filterChunks: string[] = [];
    page.on('request', (request) => new URL(request.url()).pathname.startsWith('/pagefind/filter/') && filterChunks.push(request.url()));
    await page.goto(`${session.server.url}/sv/search/?q=konsert`);
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/träffar för ”konsert”/);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(filterChunks).toEqual([]);
    const label = page.getByRole('group', { name: 'Regioner' }).locator('label', { hasText: 'Värmland' });
    expect(await label.textContent()).not.toMatch(/\(\d+\)/);

    // Keyboard: focus reaching the filter panel (its summary comes first) is enough.
    await page.locator('.search__filters summary').focus();
    await expect.poll(() => label.textContent()).toMatch(/\(\d+\)/);
    expect(filterChunks.length).toBeGreaterThan(1);
    await page.close();
  });

  it('work without a query, and values of one filter add up', async () => {
    const { page } = await openPage('/en/search/?type=concert');
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/^\d+ results?$/);
    const concerts = Number(/^(\d+)/.exec((await status(page).textContent())!)![1]);
    await page.getByRole('checkbox', { name: /^Workshop/ }).check();
    await expect.poll(async () => Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1])).toBeGreaterThan(concerts);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['concert', 'workshop']);
    await page.close();
  });
});

describe('keyboard alone', () => {
  it('shows more results and moves focus to the first new one', async () => {
    const { page } = await openPage('/en/search/?kind=event');
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBe(10);
    await page.getByRole('button', { name: 'Show more results' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(10);
    const eleventh = await page.locator('.search-result__title a').nth(10).getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(eleventh);
    await page.close();
  });

  it('reaches the search box, searches, and toggles a filter', async () => {
    const { page } = await openPage('/nb/search/');
    for (let presses = 0; presses < 40; presses++) {
      if (await page.evaluate(() => document.activeElement?.id === 'search-query')) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.keyboard.type('kroki');
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/treff for «kroki»/);
    expect(await resultPaths(page)).toContain('/nb/events/2027-02-02-kroki-pa-tisdagar/');
    // On to the first filter checkbox (past the search button and the order list), and tick it with Space.
    for (let presses = 0; presses < 10; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) break;
    }
    const name = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.getAll(name).length).toBe(1);
    await page.close();
  });
});

describe('on a narrow screen', () => {
  it('folds the filters away above the results until they are asked for', async () => {
    const context = await session.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/en/search/?q=border`);
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const filters = page.locator('.search__filters details');
    expect(await filters.getAttribute('open')).toBeNull();
    expect(await page.locator('.search-result').first().isVisible()).toBe(true);
    await page.getByText('Filters', { exact: true }).click();
    expect(await page.getByRole('group', { name: 'Type' }).isVisible()).toBe(true);
    // Opening them brings the counts.
    await expect.poll(() => page.getByRole('group', { name: 'Type' }).textContent()).toMatch(/\(\d+\)/);
    await context.close();
  });
});
