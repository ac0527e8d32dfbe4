/**
 * The submit form in Chromium, in Swedish and Norwegian: field errors in the page's language,
 * Markdown the validator accepts, and a GitHub link carrying exactly that Markdown.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builds, repoRoot } from '../helpers/builds.ts';
import { launchBrowser, startPreview, type PreviewServer } from '../helpers/browser.ts';
import { createEntry, expectCleanAndClose, fieldError, openSubmitForm, validateContentFiles } from '../helpers/submit-form.ts';
import { formatProblem, loadContent } from '../../src/lib/content.ts';
import { CONTENT_REPOSITORY } from '../../src/consts.ts';
import { t } from '../../src/lib/i18n/index.ts';
import type { UiLang } from '../../src/lib/taxonomy.ts';

let server: PreviewServer;
let browser: Browser;
const samples = loadContent(repoRoot);
const organiser = samples.organisers.find((o) => o.data.country === 'SE')!;
const coOrganiser = samples.organisers.find((o) => o.data.country === 'NO')!;
const venue = samples.venues.find((v) => v.data.country === 'SE')!;
const scratch = mkdtempSync(join(tmpdir(), 'kulturbro-submit-'));

beforeAll(async () => {
  [server, browser] = await Promise.all([startPreview(builds.samples), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const openForm = (lang: UiLang) => openSubmitForm(browser, server.url, lang, { clipboard: true });

/** The produced files, as label path → textarea text, and each file's GitHub link. */
async function producedFiles(page: Page) {
  const files = [];
  for (const block of await page.locator('.submit-file').all()) {
    const text = await block.locator('textarea').inputValue();
    const label = (await block.locator('label').textContent())!;
    const href = (await block.getByRole('link').getAttribute('href'))!;
    files.push({ label, text, href });
  }
  return files;
}

/** Runs the validator on a content root holding exactly these files (plus any copied in). */
const validateFiles = (name: string, files: { path: string; text: string }[], copies: string[] = []) =>
  validateContentFiles(join(scratch, name), Object.fromEntries(files.map((f) => [f.path, f.text])), copies);

