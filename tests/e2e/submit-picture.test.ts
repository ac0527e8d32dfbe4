/**
 * The submit form's picture in Chromium, in Swedish and Norwegian: bad pictures refused in the
 * page's language, alt text required, the preview, a zip (made in the browser) whose Markdown the
 * validator accepts with the picture beside it, and an e-mail link holding the same Markdown.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { builds, repoRoot, TEST_EDITORS_EMAIL } from '../helpers/builds.ts';
import { launchBrowser, startPreview, type PreviewServer } from '../helpers/browser.ts';
import { axeViolations, describeViolations } from '../helpers/axe.ts';
import { createEntry, expectCleanAndClose, fieldError, openSubmitForm, validateContentFiles } from '../helpers/submit-form.ts';
import { formatProblem, loadContent } from '../../src/lib/content.ts';
import { PICTURE_MAX_BYTES } from '../../src/lib/submit/picture.ts';
import { t } from '../../src/lib/i18n/index.ts';
import type { UiLang } from '../../src/lib/taxonomy.ts';

let server: PreviewServer;
let browser: Browser;
const samples = loadContent(repoRoot);
const organiser = samples.organisers.find((o) => o.data.country === 'SE')!;
const venueSe = samples.venues.find((v) => v.data.country === 'SE')!;
const venueNo = samples.venues.find((v) => v.data.country === 'NO')!;
const scratch = mkdtempSync(join(tmpdir(), 'kulturbro-picture-'));
const fixture = (name: string) => join(repoRoot, 'tests/fixtures/pictures', name);

/** An event of a Norwegian venue by an organiser the form is to create: the fields both nb flows fill the same way. */
async function fillNewOrganiserEvent(page: Page, event: { type: string; title: string; discipline: string; summary: string; organiserName: string; startDate: string }): Promise<void> {
  await page.selectOption('#submit-type', event.type);
  await page.fill('#submit-title', event.title);
  await page.check(`#submit-disciplines-${event.discipline}`);
  await page.fill('#submit-summary', event.summary);
  await page.selectOption('#submit-organiser', '+new');
  await page.fill('#submit-organiserName', event.organiserName);
  await page.selectOption('#submit-venue', venueNo.id);
  await page.fill('#submit-startDate', event.startDate);
}

// An SVG under a picture's name (the browser then reports image/png) and a real JPEG over 10 MB.
const svgAsPng = join(scratch, 'affisch.png');
const hugeJpeg = join(scratch, 'stor-affisch.jpg');

