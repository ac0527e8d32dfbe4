import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds.ts';
import { browserSession } from '../helpers/session.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { pageKinds } from '../../scripts/lib/page-kinds.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';

const session = browserSession(builds.samples);

describe('WCAG 2.1 AA (axe-core) on every page kind', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const lang of uiLangs) {
      it(`${lang}, ${colorScheme} scheme`, async () => {
        const context = await session.browser.newContext({ colorScheme });
        const page = await context.newPage();
        const report: string[] = [];
        for (const kind of pageKinds) {
          const path = kind.path(lang);
          const response = await page.goto(`${session.server.url}${path}`);
          if (!response?.ok()) {
            report.push(`${path}: HTTP ${response?.status()}`);
            continue;
          }
          await page.waitForLoadState('networkidle');
          const violations = await axeViolations(page);
          if (violations.length > 0) report.push(`${path}:\n${describeViolations(violations)}`);
        }
        await context.close();
        expect(report.join('\n\n')).toBe('');
      });
    }
  }
});

describe('keyboard use', () => {
  it('offers a skip link first that moves focus to the main content', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/sv/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0, 'the focused skip link is on screen').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('reaches every link and control of a page by Tab, each with a visible focus indicator', async () => {
    const page = await session.browser.newPage();
    for (const lang of uiLangs) {
      for (const path of [`/${lang}/`, `/${lang}/events/2027-03-12-smuglerne-fra-iddefjorden/`]) {
        await page.goto(`${session.server.url}${path}`);
        const focusable = await page.locator('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').count();
        const reached = new Set<string>();
        const unstyled: string[] = [];
        for (let i = 0; i < focusable + 2; i++) {
          await page.keyboard.press('Tab');
          const info = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
            return { key: `${el.tagName}|${el.getAttribute('href') ?? ''}|${el.textContent?.trim().slice(0, 40)}|${[...el.parentElement!.children].indexOf(el)}`, visible };
          });
          if (!info) continue;
          reached.add(info.key);
          if (!info.visible) unstyled.push(info.key);
        }
        expect(unstyled, `${path}: focused without a visible indicator`).toEqual([]);
        expect(reached.size, `${path}: elements reached by Tab`).toBeGreaterThanOrEqual(Math.min(focusable, 15));
      }
    }
    await page.close();
  });

  it('has landmarks: banner, navigation, main, contentinfo', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}/nb/`);
    for (const role of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(role).count(), role).toBe(1);
    expect(await page.getByRole('navigation').count()).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
