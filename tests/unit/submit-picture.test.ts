/**
 * The submit form's picture, zip and e-mail, without a browser: formats told by content (real
 * files from tests/fixtures/pictures), the entry's `image` field, the zip's layout, the mailto body.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDraft, checkDraft, formFiles, picturePath } from '../../src/lib/submit/draft.ts';
import { emptyValues, type Choices, type FormValues } from '../../src/lib/submit/form.ts';
import { checkPicture, PICTURE_MAX_BYTES, pictureFileName, pictureFormat } from '../../src/lib/submit/picture.ts';
import { editorsMailto, fileHeading, MAILTO_MAX_LENGTH } from '../../src/lib/submit/mail.ts';
import { zipEntry } from '../../src/lib/submit/zip.ts';
import { repoRoot } from '../helpers/builds.ts';

const picture = (name: string) => new Uint8Array(readFileSync(resolve(repoRoot, 'tests/fixtures/pictures', name)));

describe('picture formats, told by the first bytes', () => {
  it('knows the four formats the site publishes, from files real encoders wrote', () => {
    expect(pictureFormat(picture('nodejs-white-stripe.jpg'))).toBe('jpeg');
    expect(pictureFormat(picture('plum-blossom.png'))).toBe('png');
    expect(pictureFormat(picture('libwebp-test.webp'))).toBe('webp');
    expect(pictureFormat(picture('plum-blossom.avif'))).toBe('avif');
  });

  it('refuses SVG and whatever else, whatever the name says', () => {
    expect(checkPicture(picture('plum-blossom.svg'), 4750)).toEqual({ problem: 'pictureType' });
    expect(pictureFormat(new TextEncoder().encode('GIF89a\x01\x00\x01\x00'))).toBeUndefined();
    expect(pictureFormat(new TextEncoder().encode('%PDF-1.7\n'))).toBeUndefined();
    expect(pictureFormat(new Uint8Array())).toBeUndefined();
    // An ISO-BMFF file of another brand (HEIC from a phone) is not AVIF.
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0, ...new TextEncoder().encode('mif1heic')]);
    expect(pictureFormat(heic)).toBeUndefined();
    // AVIF named as a compatible brand only (some encoders write mif1 as the major brand).
    const compatible = new Uint8Array([0, 0, 0, 28, ...new TextEncoder().encode('ftypmif1'), 0, 0, 0, 0, ...new TextEncoder().encode('mif1avifmiaf')]);
    expect(pictureFormat(compatible)).toBe('avif');
  });

  it('refuses pictures over 10 MB', () => {
    const head = picture('nodejs-white-stripe.jpg');
    expect(checkPicture(head, PICTURE_MAX_BYTES)).toEqual({ format: 'jpeg' });
    expect(checkPicture(head, PICTURE_MAX_BYTES + 1)).toEqual({ problem: 'pictureSize' });
  });

  it('names the file after the entry, with the extension of its real format', () => {
    expect(pictureFileName('2027-06-12-varkonsert', 'jpeg')).toBe('2027-06-12-varkonsert.jpg');
    expect(pictureFileName('2027-06-12-varkonsert', 'avif')).toBe('2027-06-12-varkonsert.avif');
  });
});

const choices: Choices = {
  organisers: [{ id: 'ok-organiser', name: 'Testföreningen' }],
  venues: [{ id: 'ok-venue-se', name: 'Testhallen', city: 'Arvika', country: 'SE' }],
};
const now = new Date('2026-11-27T12:00:00Z');
const concert = (changes: Partial<FormValues> = {}): FormValues => ({
  ...emptyValues('sv'),
  type: 'concert', title: 'Vårkonsert i Arvika', disciplines: ['music'], summary: 'Folkmusik från båda sidor om gränsen.',
  organiser: 'ok-organiser', venue: 'ok-venue-se', startDate: '2027-06-12', startTime: '19:00',
  ...changes,
});
const check = (values: FormValues) => checkDraft(buildDraft(values, choices), values, choices).map((e) => `${e.field} ${e.rule}${e.limit ? ` ${e.limit}` : ''}`);

describe('the picture in the entry', () => {
  it('writes image: {src, alt, credit} with a safe name beside the entry', () => {
    const values = concert({ image: 'Affisch (slutlig) v2.JPG', imageFormat: 'jpeg', imageAlt: 'Fem spelmän på en brygga', imageCredit: 'Foto: Åsa Berg' });
    expect(check(values)).toEqual([]);
    const draft = buildDraft(values, choices);
    expect(draft.entry.image).toEqual({ src: './2027-06-12-varkonsert-i-arvika.jpg', alt: 'Fem spelmän på en brygga', credit: 'Foto: Åsa Berg' });
    expect(picturePath(draft, now)).toBe('events/2027/2027-06-12-varkonsert-i-arvika.jpg');
    const [file] = formFiles(draft, now);
    expect(file!.text).toContain('image:\n  src: ./2027-06-12-varkonsert-i-arvika.jpg\n  alt: Fem spelmän på en brygga\n  credit: \'Foto: Åsa Berg\'\n');
  });

  it('needs alt text, keeps the credit within 120 characters, and reports a refused picture', () => {
    expect(check(concert({ image: 'a.png', imageFormat: 'png', imageAlt: '  ' }))).toEqual(['imageAlt altRequired']);
    expect(check(concert({ image: 'a.png', imageFormat: 'png', imageAlt: 'Affisch', imageCredit: 'x'.repeat(121) }))).toEqual(['imageCredit tooLong 120']);
    expect(check(concert({ image: 'a.svg', imageProblem: 'pictureType' }))).toEqual(['image pictureType']);
    expect(check(concert({ image: 'huge.jpg', imageProblem: 'pictureSize' }))).toEqual(['image pictureSize']);
    // Without a picture, alt text alone writes nothing.
    expect(buildDraft(concert({ imageAlt: 'Affisch' }), choices).entry.image).toBeUndefined();
  });
});

describe('the zip and the e-mail', () => {
  const values = concert({ image: 'poster.webp', imageFormat: 'webp', imageAlt: 'Affisch' });
  const draft = buildDraft(values, choices);
  const files = formFiles(draft, now);

  it('zips the files at their paths with the picture beside the entry, byte for byte', () => {
    const bytes = picture('libwebp-test.webp');
    const zip = unzipSync(zipEntry(files, { path: picturePath(draft, now)!, bytes }));
    expect(Object.keys(zip).sort()).toEqual(['events/2027/2027-06-12-varkonsert-i-arvika.md', 'events/2027/2027-06-12-varkonsert-i-arvika.webp']);
    expect(strFromU8(zip['events/2027/2027-06-12-varkonsert-i-arvika.md']!)).toBe(files[0]!.text);
    expect(zip['events/2027/2027-06-12-varkonsert-i-arvika.webp']).toEqual(bytes);
  });

  const texts = { subject: 'Nytt bidrag: Vårkonsert', intro: 'Hej!', pictureNote: 'Bifoga bilden.', tooLong: 'Bifoga filen.' };

  it('puts each file in the body after a line with its path, with CRLF line breaks (RFC 6068)', () => {
    const { href, complete } = editorsMailto('redaktionen@kulturbro.example', files, texts);
    expect(complete).toBe(true);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('redaktionen@kulturbro.example');
    expect(href.replace(/%0D%0A/g, '')).not.toContain('%0A');
    const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(href)![1]!);
    expect(decodeURIComponent(/[?&]subject=([^&]*)/.exec(href)![1]!)).toBe('Nytt bidrag: Vårkonsert');
    expect(body.startsWith('Hej!\r\n\r\nBifoga bilden.\r\n\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '\n').split(`${fileHeading(files[0]!.path)}\n`)[1]).toBe(files[0]!.text);
  });

  it('asks for the files as attachments when the link would be too long', () => {
    const long = formFiles(buildDraft(concert({ description: 'Välkommen! '.repeat(300) }), choices), now);
    const { href, complete } = editorsMailto('redaktionen@kulturbro.example', long, texts);
    expect(complete).toBe(false);
    expect(href.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(decodeURIComponent(/[?&]body=([^&]*)/.exec(href)![1]!)).toBe('Bifoga filen.');
  });
});
