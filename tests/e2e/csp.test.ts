/**
 * The Content-Security-Policy as Chromium enforces it: no public page, once loaded and used,
 * reports a violation (a `securitypolicyviolation` event or a console CSP error). The submit
 * form loads zod, whose JIT probe (`new Function`) used to be reported on every load.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { builds } from '../helpers/builds.ts';
import { browserSession } from '../helpers/session.ts';
import { pageKinds } from '../../scripts/lib/page-kinds.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';
import { t } from '../../src/lib/i18n/index.ts';

const session = browserSession(builds.samples);

/** A page that records every CSP violation, from the event and from the console. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => {
    if (/content security policy|content-security-policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  const violations = async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
    ...console,
  ];
  return { page, violations };
}

describe('no CSP violation in Chromium', () => {
  for (const lang of uiLangs) {
    it(`the submit form in ${lang}: loaded, checked and filled in`, async () => {
      const context = await session.browser.newContext();
      const { page, violations } = await watchedPage(context);
      const m = t(lang).submit;
      await page.goto(`${session.server.url}/${lang}/submit/`);
      await page.waitForSelector('#submit-title');
      await page.waitForLoadState('networkidle');
      // The checker (zod) is loaded and has run once the summary lists the empty required fields.
      await page.locator('.submit-form__create').click();
      await page.locator('.submit-errors').waitFor();
      await page.fill('#submit-title', m.title);
      await page.waitForLoadState('networkidle');
      // The checker's chunk really loaded: the measure can see what it must not report.
      expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/_astro\/checker\.[\w-]+\.js$/.test(r.name)))).toBe(true);
      expect(await violations()).toEqual([]);
      await context.close();
    });
  }

  for (const lang of uiLangs) {
    it(`every other page kind in ${lang}`, { timeout: 120_000 }, async () => {
      const context = await session.browser.newContext();
      const report: string[] = [];
      for (const kind of pageKinds.filter((k) => k.kind !== 'submit')) {
        const { page, violations } = await watchedPage(context);
        const path = kind.path(lang);
        await page.goto(`${session.server.url}${path}`);
        await page.waitForLoadState('networkidle');
        for (const violation of await violations()) report.push(`${path}: ${violation}`);
        await page.close();
      }
      await context.close();
      expect(report).toEqual([]);
    });
  }

  it('reports a violation when there is one (the measure can fail)', async () => {
    const context = await session.browser.newContext();
    const { page, violations } = await watchedPage(context);
    await page.goto(`${session.server.url}/sv/submit/`);
    await page.waitForSelector('#submit-title');
    // eval from page script (not the DevTools protocol, which bypasses the policy).
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = '1';
      document.body.append(script);
    });
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    await context.close();
  });
});
