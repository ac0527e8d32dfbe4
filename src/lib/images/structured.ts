/** A published picture in the forms other software reads: schema.org ImageObjects and open-data records. */
import { absoluteUrl } from '../urls.ts';
import type { PublishedPicture } from './published.ts';

/** The 16:9, 4:3 and 1:1 copies as schema.org ImageObjects, with the credit as `creditText`. */
export function structuredImages(picture: PublishedPicture, site: string): Record<string, unknown>[] {
  return picture.structured.map((copy) => ({
    '@type': 'ImageObject',
    contentUrl: absoluteUrl(copy.src, site),
    url: absoluteUrl(copy.src, site),
    width: copy.width,
    height: copy.height,
    encodingFormat: copy.type,
    caption: picture.alt,
    ...(picture.credit ? { creditText: picture.credit } : {}),
  }));
}

/** `image` of an entry in events.json (docs/data.md): the largest copy and the shapes for reuse. */
export function openDataImage(picture: PublishedPicture, site: string) {
  return {
    alt: picture.alt,
    credit: picture.credit ?? null,
    width: picture.width,
    height: picture.height,
    url: absoluteUrl(picture.social.src, site),
    copies: picture.structured.map((copy) => ({ url: absoluteUrl(copy.src, site), width: copy.width, height: copy.height, type: copy.type })),
  };
}
