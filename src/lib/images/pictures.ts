/**
 * Which resized copies of a picture the site publishes, and the `<picture>` markup data for them.
 * Astro's `getImage` (sharp) does the resizing; it is passed in so this module stays free of Astro
 * imports. Every set is made once per picture and role, however many pages show it.
 */
import { imageFacts } from './astro-imports.ts';
import type { GetImageResult, ImageMetadata, UnresolvedImageTransform } from 'astro';

/** Where a picture is shown: each place has its own `sizes`; the hero and cards share one set of files. */
export type PictureRole = 'hero' | 'card' | 'thumb' | 'logo';

/**
 * One set of widths serves the hero (at most 60rem wide) and the cards (full width on a phone,
 * a third of the screen on a wide one): 400 for small cards, 800 for a phone at 2× and
 * 1200 for the hero on large screens. Fewer files per picture keep a 3,000-picture build short.
 */
const pictureWidths = [400, 800, 1200] as const;
const logoWidths = [96, 192] as const;
/** The width of the plain JPEG/PNG for browsers without AVIF or WebP. */
const fallbackWidth = 800;

export const pictureSizes: Record<PictureRole, string> = {
  hero: '(min-width: 62rem) 60rem, calc(100vw - 2rem)',
  card: '(min-width: 70rem) 22rem, (min-width: 44rem) 45vw, calc(100vw - 2rem)',
  thumb: '7rem',
  logo: '6rem',
};

/** Encoder quality per format: visually clean at a size a phone loads quickly. */
const quality: Record<'avif' | 'webp' | 'jpeg' | 'png', number> = { avif: 55, webp: 72, jpeg: 76, png: 80 };

export interface PictureSource {
  type: string;
  srcset: string;
}

export interface PictureSet {
  /** AVIF then WebP: the browser takes the first it supports. */
  sources: PictureSource[];
  /** The `<img>`: one JPEG (PNG for logos, which may be transparent) for browsers without either; its box is the largest copy's. */
  img: { src: string; width: number; height: number };
  /** The smallest WebP: search results and other thumbnails. */
  thumbnail: string;
  /** Taller than wide (a flyer): shown whole, never cropped to a strip. */
  shape: 'landscape' | 'square' | 'portrait';
}

/** An absolute-size copy for search engines, social cards and feeds. */
export interface PictureCopy {
  src: string;
  width: number;
  height: number;
  type: string;
}

export type GetImage = (options: UnresolvedImageTransform) => Promise<GetImageResult>;

/** The widths of a role that the original can fill, and the original's own width when it is narrower than the largest. */
export function widthsFor(role: PictureRole, originalWidth: number): number[] {
  const wanted: readonly number[] = role === 'logo' ? logoWidths : pictureWidths;
  const fitting = wanted.filter((w) => w <= originalWidth);
  if (originalWidth < wanted.at(-1)! && !fitting.includes(originalWidth)) fitting.push(originalWidth);
  return fitting;
}

export function shapeOf(width: number, height: number): PictureSet['shape'] {
  const ratio = width / height;
  return ratio > 1.1 ? 'landscape' : ratio < 0.9 ? 'portrait' : 'square';
}


/** Makes picture sets and fixed copies through `getImage`, each once per picture. */
export function createPictures(getImage: GetImage) {
  const sets = new Map<string, Promise<PictureSet>>();
  const copies = new Map<string, Promise<PictureCopy>>();

  async function makeSet(image: ImageMetadata, kind: 'picture' | 'logo'): Promise<PictureSet> {
    const facts = imageFacts(image);
    const widths = widthsFor(kind === 'logo' ? 'logo' : 'hero', facts.width);
    const largest = widths.at(-1)!;
    const fallback = kind === 'logo' && facts.format === 'png' ? 'png' : 'jpeg';
    const variant = (format: 'avif' | 'webp') => getImage({ src: image, format, widths, width: largest, quality: quality[format] });
    const [avif, webp, plain] = await Promise.all([
      variant('avif'),
      variant('webp'),
      getImage({ src: image, format: fallback, width: Math.min(kind === 'logo' ? largest : fallbackWidth, facts.width), quality: quality[fallback] }),
    ]);
    return {
      sources: [
        { type: 'image/avif', srcset: avif.srcSet.attribute },
        { type: 'image/webp', srcset: webp.srcSet.attribute },
      ],
      img: { src: plain.src, width: largest, height: Math.round((largest * facts.height) / facts.width) },
      thumbnail: webp.srcSet.values[0]?.url ?? webp.src,
      shape: shapeOf(facts.width, facts.height),
    };
  }

  async function makeCopy(image: ImageMetadata, width: number, height: number | undefined): Promise<PictureCopy> {
    const facts = imageFacts(image);
    // Never enlarged: a crop is as wide as the original allows at that aspect ratio.
    const fitted = Math.floor(Math.min(width, facts.width, height === undefined ? Infinity : (facts.height * width) / height));
    const options: UnresolvedImageTransform = { src: image, format: 'jpeg', width: fitted, quality: quality.jpeg };
    let outHeight = Math.round((fitted * facts.height) / facts.width);
    if (height !== undefined) {
      outHeight = Math.round((fitted * height) / width);
      Object.assign(options, { height: outHeight, fit: 'cover', position: 'center' });
    }
    const result = await getImage(options);
    return { src: result.src, width: fitted, height: outHeight, type: 'image/jpeg' };
  }

  return {
    /** The `<picture>` data of an event picture (`picture`) or an organiser's `logo`. */
    set(image: ImageMetadata, kind: 'picture' | 'logo'): Promise<PictureSet> {
      const key = `${imageFacts(image).src}|${kind}`;
      let made = sets.get(key);
      if (!made) sets.set(key, (made = makeSet(image, kind)));
      return made;
    },
    /**
     * One JPEG `width` wide (never wider than the original); with `height`, cropped from the centre
     * to that aspect ratio (the 1:1, 4:3 and 16:9 copies search engines ask for, the 1200×630 card).
     */
    copy(image: ImageMetadata, width: number, height?: number): Promise<PictureCopy> {
      const key = `${imageFacts(image).src}|${width}x${height ?? ''}`;
      let made = copies.get(key);
      if (!made) copies.set(key, (made = makeCopy(image, width, height)));
      return made;
    },
  };
}

export type Pictures = ReturnType<typeof createPictures>;

/** The copies structured data lists: 16:9, 4:3 and 1:1, 1200 px wide where the original allows. */
export const structuredDataShapes = [[1200, 675], [1200, 900], [1200, 1200]] as const;
/** A social card's size (Open Graph, X, Mastodon). */
export const socialCardShape = [1200, 630] as const;
