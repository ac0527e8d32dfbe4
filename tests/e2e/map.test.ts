/** The map page in Chromium (issue 16): nothing from other hosts, every mark reachable by keyboard, west to east. */
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds.ts';
import { browserSession } from '../helpers/session.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';

const session = browserSession(builds.samples);

describe('the map page in a browser', () => {
  it('loads nothing from any host but the site itself', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    for (const path of [urls.map('sv'), urls.facet('nb', 'region', 'innlandet'), urls.event('en', '2027-03-12-smuglerne-fra-iddefjorden')]) {
      await page.goto(`${session.server.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await context.close();
    expect(requested.length).toBeGreaterThan(3);
    const elsewhere = requested.filter((url) => !url.startsWith('data:') && new URL(url).hostname !== '127.0.0.1');
    expect(elsewhere).toEqual([]);
  });

  it('reaches every mark with the Tab key, west to east, each with its name', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}${urls.map('en')}`);
    const marks = await page.locator('.venue-map__svg a.map-mark').evaluateAll((links) =>
      links.map((a) => ({ label: a.getAttribute('aria-label')!, x: (a.firstElementChild as SVGGraphicsElement).getBBox().x })),
    );
    expect(marks.length).toBeGreaterThan(5);
    await page.locator('h1').evaluate((h) => { h.tabIndex = -1; h.focus(); });
    const reached: string[] = [];
    for (let i = 0; i < marks.length + 40 && reached.length < marks.length; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('.venue-map__svg') ? el.getAttribute('aria-label') : null;
      });
      if (label) reached.push(label);
    }
    expect(reached).toEqual(marks.map((m) => m.label));
    const xs = marks.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    await page.close();
  });

  it('takes a grouped mark to the list of its venues', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}${urls.map('sv')}`);
    const group = page.locator('.venue-map__svg a.map-mark[href^="#"]').first();
    const href = await group.getAttribute('href');
    expect(href).toMatch(/^#map-group-\d+$/);
    await group.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    expect(await page.locator(`${href} a`).count()).toBeGreaterThan(1);
    await page.close();
  });
});

describe('the map page has no axe violations', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const lang of uiLangs) {
      it(`${lang}, ${colorScheme}`, async () => {
        const context = await session.browser.newContext({ colorScheme });
        const page = await context.newPage();
        const report: string[] = [];
        for (const path of [urls.map(lang), urls.facet(lang, 'region', 'varmland'), urls.event(lang, '2027-03-12-smuglerne-fra-iddefjorden')]) {
          await page.goto(`${session.server.url}${path}`);
          const violations = await axeViolations(page);
          if (violations.length > 0) report.push(`${path}:\n${describeViolations(violations)}`);
        }
        await context.close();
        expect(report.join('\n\n')).toBe('');
      });
    }
  }
});