beforeAll(async () => {
  copyFileSync(fixture('plum-blossom.svg'), svgAsPng);
  const jpeg = readFileSync(fixture('nodejs-white-stripe.jpg'));
  writeFileSync(hugeJpeg, Buffer.concat([jpeg, Buffer.alloc(PICTURE_MAX_BYTES + 1 - jpeg.length)]));
  [server, browser] = await Promise.all([startPreview(builds.samples), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

// Waits for the network to settle: the tests ask which chunks the page has loaded.
const openForm = (lang: UiLang, colorScheme: 'light' | 'dark' = 'light') => openSubmitForm(browser, server.url, lang, { colorScheme, idle: true });
const loaded = (page: Page, chunk: string) =>
  page.evaluate((name) => performance.getEntriesByType('resource').some((r) => new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`).test(r.name)), chunk);

/** The downloaded zip's files, path → bytes. */
async function zipOf(download: Download): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(readFileSync((await download.path())!)));
}

/** The files in the e-mail link's body, path → text (line breaks back to LF). */
function mailFiles(href: string): Record<string, string> {
  const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(href)![1]!).replace(/\r\n/g, '\n');
  const parts = body.split(/^=== (.+) ===\n/m);
  const files: Record<string, string> = {};
  // Files are separated by one blank line; each ends with its own newline.
  for (let i = 1; i < parts.length; i += 2) files[parts[i]!] = i + 2 < parts.length ? parts[i + 1]!.replace(/\n\n$/, '\n') : parts[i + 1]!;
  return files;
}

/** The validator on a temp content root: the repository's organisers and venues plus these files. */
const validateZip = (name: string, zip: Record<string, Uint8Array>) =>
  validateContentFiles(join(scratch, name), zip, [...samples.organisers, ...samples.venues].map((file) => file.path));

describe('a picture in the submit form, in Swedish', () => {
  const m = t('sv').submit;
  const path = 'events/2027/2027-06-19-midsommardans-vid-alven.md';
  const picturePath = 'events/2027/2027-06-19-midsommardans-vid-alven.avif';

  it('refuses an SVG and a picture over 10 MB, asks for alt text, then zips the entry with its picture', async () => {
    const { context, page, errors } = await openForm('sv');
    await page.selectOption('#submit-type', 'concert');
    await page.fill('#submit-title', 'Midsommardans vid älven');
    await page.check('#submit-disciplines-music');
    await page.check('#submit-disciplines-dance');
    await page.fill('#submit-summary', 'Spelmän från Värmland och Innlandet spelar upp till dans.');
    await page.selectOption('#submit-organiser', organiser.id);
    await page.selectOption('#submit-venue', venueSe.id);
    await page.fill('#submit-startDate', '2027-06-19');
    await page.fill('#submit-startTime', '18:00');

    // Told by content, not by the name or the type the browser reports.
    await page.setInputFiles('#submit-image', svgAsPng);
    await expect.poll(() => fieldError(page, 'submit-image')).toBe(m.errors.pictureType);
    expect(await page.locator('.submit-picture').count()).toBe(0);
    await page.setInputFiles('#submit-image', hugeJpeg);
    await expect.poll(() => fieldError(page, 'submit-image')).toBe(m.errors.pictureSize);
    await createEntry(page);
    await page.locator('.submit-errors').waitFor();
    expect((await page.locator('.submit-errors li').allTextContents()).map((s) => s.trim())).toEqual([`${m.picture}: ${m.errors.pictureSize}`]);

    await page.setInputFiles('#submit-image', fixture('plum-blossom.avif'));
    await page.locator('.submit-picture__preview img').waitFor();
    expect(await fieldError(page, 'submit-image')).toBeNull();
    await createEntry(page);
    await page.locator('.submit-errors').waitFor();
    expect(await fieldError(page, 'submit-imageAlt')).toBe(m.errors.altRequired);
    // The summary links to the alt text field and takes focus there.
    await page.locator('.submit-errors').getByRole('link', { name: new RegExp(`^${m.pictureAlt.replace(/[()]/g, '\\$&')}:`) }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('submit-imageAlt');

    const alt = 'Tecknad plommonblomma i rosa på vit botten';
    await page.fill('#submit-imageAlt', alt);
    await page.fill('#submit-imageCredit', 'x'.repeat(121));
    await createEntry(page);
    await page.locator('.submit-errors').waitFor();
    expect(await fieldError(page, 'submit-imageCredit')).toBe(m.errors.tooLong.replace('{limit}', '120'));
    await page.fill('#submit-imageCredit', 'Ryo Hirafuji, CC BY 4.0');
    // The preview shows the picture with its alt text.
    expect(await page.locator('.submit-picture__preview img').getAttribute('alt')).toBe(alt);
    expect(await page.locator('.submit-picture__preview figcaption').textContent()).toContain(m.pictureAltShown.replace('{alt}', alt));
    expect(await page.locator('.submit-picture__preview img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(128);

    await createEntry(page);
    await page.locator('.submit-result').waitFor();
    expect(await page.locator('.submit-result').textContent()).toContain(m.pictureFile.replace('{path}', picturePath));
    const text = await page.locator('.submit-file textarea').inputValue();

    // fflate is loaded only when the zip is asked for.
    expect(await loaded(page, 'zip')).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: m.downloadZip }).click()]);
    expect(await loaded(page, 'zip')).toBe(true);
    expect(download.suggestedFilename()).toBe('2027-06-19-midsommardans-vid-alven.zip');
    const zip = await zipOf(download);
    expect(Object.keys(zip).sort()).toEqual([picturePath, path]);
    expect(strFromU8(zip[path]!)).toBe(text);
    expect(Buffer.from(zip[picturePath]!).equals(readFileSync(fixture('plum-blossom.avif')))).toBe(true);
    const content = validateZip('sv', zip);
    expect(content.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(content.events.find((e) => e.path === path)?.data.image).toEqual({ src: './2027-06-19-midsommardans-vid-alven.avif', alt, credit: 'Ryo Hirafuji, CC BY 4.0' });

    // The e-mail link holds the same Markdown as the download, and says to attach the picture.
    const href = (await page.locator('.submit-mail__link').getAttribute('href'))!;
    expect(href.startsWith(`mailto:${TEST_EDITORS_EMAIL}?`)).toBe(true);
    expect(mailFiles(href)).toEqual({ [path]: strFromU8(zip[path]!) });
    expect(decodeURIComponent(/[?&]subject=([^&]*)/.exec(href)![1]!)).toBe(m.mailSubject.replace('{title}', 'Midsommardans vid älven'));
    expect(decodeURIComponent(href)).toContain(m.mailPictureNote.replace('{path}', picturePath));
    expect(await page.locator('.submit-mail').textContent()).toContain(m.mailPictureHint);
    const [plain] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: m.download, exact: true }).click()]);
    expect(readFileSync((await plain.path())!, 'utf8')).toBe(mailFiles(href)[path]);

    await expectCleanAndClose({ context, page, errors });
  });
});

describe('a picture in the submit form, in Norwegian', () => {
  const m = t('nb').submit;
  const organiserPath = 'organisers/grensevaerket.md';
  const path = 'events/2027/2027-09-04-trykkverksted-for-barn.md';
  const picturePath = 'events/2027/2027-09-04-trykkverksted-for-barn.webp';

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`zips a new organiser, the entry and its picture; the e-mail link holds the same files (${colorScheme})`, async () => {
      const { context, page, errors } = await openForm('nb', colorScheme);
      await fillNewOrganiserEvent(page, {
        type: 'workshop', title: 'Trykkverksted for barn', discipline: 'crafts',
        summary: 'Barna lager egne plakater med linoleumstrykk.', organiserName: 'Grenseværket', startDate: '2027-09-04',
      });
      await page.fill('#submit-startTime', '11:00');
      await page.setInputFiles('#submit-image', svgAsPng);
      await expect.poll(() => fieldError(page, 'submit-image')).toBe(m.errors.pictureType);
      await page.setInputFiles('#submit-image', fixture('libwebp-test.webp'));
      await page.locator('.submit-picture__preview img').waitFor();
      await page.fill('#submit-imageAlt', 'Testbilde med fargeflater');
      // axe on the form with its preview, then on the result.
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await createEntry(page);
      await page.locator('.submit-result').waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: m.downloadZip }).click()]);
      const zip = await zipOf(download);
      expect(Object.keys(zip).sort()).toEqual([path, picturePath, organiserPath]);
      expect(Buffer.from(zip[picturePath]!).equals(readFileSync(fixture('libwebp-test.webp')))).toBe(true);
      const content = validateZip(`nb-${colorScheme}`, zip);
      expect(content.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
      expect(content.events.find((e) => e.path === path)?.data).toMatchObject({
        organisers: ['grensevaerket'], lang: 'nb', image: { src: './2027-09-04-trykkverksted-for-barn.webp', alt: 'Testbilde med fargeflater' },
      });

      const href = (await page.locator('.submit-mail__link').getAttribute('href'))!;
      expect(mailFiles(href)).toEqual({ [organiserPath]: strFromU8(zip[organiserPath]!), [path]: strFromU8(zip[path]!) });
      expect(decodeURIComponent(href)).toContain(m.mailPictureNote.replace('{path}', picturePath));

      await expectCleanAndClose({ context, page, errors });
    });
  }

  it('asks for the downloaded file to be attached when the entry is too long for an e-mail link', async () => {
    const { context, page, errors } = await openForm('nb');
    await fillNewOrganiserEvent(page, {
      type: 'talk', title: 'Samtale om grensekultur', discipline: 'literature',
      summary: 'Forfattere fra begge sider av grensen i samtale.', organiserName: 'Litteraturhuset på grensen', startDate: '2027-10-02',
    });
    await page.fill('#submit-description', 'Velkommen til en kveld om grenser, språk og litteratur. '.repeat(40));
    await createEntry(page);
    await page.locator('.submit-result').waitFor();
    const href = (await page.locator('.submit-mail__link').getAttribute('href'))!;
    expect(decodeURIComponent(/[?&]body=([^&]*)/.exec(href)![1]!)).toBe(m.mailTooLong);
    expect(await page.locator('.submit-mail').textContent()).toContain(m.mailTooLongHint);
    // No picture, several files: the zip holds them all.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: m.downloadZip }).click()]);
    expect(Object.keys(await zipOf(download)).sort()).toEqual(['events/2027/2027-10-02-samtale-om-grensekultur.md', 'organisers/litteraturhuset-pa-grensen.md']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
