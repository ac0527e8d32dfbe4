import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds.ts';
import { browserSession } from '../helpers/session.ts';
import { pageKinds } from '../../scripts/lib/page-kinds.ts';

const session = browserSession(builds.samples);

describe('layout', () => {
  it('reflows to 320 px without horizontal scrolling (WCAG 1.4.10)', async () => {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 800 } });
    const overflowing: string[] = [];
    for (const kind of pageKinds) {
      const path = kind.path('nb');
      await page.goto(`${session.server.url}${path}`, { waitUntil: 'networkidle' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) overflowing.push(`${path}: ${width}px`);
    }
    expect(overflowing).toEqual([]);
    await page.close();
  });

  it('follows the dark colour scheme', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.browser.newPage({ colorScheme });
      await page.goto(`${session.server.url}/sv/`);
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await page.close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });

  it('turns transitions and animations off for reduced motion', async () => {
    const page = await session.browser.newPage({ reducedMotion: 'reduce' });
    await page.goto(`${session.server.url}/sv/`);
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('*')].map((el) => getComputedStyle(el)).filter((s) => s.transitionDuration !== '0s' || s.animationName !== 'none').length,
    );
    expect(durations).toBe(0);
    await page.close();
  });

  it('prints an event page without navigation, keeping its facts', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/en/events/2027-03-12-smuglerne-fra-iddefjorden/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.add-to-calendar').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.facts').first().isVisible()).toBe(true);
    await page.close();
  });
});
