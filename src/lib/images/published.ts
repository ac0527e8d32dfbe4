/**
 * An entry's or organiser's picture as every place that shows it needs it: the `<picture>` set,
 * the fixed copies for structured data and social cards, and the words that go with it.
 */
import type { ImageMetadata } from 'astro';
import { imageFacts, imageMetadataOf, type PictureField } from './astro-imports.ts';
import { socialCardShape, structuredDataShapes, type PictureCopy, type PictureSet, type Pictures } from './pictures.ts';

export interface PublishedPicture {
  alt: string;
  credit?: string | undefined;
  /** The original's size (after any EXIF rotation Astro applied). */
  width: number;
  height: number;
  set: PictureSet;
  /** 16:9, 4:3 and 1:1 crops, up to 1200 px wide: schema.org `image`. */
  structured: PictureCopy[];
  /** 1200×630 (or smaller when the original is): Open Graph and the social card. */
  social: PictureCopy;
}

export interface PublishedLogo {
  alt: string;
  credit?: string | undefined;
  set: PictureSet;
}

async function publish(pictures: Pictures, field: PictureField, image: ImageMetadata): Promise<PublishedPicture> {
  const [set, social, ...structured] = await Promise.all([
    pictures.set(image, 'picture'),
    pictures.copy(image, ...socialCardShape),
    ...structuredDataShapes.map(([w, h]) => pictures.copy(image, w, h)),
  ]);
  const facts = imageFacts(image);
  return { alt: field.alt, credit: field.credit, width: facts.width, height: facts.height, set, structured, social };
}

/** Makes the published form of pictures once per field, however many pages ask. */
export function createPublisher(pictures: Pictures) {
  const published = new Map<ImageMetadata, Promise<PublishedPicture>>();
  const logos = new Map<ImageMetadata, Promise<PublishedLogo>>();
  return {
    picture(field: PictureField | undefined): Promise<PublishedPicture | undefined> {
      const image = imageMetadataOf(field);
      if (!field || !image) return Promise.resolve(undefined);
      let made = published.get(image);
      if (!made) published.set(image, (made = publish(pictures, field, image)));
      return made;
    },
    logo(field: PictureField | undefined): Promise<PublishedLogo | undefined> {
      const image = imageMetadataOf(field);
      if (!field || !image) return Promise.resolve(undefined);
      let made = logos.get(image);
      if (!made) logos.set(image, (made = pictures.set(image, 'logo').then((set) => ({ alt: field.alt, credit: field.credit, set }))));
      return made;
    },
  };
}
