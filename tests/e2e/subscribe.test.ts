/** The subscribe builder in a real browser: every feed it can produce is served, and copying works. */
import { describe, expect, it } from 'vitest';
import { builds, TEST_SITE } from '../helpers/builds.ts';
import { browserSession } from '../helpers/session.ts';

const session = browserSession(builds.samples);

describe('subscribe builder', () => {
  it('produces, for every choice, links to a feed that the build serves', async () => {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${session.server.url}/nb/subscribe/`);
    const builder = page.locator('.subscribe-builder');
    await builder.waitFor();
    const address = page.getByLabel('Adressen til strømmen (https)', { exact: true });

    const produced = new Set<string>();
    const record = async () => {
      const https = await address.inputValue();
      const link = (name: string) => builder.locator(`a[data-feed-link="${name}"]`).getAttribute('href');
      expect(await link('https')).toBe(https);
      expect(await link('webcal')).toBe(https.replace('https://', 'webcal://'));
      expect(new URL((await link('google'))!).searchParams.get('cid')).toBe(https.replace('https://', 'webcal://'));
      expect(new URL((await link('outlook'))!).searchParams.get('url')).toBe(https);
      produced.add(https);
    };
    const radios = builder.getByRole('radio');
    for (let i = 0; i < (await radios.count()); i++) {
      await radios.nth(i).check();
      const select = builder.locator('select');
      if ((await select.count()) === 0) {
        await record();
        continue;
      }
      for (const value of await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))) {
        await select.selectOption(value);
        await record();
      }
    }
    expect(produced.size).toBeGreaterThan(40);
    expect(produced).toContain(`${TEST_SITE}/feeds/nb/region/varmland.ics`);
    expect(produced).toContain(`${TEST_SITE}/feeds/nb/opportunities.ics`);

    const missing: string[] = [];
    for (const url of produced) {
      expect(url.startsWith(`${TEST_SITE}/feeds/nb/`), url).toBe(true);
      const response = await fetch(`${session.server.url}${new URL(url).pathname}`);
      const text = await response.text();
      if (!response.ok || !text.startsWith('BEGIN:VCALENDAR')) missing.push(url);
    }
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies the address and says so', async () => {
    const context = await session.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/en/subscribe/`);
    await page.getByRole('radio', { name: 'Art form' }).check();
    await page.getByRole('combobox', { name: 'Art form' }).selectOption({ label: 'Folk culture' });
    await page.getByRole('button', { name: 'Copy the address' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('The address has been copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${TEST_SITE}/feeds/en/discipline/folk-culture.ics`);
    await context.close();
  });
});
