import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds.ts';
import { browserSession } from '../helpers/session.ts';
import { urls } from '../../src/lib/urls.ts';

const session = browserSession(builds.samples);

/** A listing with many cards in one full-width grid, and an event page with a picture. */
const listing = urls.archive('sv');
const pictureEvent = urls.event('nb', '2027-03-12-smuglerne-fra-iddefjorden');
const flyerEvent = urls.event('sv', '2027-08-12-oyerenfestivalen-2027');

describe('the card grid', () => {
  for (const [width, columns] of [[360, 1], [768, 2], [1280, 3]] as const) {
    it(`has ${columns} column${columns > 1 ? 's' : ''} at ${width} px and no horizontal scrolling`, async () => {
      const page = await session.browser.newPage({ viewport: { width, height: 900 } });
      for (const path of [listing, urls.home('sv'), urls.opportunities('en'), urls.facet('nb', 'region', 'innlandet')]) {
        await page.goto(`${session.server.url}${path}`, { waitUntil: 'networkidle' });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
      }
      await page.goto(`${session.server.url}${listing}`, { waitUntil: 'networkidle' });
      const lefts = await page.locator('.entry-card').evaluateAll((cards) => [...new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left)))]);
      expect(lefts).toHaveLength(columns);
      await page.close();
    });
  }

  it('gives every card a picture or a placeholder, a date badge and its place', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}${urls.home('en')}`);
    const cards = await page.locator('.entry-card').evaluateAll((all) =>
      all.map((card) => ({
        media: Boolean(card.querySelector('.entry-card__media picture img[alt]:not([alt=""]), .entry-card__placeholder')),
        badge: card.querySelector('.date-badge')?.textContent?.trim() ?? '',
      })),
    );
    expect(cards.length).toBeGreaterThan(5);
    expect(cards.every((c) => c.media)).toBe(true);
    expect(cards.every((c) => /^\d{1,2} \S+$/.test(c.badge))).toBe(true);
    expect(await page.locator('.entry-card picture').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('picture boxes', () => {
  /** The box of each selected element with every picture request held back, then with the pictures loaded. */
  const pictureRequest = /\/_astro\/.+\.(?:avif|webp|jpe?g|png)$/;
  async function boxes(path: string, selector: string, width: number) {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } });
    await page.route(pictureRequest, (route) => route.abort());
    await page.goto(`${session.server.url}${path}`, { waitUntil: 'load' });
    const measure = () => page.locator(selector).evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; }));
    const before = await measure();
    await page.unroute(pictureRequest);
    await page.goto(`${session.server.url}${path}`, { waitUntil: 'networkidle' });
    // Lazy pictures below the fold never load here; those on the first screen are waited for.
    await page.evaluate(async () => {
      const visible = [...document.images].filter((img) => img.getBoundingClientRect().top < innerHeight);
      await Promise.all(visible.map((img) => img.decode().catch(() => undefined)));
    });
    const after = await measure();
    const loaded = await page.locator(selector).evaluateAll((els) => els.filter((el) => el instanceof HTMLImageElement && el.naturalWidth > 0).length);
    await page.close();
    return { before, after, loaded };
  }

  for (const width of [360, 1280]) {
    it(`reserves the hero picture's box before it loads (${width} px)`, async () => {
      const { before, after, loaded } = await boxes(pictureEvent, '.entry__hero img', width);
      expect(loaded).toBe(1);
      expect(before[0]![1]).toBeGreaterThan(100);
      expect(before).toEqual(after);
    }, 120_000);

    it(`reserves card picture boxes before they load (${width} px)`, async () => {
      const { before, after } = await boxes(listing, '.entry-card__media', width);
      expect(before.length).toBeGreaterThan(3);
      expect(before).toEqual(after);
    }, 120_000);
  }

  it('shows a portrait flyer whole, in a box of its own shape no taller than the screen', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${session.server.url}${flyerEvent}`, { waitUntil: 'networkidle' });
    const box = await page.locator('.entry__hero img').evaluate((img: HTMLImageElement) => {
      const r = img.getBoundingClientRect();
      return { width: r.width, height: r.height, ratio: img.naturalWidth / img.naturalHeight, fit: getComputedStyle(img).objectFit };
    });
    expect(box.height).toBeLessThanOrEqual(800);
    expect(box.height).toBeGreaterThan(box.width);
    expect(box.width / box.height).toBeCloseTo(box.ratio, 2);
    await page.close();
  });

  it('moves nothing while pictures load (layout shift under 0.02)', async () => {
    const page = await session.browser.newPage({ viewport: { width: 412, height: 823 } });
    // Pictures arrive late, after the text has been laid out.
    await page.route(/\/_astro\/.+\.(?:avif|webp|jpe?g)$/, async (route) => { await new Promise((r) => setTimeout(r, 400)); await route.continue(); });
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of [pictureEvent, urls.home('sv')]) {
      await page.goto(`${session.server.url}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), path).toBeLessThan(0.02);
    }
    await page.close();
  });
});
