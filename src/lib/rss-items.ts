/**
 * Items of the per-language RSS feed (`/feeds/{lang}/rss.xml`): what is coming up, in the order
 * it is listed on the site, with titles and summaries in the feed's language where translated.
 */
import type { Entry } from './catalogue.ts';
import { localizedText } from './catalogue.ts';
import { t } from './i18n/index.ts';
import { disciplineNames, typeNames, type UiLang } from './taxonomy.ts';
import { entryRevision, REVISION_EPOCH, type Revisions } from './revisions.ts';
import { absoluteUrl, urls } from './urls.ts';
import type { PublishedPicture } from './images/published.ts';

/** A feed reader needs the next few months, not ten thousand items. */
export const RSS_ITEM_LIMIT = 200;

export interface RssItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  categories: string[];
  /** A Media RSS `<media:content>` for the entry's picture (namespace `media`, declared by the feed). */
  customData?: string;
}

/** The Media RSS namespace the feed declares for pictures. */
export const MEDIA_RSS_NAMESPACE = 'http://search.yahoo.com/mrss/';

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => xmlEscapes[c]!);

/** `<media:content>` for a picture: the 1200-wide social copy, with its text alternative and credit. */
export function mediaContent(picture: PublishedPicture, site: string): string {
  const copy = picture.social;
  const credit = picture.credit ? `<media:credit>${escapeXml(picture.credit)}</media:credit>` : '';
  return `<media:content url="${escapeXml(absoluteUrl(copy.src, site))}" medium="image" type="${copy.type}" width="${copy.width}" height="${copy.height}">`
    + `<media:description type="plain">${escapeXml(picture.alt)}</media:description>${credit}</media:content>`;
}

/**
 * When the entry last changed, never the build's clock, so two builds of the same commit write
 * the same feed: its revision (git history or `updated`, src/lib/revisions.ts), else its first
 * start or deadline, else REVISION_EPOCH.
 */
export function publishedAt(entry: Entry, revision: Date | undefined): Date {
  return revision ?? entry.occurrences[0]?.startInstant ?? entry.deadline?.instant ?? REVISION_EPOCH;
}

export function rssItem(entry: Entry, lang: UiLang, site: string, revision?: Date, picture?: PublishedPicture): RssItem {
  const m = t(lang);
  const text = localizedText(entry, lang);
  const status = entry.data.status;
  const title = status === 'cancelled' ? m.icsCancelled(text.title) : status === 'postponed' ? m.icsPostponed(text.title) : text.title;
  return {
    title,
    link: absoluteUrl(urls.event(lang, entry.id), site),
    description: text.summary,
    pubDate: publishedAt(entry, revision),
    categories: [typeNames[entry.data.type][lang], ...entry.data.disciplines.map((d) => disciplineNames[d][lang])],
    ...(picture ? { customData: mediaContent(picture, site) } : {}),
  };
}

/** The upcoming entries (already in listing order), capped at RSS_ITEM_LIMIT. */
export function rssItems(upcoming: readonly Entry[], lang: UiLang, site: string, revisions: Revisions, pictures: ReadonlyMap<string, PublishedPicture> = new Map()): RssItem[] {
  return upcoming.slice(0, RSS_ITEM_LIMIT).map((entry) => rssItem(entry, lang, site, entryRevision(entry, revisions), pictures.get(entry.id)));
}
