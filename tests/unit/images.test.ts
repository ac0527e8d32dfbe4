import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bytesSource, inspectPicture } from '../../src/lib/images/inspect.ts';
import { ASTRO_IMAGE_PREFIX, withAstroImages } from '../../src/lib/images/astro-imports.ts';
import { createPictures, shapeOf, widthsFor, type GetImage } from '../../src/lib/images/pictures.ts';
import { repoRoot } from '../helpers/builds.ts';

/** A real photo with camera EXIF and GPS tags (provenance and licence: docs/credits.md). */
const gpsPhoto = readFileSync(resolve(repoRoot, 'tests/fixtures/site/events/a/gps-photo.jpg'));

async function encoded(format: 'jpeg' | 'png' | 'webp' | 'avif', width: number, height: number, options: Record<string, unknown> = {}): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background: '#1d4e89' } });
  return base.toFormat(format, options).toBuffer();
}

const inspect = (bytes: Uint8Array, name: string) => inspectPicture(bytesSource(bytes), name);

describe('inspectPicture', () => {
  it('reads format and size of files sharp and a camera wrote', async () => {
    expect(inspect(gpsPhoto, 'photo.jpg')).toEqual({ ok: true, facts: { format: 'jpeg', width: 640, height: 480 } });
    expect(inspect(await encoded('png', 300, 200), 'a.png')).toEqual({ ok: true, facts: { format: 'png', width: 300, height: 200 } });
    expect(inspect(await encoded('webp', 301, 199), 'a.webp')).toEqual({ ok: true, facts: { format: 'webp', width: 301, height: 199 } });
    expect(inspect(await encoded('webp', 64, 48, { lossless: true }), 'a.webp')).toEqual({ ok: true, facts: { format: 'webp', width: 64, height: 48 } });
    expect(inspect(await encoded('avif', 320, 240), 'a.AVIF')).toEqual({ ok: true, facts: { format: 'avif', width: 320, height: 240 } });
    expect(inspect(await encoded('jpeg', 120, 90), 'a.jpeg')).toMatchObject({ ok: true, facts: { width: 120, height: 90 } });
  });

  it('finds every format cut off part-way', async () => {
    for (const [format, name] of [['jpeg', 'a.jpg'], ['png', 'a.png'], ['webp', 'a.webp'], ['avif', 'a.avif']] as const) {
      const whole = format === 'jpeg' ? gpsPhoto : await encoded(format, 400, 300);
      const result = inspect(whole.subarray(0, Math.floor(whole.length * 0.7)), name);
      expect(result, format).toMatchObject({ ok: false });
      if (!result.ok) expect(result.problem, format).toMatch(/cut off|damaged/);
    }
  });

  it('refuses SVG, GIF, a wrong extension, nonsense and files over 10 MB', async () => {
    const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(inspect(svg, 'a.jpg')).toEqual({ ok: false, problem: 'is an SVG drawing: pictures must be JPEG, PNG, WebP or AVIF' });
    expect(inspect(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).gif().toBuffer(), 'a.gif'))
      .toEqual({ ok: false, problem: 'is a GIF: pictures must be JPEG, PNG, WebP or AVIF' });
    expect(inspect(await encoded('webp', 10, 10), 'a.jpg')).toEqual({ ok: false, problem: 'is a WebP file with a .jpg name: rename it to end in .webp' });
    expect(inspect(Buffer.from('hello, this is not a picture at all'), 'a.png')).toMatchObject({ ok: false, problem: expect.stringContaining('not a picture') });
    expect(inspectPicture({ size: 10_000_001, read: () => gpsPhoto }, 'a.jpg')).toMatchObject({ ok: false, problem: expect.stringContaining('at most 10 MB') });
  });
});

describe('picture sets', () => {
  it('never asks for a copy wider than the original', () => {
    expect(widthsFor('hero', 4000)).toEqual([400, 800, 1200]);
    expect(widthsFor('card', 640)).toEqual([400, 640]);
    expect(widthsFor('hero', 300)).toEqual([300]);
    expect(widthsFor('logo', 150)).toEqual([96, 150]);
    expect([shapeOf(1600, 1067), shapeOf(1240, 1754), shapeOf(1000, 1000)]).toEqual(['landscape', 'portrait', 'square']);
  });

  it('marks picture sources for Astro and leaves the rest alone', () => {
    const data = { title: 'x', image: { src: './a.jpg', alt: 'A', credit: 'C' } };
    expect(withAstroImages(data)).toEqual({ title: 'x', image: { src: `${ASTRO_IMAGE_PREFIX}./a.jpg`, alt: 'A', credit: 'C' } });
    expect(data.image.src).toBe('./a.jpg');
    expect(withAstroImages({ title: 'y' })).toEqual({ title: 'y' });
  });

  it('asks getImage once per picture, whatever the number of pages, and crops without enlarging', async () => {
    const calls: Record<string, unknown>[] = [];
    const getImage = (async (options) => {
      calls.push(options as Record<string, unknown>);
      const o = options as { format: string; width: number; widths?: number[] };
      const values = (o.widths ?? [o.width]).map((w) => ({ url: `/_astro/p_${w}.${o.format}`, descriptor: `${w}w` }));
      return { src: `/_astro/p_${o.width}.${o.format}`, srcSet: { values, attribute: values.map((v) => `${v.url} ${v.descriptor}`).join(', ') } };
    }) as GetImage;
    const pictures = createPictures(getImage);
    const image = { src: '/p.jpg', width: 1600, height: 1000, format: 'jpg' } as const;
    const [a, b] = await Promise.all([pictures.set(image, 'picture'), pictures.set(image, 'picture')]);
    expect(a).toBe(b);
    expect(calls).toHaveLength(3);
    expect(a.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    expect(a.sources[0]!.srcset).toBe('/_astro/p_400.avif 400w, /_astro/p_800.avif 800w, /_astro/p_1200.avif 1200w');
    expect(a.img).toEqual({ src: '/_astro/p_800.jpeg', width: 1200, height: 750 });
    expect(a.thumbnail).toBe('/_astro/p_400.webp');
    // 1:1 from a 1600×1000 original: 1000×1000 at most.
    expect(await pictures.copy(image, 1200, 1200)).toMatchObject({ width: 1000, height: 1000 });
    expect(calls.at(-1)).toMatchObject({ width: 1000, height: 1000, fit: 'cover', format: 'jpeg' });
    expect(await pictures.copy(image, 1200, 630)).toMatchObject({ width: 1200, height: 630 });
  });
});
