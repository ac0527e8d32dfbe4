/**
 * The embed as an organisation uses it: the copy-paste code from an organiser page, on a page
 * served from another origin, with the iframe showing the list from `astro preview`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { builds, TEST_SITE } from '../helpers/builds.ts';
import { launchBrowser, startPreview, type PreviewServer } from '../helpers/browser.ts';
import { readDist } from '../helpers/dist.ts';
import { catalogueOf } from '../helpers/ics.ts';
import { localizedText } from '../../src/lib/catalogue.ts';
import { urls } from '../../src/lib/urls.ts';

const organiser = 'kulturforeningen-sol';
let preview: PreviewServer;
let browser: Browser;
let host: Server;
let hostUrl: string;

/** The snippet exactly as the organiser page offers it, pointed at the preview server. */
function snippetFromOrganiserPage(previewUrl: string): string {
  const html = readDist(builds.fixture.outDir, urls.facet('sv', 'organiser', organiser));
  const code = /<textarea[^>]*class="embed-snippet__code"[^>]*>([^<]*)<\/textarea>/.exec(html)![1]!
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return code.replaceAll(TEST_SITE, previewUrl);
}

beforeAll(async () => {
  [preview, browser] = await Promise.all([startPreview(builds.fixture), launchBrowser()]);
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A culture office</title></head><body>
    <h1>Our events</h1>
    <script>window.heightMessages = []; addEventListener('message', (e) => window.heightMessages.push({ origin: e.origin, data: e.data }));</script>
    ${snippetFromOrganiserPage(preview.url)}
  </body></html>`;
  host = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  // Another port is another origin: the browser treats the host page as a foreign site.
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  await new Promise((resolve) => (host ? host.close(resolve) : resolve(undefined)));
});

async function openHostPage(): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 900, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(hostUrl);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('the iframe has no content frame');
  await frame.waitForSelector('.embed__list');
  return { page, frame, errors };
}

describe('the embed on another site', () => {
  it('shows the organiser’s upcoming entries inside the iframe', async () => {
    const { page, frame, errors } = await openHostPage();
    expect(new URL(frame.url()).origin).toBe(preview.url);
    expect(new URL(page.url()).origin).not.toBe(preview.url);
    const upcoming = catalogueOf(builds.fixture.contentDir).upcoming.filter((e) => e.data.organisers.includes(organiser));
    const titles = await frame.locator('.embed__item > a').allTextContents();
    expect(titles).toEqual(upcoming.map((e) => localizedText(e, 'sv').title));
    expect(await frame.locator('.embed__item').first().locator('.embed__meta').textContent()).toMatch(/2027/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sends its height to the host page, which fits the iframe to it', async () => {
    const { page, frame } = await openHostPage();
    await page.waitForFunction(() => (window as unknown as { heightMessages: unknown[] }).heightMessages.length > 0);
    const messages = await page.evaluate(() => (window as unknown as { heightMessages: { origin: string; data: { type: string; height: number } }[] }).heightMessages);
    expect(messages[0]!.origin).toBe(preview.url);
    expect(messages[0]!.data.type).toBe('kulturbro:height');
    const contentHeight = await frame.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height));
    await page.waitForFunction((height) => document.querySelector('iframe')!.getBoundingClientRect().height === height, contentHeight);
    // Fitted: the embed's document does not scroll inside the iframe.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);

    // A narrower iframe wraps the lines: the embed reports the new, taller height.
    await page.evaluate(() => { document.querySelector('iframe')!.style.width = '280px'; });
    await page.waitForFunction((before) => document.querySelector('iframe')!.getBoundingClientRect().height > before, contentHeight);
    await page.context().close();
  });

  it('opens an event on Kulturbro in a new tab', async () => {
    const { page, frame } = await openHostPage();
    const link = frame.locator('.embed__item > a').first();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(new RegExp(`^${preview.url}/sv/events/[a-z0-9-]+/$`));
    expect(await tab.evaluate(() => window.opener)).toBeNull();
    expect(page.url()).toBe(hostUrl);
    await page.context().close();
  });
});
