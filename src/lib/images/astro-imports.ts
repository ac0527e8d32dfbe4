/**
 * Hands `image.src` and `logo.src` to Astro's asset pipeline: the data store treats a string with
 * this prefix as an image import beside the entry's file (what the `image()` schema helper does for
 * glob collections), and `getCollection` gives it back as ImageMetadata that `getImage` can resize.
 */
import type { ImageMetadata } from 'astro';

/** The marker Astro's data store looks for (astro/dist/content/consts.js IMAGE_IMPORT_PREFIX). */
export const ASTRO_IMAGE_PREFIX = '__ASTRO_IMAGE_';
/** Astro's map of content image imports in `.astro/` (astro/dist/content/consts.js ASSET_IMPORTS_FILE). */
export const ASSET_IMPORTS_FILE = 'content-assets.mjs';

type WithPictures = { image?: { src: string } | undefined; logo?: { src: string } | undefined };

/** A copy of `data` with its picture sources marked as Astro image imports. */
export function withAstroImages<Data extends object>(data: Data): Data {
  const pictures = data as WithPictures;
  const copy = { ...data } as Data & WithPictures;
  if (pictures.image) copy.image = { ...pictures.image, src: `${ASTRO_IMAGE_PREFIX}${pictures.image.src}` };
  if (pictures.logo) copy.logo = { ...pictures.logo, src: `${ASTRO_IMAGE_PREFIX}${pictures.logo.src}` };
  return copy;
}

/** What an `image` or `logo` field holds once Astro has read the collection. */
export interface PictureField {
  /** ImageMetadata in the build; the plain `./file.jpg` outside it (validator, scripts). */
  src: ImageMetadata | string;
  alt: string;
  credit?: string | undefined;
}

/** The ImageMetadata of a picture field, or undefined outside Astro (or when Astro could not resolve it). */
export function imageMetadataOf(field: PictureField | undefined): ImageMetadata | undefined {
  const src = field?.src;
  return src !== undefined && typeof src === 'object' ? src : undefined;
}

/**
 * The plain facts of an imported image. Astro publishes an original as it is (EXIF and GPS data
 * included) once any property of its ImageMetadata is read, except through `clone`: facts are
 * read from the clone so that only the resized copies, which sharp writes without metadata, ship.
 */
export function imageFacts(image: ImageMetadata): ImageMetadata {
  return (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
}
