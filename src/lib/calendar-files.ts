/**
 * Every iCalendar file of the site (SPEC §5) with its path under `dist/`: each language's feeds
 * and each entry's own calendar file. One list, so the build, the dev server and the tests agree
 * on which files exist.
 */
import type { Catalogue } from './catalogue.ts';
import { catalogueOfContent } from './content.ts';
import { allFeeds, createFeedWriter, feedPath, type FeedWriter } from './feeds.ts';
import { readRevisions } from './revisions.ts';
import { uiLangs } from './taxonomy.ts';
import { urls } from './urls.ts';

export interface CalendarFile {
  /** Path under the site root, e.g. `/feeds/sv/all.ics` or `/nb/events/{id}.ics`. */
  path: string;
  /** The file's text, written on demand: a caller looking for one file need not write them all. */
  text: () => string;
}

export function* calendarFiles(catalogue: Catalogue, writer: FeedWriter): Generator<CalendarFile> {
  for (const lang of uiLangs) {
    for (const feed of allFeeds(catalogue)) yield { path: feedPath(lang, feed), text: () => writer.feed(lang, feed) };
    for (const entry of catalogue.byId.values()) yield { path: urls.eventIcs(lang, entry.id), text: () => writer.entryCalendar(lang, entry) };
  }
}

/**
 * The calendar files of the content under `contentRoot`, read from disk as the build's loader
 * reads it (outside Astro's collections: the build writes these on a worker thread).
 */
export function calendarFilesOfContent(contentRoot: string, site: string): Generator<CalendarFile> {
  const catalogue = catalogueOfContent(contentRoot);
  return calendarFiles(catalogue, createFeedWriter(catalogue, { site, revisions: readRevisions(contentRoot) }));
}
