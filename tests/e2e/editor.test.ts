/**
 * The editor at /admin/ in Chromium, against decap-server (Decap's local backend) on 127.0.0.1,
 * working on a temporary copy of the samples: a Swedish author adds an organiser and a weekly
 * series with a picture, then cancels an existing event; the files land where `npm run new` would
 * write them and pass the validator. The browser runs in Los Angeles time, so any time-zone
 * conversion would show. Nothing may leave 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { builds, repoRoot } from '../helpers/builds.ts';
import { launchBrowser, startPreview, type PreviewServer } from '../helpers/browser.ts';
import { freePort } from '../../scripts/lib/preview.ts';
import { formatProblem, loadContent } from '../../src/lib/content.ts';
import { entryPath } from '../../src/lib/entry-file.ts';

let server: PreviewServer;
let browser: Browser;
let decap: ChildProcess;
let decapPort: number;
const content = mkdtempSync(join(tmpdir(), 'kulturbro-editor-'));
/** Every request the pages made that was not to 127.0.0.1 (each one is also aborted). */
const outside: string[] = [];

/** decap-server writes to GIT_REPO_DIRECTORY; BIND_HOST keeps it off other interfaces. */
async function startDecapServer(): Promise<void> {
  decapPort = await freePort();
  let output = '';
  decap = spawn(process.execPath, [join(repoRoot, 'node_modules/decap-server/dist/index.js')], {
    cwd: content,
    env: { ...process.env, PORT: String(decapPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: content, MODE: 'fs', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  decap.stdout!.on('data', (chunk) => (output += chunk));
  decap.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (decap.exitCode !== null) throw new Error(`decap-server exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`decap-server did not answer:\n${output}`);
    const info = await fetch(`http://127.0.0.1:${decapPort}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).then((r) => r.ok, () => false);
    if (info) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  for (const folder of ['events', 'organisers', 'venues']) cpSync(join(repoRoot, folder), join(content, folder), { recursive: true });
  [server, browser] = await Promise.all([startPreview(builds.fixture), launchBrowser(), startDecapServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  decap?.kill();
  rmSync(content, { recursive: true, force: true });
});

async function openEditor(lang: 'sv' | 'nb', hash: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    timezoneId: 'America/Los_Angeles',
    locale: lang === 'sv' ? 'sv-SE' : 'nb-NO',
    viewport: { width: 1400, height: 1000 },
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && !/Failed to load resource/.test(message.text()) && errors.push(message.text()));
  const path = lang === 'sv' ? '/admin/' : `/admin/${lang}/`;
  await page.goto(`${server.url}${path}?decap_server_port=${decapPort}`);
  await page.getByRole('button', { name: lang === 'sv' ? 'Logga in' : 'Logg inn' }).click();
  await page.waitForSelector('nav, [class*="SidebarNavList"], a[href*="collections"]');
  await page.goto(`${server.url}${path}?decap_server_port=${decapPort}#${hash}`);
  await page.waitForLoadState('networkidle');
  return { context, page, errors };
}

/** The control of the field labelled `label` (Decap ties label and control with for/id). */
async function field(page: Page, label: string | RegExp, nth = 0): Promise<Locator> {
  const text = typeof label === 'string' ? new RegExp(`^${label}`) : label;
  const labelElement = page.locator('label').filter({ hasText: text }).nth(nth);
  const id = await labelElement.getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Runs `action` on a field, looking it up again if Decap re-rendered the form (new ids) meanwhile. */
async function onField(page: Page, label: string | RegExp, action: (control: Locator) => Promise<void>, nth = 0): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action((await field(page, label, nth)).first());
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

const fill = (page: Page, label: string | RegExp, value: string) =>
  onField(page, label, (control) => control.fill(value, { timeout: 5_000 }));

/** Picks `option` in a Decap select or relation (react-select) by typing and choosing it. */
async function choose(page: Page, label: string | RegExp, option: string, nth = 0): Promise<void> {
  await onField(page, label, async (input) => {
    await input.click({ timeout: 5_000 });
    await input.fill(option, { timeout: 5_000 });
    await page.locator('[class*="option"]').filter({ hasText: option }).first().click({ timeout: 5_000 });
  }, nth);
}

/** Fills the time half of a date-and-time field. */
const fillTime = (page: Page, label: string, time: string) =>
  onField(page, label, (control) =>
    control.locator('xpath=ancestor::div[contains(@class,"kb-moment")][1]').locator('input[type=time]').fill(time, { timeout: 5_000 }));

async function publish(page: Page, lang: 'sv' | 'nb'): Promise<void> {
  await page.getByRole('button', { name: lang === 'sv' ? 'Publicera' : 'Publiser', exact: true }).click();
  await page.getByRole('menuitem', { name: lang === 'sv' ? 'Publicera nu' : 'Publiser nå' }).click();
}

/** Waits for decap-server to write `path`; if it does not, says what the editor showed instead. */
async function waitForFile(page: Page, path: string, test: (text: string) => boolean = () => true): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      if (test(text)) return text;
    }
    if (Date.now() > deadline) {
      const shown = await page.locator('[role="alert"], [class*="ControlErrors"], [class*="toast"]').allInnerTexts();
      await page.screenshot({ path: join(repoRoot, '.tmp/editor-failure.png'), fullPage: true });
      throw new Error(`${relative(content, path)} was not written${existsSync(path) ? ` as expected:\n${readFileSync(path, 'utf8')}` : ''}; the editor showed: ${JSON.stringify(shown)} (.tmp/editor-failure.png)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

// As the site reads it: YAML 1.2's core schema, so `2027-05-26` stays a string.
const frontmatter = (text: string) => load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { schema: CORE_SCHEMA }) as Record<string, unknown>;
const problemsOf = () => loadContent(content).problems.filter((p) => p.severity === 'error').map(formatProblem);

// A dozen fields typed into a 5 MB single-page app: minutes on a busy 2-core machine, not seconds.
describe('the editor at /admin/', { timeout: 240_000 }, () => {
  it('adds a new organiser and a weekly series with a picture, in Swedish, where the CLI would put them', async () => {
    const { context, page, errors } = await openEditor('sv', '/collections/organisers/new');
    await fill(page, 'Namn', 'Gränsälvens Kulturförening');
    await choose(page, 'Land', 'Sverige');
    await choose(page, /^Region/, 'Värmland');
    await fill(page, 'Webbplats', 'https://gransalven.example');
    await publish(page, 'sv');
    const organiserFile = join(content, 'organisers/gransalvens-kulturforening.md');
    expect(frontmatter(await waitForFile(page, organiserFile))).toEqual({
      name: 'Gränsälvens Kulturförening', country: 'SE', region: 'varmland', website: 'https://gransalven.example',
    });

    // Decap opens the saved entry after publishing; going on before that would be undone by it.
    await page.waitForURL(/#\/collections\/organisers\/entries\/gransalvens-kulturforening/);
    const venue = loadContent(content).venues.find((v) => v.data.country === 'SE')!;
    await page.goto(`${server.url}/admin/?decap_server_port=${decapPort}#/collections/events/new`);
    await page.locator('label', { hasText: 'Återkommer regelbundet' }).waitFor();
    const entry = {
      title: 'Visafton vid älven',
      lang: 'sv',
      type: 'concert',
      disciplines: ['music', 'folk-culture'],
      summary: 'Visor från båda sidor om gränsen, varje onsdag i vår.',
      organisers: ['gransalvens-kulturforening'],
      venue: venue.id,
      start: '2027-04-07T19:30',
      end: '2027-04-07T21:00',
      repeat: { every: 'week', on: ['we'], until: '2027-05-26' },
      status: 'scheduled',
      image: { src: './affisch.png', alt: 'Två spelmän på en brygga i kvällsljus', credit: 'Foto: Anna Berg' },
    };
    await fill(page, 'Titel', entry.title);
    await choose(page, 'Språk i texten', 'svenska');
    await choose(page, /^Typ/, 'Konsert');
    await choose(page, 'Konstformer', 'Musik');
    await choose(page, 'Konstformer', 'Folkkultur');
    await fill(page, 'Sammanfattning', entry.summary);
    await choose(page, 'Arrangörer', 'Gränsälvens Kulturförening');
    await choose(page, /^Plats/, venue.data.name);
    await fill(page, 'Börjar', '2027-04-07');
    await fillTime(page, 'Börjar', '19:30');
    await fill(page, 'Slutar', '2027-04-07');
    await fillTime(page, 'Slutar', '21:00');
    await page.locator('label', { hasText: 'Återkommer regelbundet' }).locator('xpath=../..').locator('[data-testid="expand-button"]').first().click();
    await choose(page, 'Varje', 'vecka');
    await choose(page, 'Veckodagar', 'onsdag');
    await fill(page, 'Till och med', '2027-05-26');
    // The picture: a PNG Chromium itself wrote (a screenshot), uploaded through Decap's media library.
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 64, height: 48 } });
    await page.getByRole('button', { name: 'Välj en bild' }).click();
    await page.locator('input[type=file]').setInputFiles({ name: 'affisch.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Välj markerad' }).click();
    await fill(page, 'Bildbeskrivning', entry.image.alt);
    await fill(page, 'Fotograf eller upphovsperson', entry.image.credit);
    // The preview pane shows the entry as the site's card and event header, styled by the site's stylesheet.
    const preview = page.locator('iframe#preview-pane').contentFrame();
    await preview.locator('.entry-card__title').filter({ hasText: entry.title }).waitFor({ timeout: 60_000 }).catch(async (error: Error) => {
      const shown = await preview.locator('body').innerText({ timeout: 1_000 }).catch(() => '(no preview pane)');
      // Whether the form itself lost the title (Decap resetting the draft), or only the preview is behind.
      const typed = await (await field(page, 'Titel')).first().inputValue({ timeout: 1_000 }).catch(() => '(no title field)');
      await page.screenshot({ path: join(repoRoot, '.tmp/editor-failure.png'), fullPage: true });
      throw new Error(`the preview did not show the title: ${error.message}\nthe title field holds: ${JSON.stringify(typed)}\nthe preview showed: ${JSON.stringify(shown)}\npage errors: ${JSON.stringify(errors)} (.tmp/editor-failure.png)`);
    });
    expect(await preview.locator('.entry-card__when').innerText()).toContain('2027-04-07 19:30');
    expect(await preview.locator('.entry__header .badge').first().innerText()).toBe('Konsert');
    expect(await preview.locator('link[rel=stylesheet][href="/admin/site.css"]').count()).toBe(1);
    expect(await preview.locator('.entry-card').evaluate((card) => getComputedStyle(card).borderTopStyle)).not.toBe('none');
    // Decap's own strings, completed by the project, are Swedish too.
    expect(await page.locator('[data-testid="expand-button"]').first().getAttribute('aria-label')).toMatch(/^(Visa|Dölj)$/);
    await publish(page, 'sv');

    const path = join(content, entryPath(entry, new Date('2027-03-01T12:00:00Z')));
    expect(relative(content, path)).toBe('events/2027/2027-04-07-visafton-vid-alven.md');
    expect(frontmatter(await waitForFile(page, path))).toEqual(entry);
    expect(readFileSync(join(content, 'events/2027/affisch.png')).equals(png)).toBe(true);
    expect(problemsOf()).toEqual([]);
    const added = loadContent(content).events.find((e) => e.id === '2027-04-07-visafton-vid-alven')!;
    expect(added.data.start).toBe('2027-04-07T19:30');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cancels an existing event and moves its time: the file changes in place, everything else kept', async () => {
    const before = loadContent(content).events.find((e) => e.data.repeat && e.data.except && e.data.start?.includes('T'))!;
    const file = join(content, before.path);
    const original = frontmatter(readFileSync(file, 'utf8'));
    const slug = relative(join(content, 'events'), file).replace(/\.md$/, '');
    const { context, page, errors } = await openEditor('sv', `/collections/events/entries/${slug}`);
    await page.locator('label', { hasText: 'Återkommer regelbundet' }).waitFor();
    await fillTime(page, 'Börjar', '17:45');
    await choose(page, 'Status', 'Inställt');
    await publish(page, 'sv');
    const after = frontmatter(await waitForFile(page, file, (text) => text.includes('cancelled')));
    const startDate = String(original.start).slice(0, 10);
    expect(after).toEqual({ ...original, start: `${startDate}T17:45`, status: 'cancelled' });
    expect(readdirSync(join(content, relative(content, file), '..')).filter((name) => name.startsWith(startDate))).toContain(file.split('/').pop());
    expect(problemsOf()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs the same flow in Norwegian bokmål: an all-day event keeps its date without a time', async () => {
    const { context, page, errors } = await openEditor('nb', '/collections/events/new');
    await page.locator('label', { hasText: 'Gjentas jevnlig' }).waitFor();
    const labels = await page.locator('label').allInnerTexts();
    for (const label of ['Tittel', 'Arrangører', 'Sted', 'Starter', 'Gjentas jevnlig', 'Bilde']) {
      expect(labels.some((text) => text.toLowerCase().startsWith(label.toLowerCase())), label).toBe(true);
    }
    const samples = loadContent(content);
    const organiser = samples.organisers.find((o) => o.data.country === 'NO')!;
    const venue = samples.venues.find((v) => v.data.country === 'NO')!;
    const entry = {
      title: 'Grenseløs omvisning på Østsiden',
      lang: 'nb',
      type: 'guided-tour',
      disciplines: ['heritage'],
      summary: 'En omvisning i grensebyens historie for store og små.',
      organisers: [organiser.id],
      venue: venue.id,
      start: '2027-05-17',
      status: 'scheduled',
    };
    await fill(page, 'Tittel', entry.title);
    await choose(page, 'Språk i teksten', 'bokmål');
    await choose(page, /^Type/, 'Omvisning');
    await choose(page, 'Kunstformer', 'Kulturarv');
    await fill(page, 'Sammendrag', entry.summary);
    await choose(page, 'Arrangører', organiser.data.name);
    await choose(page, /^Sted/, venue.data.name);
    await fill(page, 'Starter', '2027-05-17');
    await publish(page, 'nb');
    const path = join(content, entryPath(entry, new Date('2027-03-01T12:00:00Z')));
    expect(relative(content, path)).toBe('events/2027/2027-05-17-grenselos-omvisning-pa-ostsiden.md');
    expect(frontmatter(await waitForFile(page, path))).toEqual(entry);
    expect(problemsOf()).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("speaks the browser's language at /admin/ and the address's at /admin/nb/ and /admin/en/", async () => {
    const cases = [
      { path: '/admin/', locale: 'nb-NO', lang: 'nb', login: 'Logg inn' },
      { path: '/admin/', locale: 'en-GB', lang: 'en', login: 'Login' },
      { path: '/admin/', locale: 'de-DE', lang: 'sv', login: 'Logga in' },
      { path: '/admin/en/', locale: 'sv-SE', lang: 'en', login: 'Login' },
      { path: '/admin/nb/', locale: 'en-GB', lang: 'nb', login: 'Logg inn' },
    ];
    for (const { path, locale, lang, login } of cases) {
      const context = await browser.newContext({ locale });
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === '127.0.0.1') return route.continue();
        outside.push(url.href);
        return route.abort();
      });
      const page = await context.newPage();
      await page.goto(`${server.url}${path}?decap_server_port=${decapPort}`);
      await page.getByRole('button', { name: login, exact: true }).waitFor();
      expect(await page.locator('html').getAttribute('lang'), `${path} in ${locale}`).toBe(lang);
      await context.close();
    }
  });

  it('never asked anything of a host other than 127.0.0.1', () => {
    expect(outside).toEqual([]);
  });
});