describe('the submit form in Swedish', () => {
  const m = t('sv').submit;

  it('shows translated errors next to the fields and in a summary that links to them', async () => {
    const { context, page, errors } = await openForm('sv');
    await createEntry(page);
    const summary = page.locator('.submit-errors');
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('submit-errors'))).toBe(true);
    expect((await summary.locator('h2').textContent())!.trim()).toBe(m.errorSummaryMany.replace('{count}', '5'));
    expect(await fieldError(page, 'submit-title')).toBe(m.errors.required);
    expect(await fieldError(page, 'submit-type')).toBe(m.errors.choose);
    expect(await fieldError(page, 'submit-summary')).toBe(m.errors.required);
    expect((await page.locator('#submit-disciplines-error').textContent())!.trim()).toBe(m.errors.chooseOne);

    // The summary's link takes keyboard focus to the field.
    await summary.getByRole('link', { name: new RegExp(`^${m.fieldTitle}:`) }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('submit-title');
    // Errors clear as they are corrected.
    await page.fill('#submit-title', 'Vårkonsert: gränsmusik på Älvudden');
    expect(await fieldError(page, 'submit-title')).toBeNull();

    await expectCleanAndClose({ context, page, errors });
  });

  it('reports an end before the start, then makes a file the validator accepts', async () => {
    const { context, page, errors } = await openForm('sv');
    await page.selectOption('#submit-type', 'concert');
    await page.fill('#submit-title', 'Vårkonsert: gränsmusik på Älvudden');
    await page.check('#submit-disciplines-music');
    await page.check('#submit-disciplines-folk-culture');
    await page.fill('#submit-summary', 'Fiol, nyckelharpa och sång – "folkmusik" från båda sidor om gränsen.');
    await page.selectOption('#submit-organiser', organiser.id);
    await page.getByRole('button', { name: m.addCoOrganiser }).click();
    await page.selectOption('#submit-coOrganisers-0', coOrganiser.id);
    await page.selectOption('#submit-venue', venue.id);
    await page.fill('#submit-startDate', '2027-06-12');
    await page.fill('#submit-startTime', '19:00');
    await page.fill('#submit-endDate', '2027-06-12');
    await page.fill('#submit-endTime', '18:00');
    await page.fill('#submit-price', '150 SEK / 170 NOK');
    await page.fill('#submit-translations-en-title', 'Spring concert of border music');
    await page.fill('#submit-description', 'Välkommen!\n\n- Fri entré för barn');
    await createEntry(page);
    await page.locator('.submit-errors').waitFor();
    expect(await fieldError(page, 'submit-endDate')).toBe(m.errors.endBeforeStart);
    expect(await page.locator('.submit-errors li').count()).toBe(1);

    await page.fill('#submit-endTime', '21:30');
    await createEntry(page);
    await page.locator('.submit-result').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('submit-result-title');
    const [file, ...others] = await producedFiles(page);
    expect(others).toEqual([]);
    const path = 'events/2027/2027-06-12-varkonsert-gransmusik-pa-alvudden.md';
    expect(file!.label).toBe(m.fileLabel.replace('{path}', path));

    const content = validateFiles('sv', [{ path, text: file!.text }], [`organisers/${organiser.id}.md`, `organisers/${coOrganiser.id}.md`, `venues/${venue.id}.md`]);
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.events[0]!.data).toMatchObject({
      title: 'Vårkonsert: gränsmusik på Älvudden',
      organisers: [organiser.id, coOrganiser.id],
      start: '2027-06-12T19:00',
      end: '2027-06-12T21:30',
      translations: { en: { title: 'Spring concert of border music' } },
    });
    expect(content.events[0]!.body).toBe('Välkommen!\n\n- Fri entré för barn\n');

    const link = new URL(file!.href);
    expect(`${link.origin}${link.pathname}`).toBe(`https://github.com/${CONTENT_REPOSITORY}/new/main`);
    expect(link.searchParams.get('filename')).toBe(path);
    expect(link.searchParams.get('value')).toBe(file!.text);
    expect(decodeURIComponent(file!.href.split('&value=')[1]!)).toBe(file!.text);

    await page.getByRole('button', { name: m.copy }).click();
    await page.getByRole('status').filter({ hasText: m.copied }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file!.text);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: m.download }).click()]);
    expect(download.suggestedFilename()).toBe('2027-06-12-varkonsert-gransmusik-pa-alvudden.md');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(file!.text);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the submit form in Norwegian', () => {
  const m = t('nb').submit;

  it('reports a time in the spring-forward gap, then makes organiser, venue and event files that validate', async () => {
    const { context, page, errors } = await openForm('nb');
    expect(await page.locator('#submit-lang').inputValue()).toBe('nb');
    await page.selectOption('#submit-type', 'workshop');
    await page.fill('#submit-title', 'Verksted: Ærlig talt om ø-kunst');
    await page.check('#submit-disciplines-crafts');
    await page.fill('#submit-summary', 'Et verksted for alle – også nybegynnere.');
    await page.selectOption('#submit-organiser', '+new');
    await page.fill('#submit-organiserName', 'Grenseløs Håndverkslag');
    await page.selectOption('#submit-venue', '+new');
    await page.fill('#submit-venueName', 'Glåmdalen Verksted');
    await page.fill('#submit-venueCity', 'Kongsvinger');
    await page.fill('#submit-venuePostcode', '0150');
    await page.fill('#submit-startDate', '2027-03-28');
    await page.fill('#submit-startTime', '02:30');
    await page.fill('#submit-tickets', 'http://billetter.example');
    await createEntry(page);
    await page.locator('.submit-errors').waitFor();
    expect((await page.locator('.submit-errors h2').textContent())!.trim()).toBe(m.errorSummaryMany.replace('{count}', '3'));
    expect(await fieldError(page, 'submit-venueRegion')).toBe(m.errors.choose);
    expect(await fieldError(page, 'submit-tickets')).toBe(m.errors.https);

    // The venue's region decides the time zone; the gap is checked in Europe/Oslo.
    await page.selectOption('#submit-venueRegion', 'innlandet');
    await page.fill('#submit-tickets', 'https://billetter.example/verksted');
    expect(await fieldError(page, 'submit-startDate')).toBe(m.errors.gap);
    await page.fill('#submit-startTime', '13:00');
    await createEntry(page);
    await page.locator('.submit-result').waitFor();
    expect(await page.locator('.submit-result').textContent()).toContain(m.resultOrder);

    const files = await producedFiles(page);
    const paths = files.map((f) => new URL(f.href).searchParams.get('filename')!);
    expect(paths).toEqual(['organisers/grenselos-handverkslag.md', 'venues/glamdalen-verksted.md', 'events/2027/2027-03-28-verksted-aerlig-talt-om-o-kunst.md']);
    for (const [index, file] of files.entries()) {
      expect(file.label).toBe(m.fileLabel.replace('{path}', paths[index]!));
      expect(new URL(file.href).searchParams.get('value')).toBe(file.text);
    }
    const content = validateFiles('nb', files.map((f, i) => ({ path: paths[i]!, text: f.text })));
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.events[0]).toMatchObject({ timezone: 'Europe/Oslo', data: { organisers: ['grenselos-handverkslag'], venue: 'glamdalen-verksted', lang: 'nb' } });
    expect(content.organisers[0]!.data).toMatchObject({ name: 'Grenseløs Håndverkslag', country: 'NO' });
    expect(content.venues[0]!.data).toMatchObject({ city: 'Kongsvinger', country: 'NO', region: 'innlandet', postcode: '0150' });

    await expectCleanAndClose({ context, page, errors });
  });
});

describe('without JavaScript', () => {
  it('explains the pull-request route and shows an example file that validates', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/en/submit/`);
    const m = t('en').submit;
    expect(await page.locator('#submit-title').count()).toBe(0);
    expect(await page.locator('.submit-noscript').textContent()).toBe(m.noScript);
    expect(await page.getByRole('link', { name: m.contributing }).getAttribute('href')).toBe(`https://github.com/${CONTENT_REPOSITORY}/blob/main/CONTRIBUTING.md`);
    const example = (await page.locator('.submit-example').textContent())!;
    const content = validateFiles('example', [{ path: 'events/2027/example.md', text: example }], [
      ...samples.organisers.map((o) => o.path),
      ...samples.venues.map((v) => v.path),
    ]);
    expect(content.problems.map(formatProblem)).toEqual([]);
    await context.close();
  });
});
