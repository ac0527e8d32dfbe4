/** The build's pictures: Astro's getImage behind src/lib/images, one instance for every page and endpoint. */
import { getImage } from 'astro:assets';
import type { Entry, Organiser } from '../lib/catalogue.ts';
import type { PictureField } from '../lib/images/astro-imports.ts';
import { createPictures } from '../lib/images/pictures.ts';
import { createPublisher, type PublishedLogo, type PublishedPicture } from '../lib/images/published.ts';

const publisher = createPublisher(createPictures(getImage));

/** An entry's picture in every form the site publishes; undefined when it has none. */
export function entryPicture(entry: Entry): Promise<PublishedPicture | undefined> {
  return publisher.picture(entry.data.image as PictureField | undefined);
}

/** An organiser's logo; undefined when it has none. */
export function organiserLogo(organiser: Organiser): Promise<PublishedLogo | undefined> {
  return publisher.logo(organiser.data.logo as PictureField | undefined);
}

/** The pictures of `entries` by entry id (entries without one are left out): for feeds and open data. */
export async function picturesById(entries: readonly Entry[]): Promise<Map<string, PublishedPicture>> {
  const found = await Promise.all(entries.map(async (entry) => [entry.id, await entryPicture(entry)] as const));
  return new Map(found.filter((pair): pair is readonly [string, PublishedPicture] => pair[1] !== undefined));
}
