/**
 * Which entries go in which calendar feed (SPEC §5), what each feed is called, and the writer
 * that turns a feed into iCalendar text. Each entry's VEVENTs are written once per language and
 * shared by every feed that holds it: at 10,000 entries there are hundreds of feeds.
 */
import type { Catalogue, Entry } from './catalogue.ts';
import { organiserName } from './catalogue.ts';
import { t } from './i18n/index.ts';
import { calendarDocument, calendarOverhead, entryVevents, vtimezoneText, type CalendarMeta, type IcsContext, type VeventBlock } from './ics.ts';
import { disciplineNames, disciplines, entryTypes, isOpportunityType, regionIds, regions, typeNames, uiLangs, type UiLang } from './taxonomy.ts';
import { absoluteUrl, urls, type FeedFacet } from './urls.ts';

/** A feed holds what ended at most this many days before the build, and everything later. */
export const FEED_WINDOW_DAYS = 90;
/**
 * No feed grows beyond this many bytes (Google Calendar reportedly stops reading near 1 MB):
 * when a feed's VEVENTs do not fit, the nearest ones are kept (see `withinBudget`).
 */
export const FEED_BYTE_LIMIT = 1_000_000;
const DAY_MS = 86_400_000;

export const feedFacets = ['region', 'discipline', 'type', 'organiser', 'venue'] as const satisfies readonly FeedFacet[];

export type Feed =
  | { kind: 'all' }
  | { kind: 'events' }
  | { kind: 'opportunities' }
  | { kind: 'facet'; facet: FeedFacet; id: string };

/** The oldest end a feed still shows. */
export function windowStart(now: Date): Date {
  return new Date(now.getTime() - FEED_WINDOW_DAYS * DAY_MS);
}

/** Whether anything of the entry ended inside the window (or is still to come). */
export function inWindow(entry: Entry, now: Date): boolean {
  return entry.lastInstant !== undefined && entry.lastInstant >= windowStart(now);
}

/** Every id a facet has a feed for, used or not: a subscription never points at a missing file. */
export function facetIds(catalogue: Catalogue, facet: FeedFacet): string[] {
  switch (facet) {
    case 'region': return [...regionIds];
    case 'discipline': return [...disciplines];
    case 'type': return [...entryTypes];
    case 'organiser': return [...catalogue.organisers.keys()].sort();
    case 'venue': return [...catalogue.venues.keys()].sort();
  }
}

/** Every feed of the site (the same set in each language). */
export function allFeeds(catalogue: Catalogue): Feed[] {
  return [
    { kind: 'all' },
    { kind: 'events' },
    { kind: 'opportunities' },
    ...feedFacets.flatMap((facet) => facetIds(catalogue, facet).map((id): Feed => ({ kind: 'facet', facet, id }))),
  ];
}

/** The entries a feed is about, before the window: straight from the catalogue's groupings. */
export function feedEntries(catalogue: Catalogue, feed: Feed): readonly Entry[] {
  switch (feed.kind) {
    case 'all': return catalogue.entries;
    case 'events': return catalogue.entries.filter((e) => e.kind === 'event');
    case 'opportunities': return catalogue.entries.filter((e) => e.kind === 'opportunity');
    case 'facet': return facetGroups(catalogue)[feed.facet].get(feed.id as never) ?? [];
  }
}

function facetGroups(catalogue: Catalogue): Record<FeedFacet, Map<string, Entry[]>> {
  return {
    region: catalogue.byRegion,
    discipline: catalogue.byDiscipline,
    type: catalogue.byType,
    organiser: catalogue.byOrganiser,
    venue: catalogue.byVenue,
  };
}

export function feedPath(lang: UiLang, feed: Feed): string {
  switch (feed.kind) {
    case 'all': return urls.feedAll(lang);
    case 'events': return urls.feedEvents(lang);
    case 'opportunities': return urls.feedOpportunities(lang);
    case 'facet': return urls.feed(lang, feed.facet, feed.id);
  }
}

/** A facet value's name in a language: "Värmland", "Musikk", "The North Stage Collective". */
export function facetName(catalogue: Catalogue, facet: FeedFacet, id: string, lang: UiLang): string {
  switch (facet) {
    case 'region': return regions[id as keyof typeof regions].names[lang];
    case 'discipline': return disciplineNames[id as keyof typeof disciplineNames][lang];
    case 'type': return typeNames[id as keyof typeof typeNames][lang];
    case 'organiser': return organiserName(catalogue.organisers.get(id)!, lang);
    case 'venue': return catalogue.venues.get(id)!.data.name;
  }
}

/** Name, description, the page it mirrors and its own address, in the feed's language. */
export function feedMeta(catalogue: Catalogue, feed: Feed, lang: UiLang, site: string): CalendarMeta {
  const m = t(lang);
  const source = absoluteUrl(feedPath(lang, feed), site);
  const page = (path: string) => absoluteUrl(path, site);
  switch (feed.kind) {
    case 'all': return { lang, name: m.feedNameAll, description: m.feedDescriptionAll, url: page(urls.home(lang)), source };
    case 'events': return { lang, name: m.feedNameEvents, description: m.feedDescriptionEvents, url: page(urls.home(lang)), source };
    case 'opportunities':
      return { lang, name: m.feedNameOpportunities, description: m.feedDescriptionOpportunities, url: page(urls.opportunities(lang)), source };
    case 'facet': {
      const name = facetName(catalogue, feed.facet, feed.id, lang);
      const description = {
        region: m.feedDescriptionRegion,
        discipline: m.feedDescriptionTopic,
        type: m.feedDescriptionTopic,
        organiser: m.feedDescriptionOrganiser,
        venue: m.feedDescriptionVenue,
      }[feed.facet](name);
      const url =
        feed.facet === 'type'
          ? page(isOpportunityType(feed.id as never) ? urls.opportunities(lang) : urls.home(lang))
          : page(urls.facet(lang, feed.facet, feed.id));
      return { lang, name: m.feedName(name), description, url, source };
    }
  }
}

const byStart = (a: VeventBlock, b: VeventBlock) =>
  a.startInstant.getTime() - b.startInstant.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0);

/**
 * The VEVENTs that fit in `budget` bytes, counting each VTIMEZONE they need once: what is on
 * now or next first (by start), then the recent past (latest end first); the first that does
 * not fit ends the feed, so a cut feed is the nearest stretch of time. Returned by start.
 */
export function withinBudget(blocks: readonly VeventBlock[], now: Date, budget: number): VeventBlock[] {
  const ahead = blocks.filter((b) => b.endInstant > now).sort(byStart);
  const behind = blocks.filter((b) => b.endInstant <= now).sort((a, b) => b.endInstant.getTime() - a.endInstant.getTime() || byStart(a, b));
  const zones = new Set<string>();
  const kept: VeventBlock[] = [];
  let used = 0;
  for (const block of [...ahead, ...behind]) {
    const zoneCost = block.zone && !zones.has(block.zone) ? Buffer.byteLength(vtimezoneText(block.zone) ?? '', 'utf8') : 0;
    if (used + block.bytes + zoneCost > budget) break;
    used += block.bytes + zoneCost;
    if (block.zone) zones.add(block.zone);
    kept.push(block);
  }
  return kept.sort(byStart);
}

export interface FeedWriter {
  /** A whole feed: its entries' VEVENTs inside the window, within FEED_BYTE_LIMIT. */
  feed(lang: UiLang, feed: Feed): string;
  /** One entry's own calendar file (`/{lang}/events/{id}.ics`): all its VEVENTs, no window. */
  entryCalendar(lang: UiLang, entry: Entry): string;
  /** The entry's VEVENTs in a language, written on first use and then reused. */
  vevents(lang: UiLang, entry: Entry): readonly VeventBlock[];
}

export function createFeedWriter(catalogue: Catalogue, context: IcsContext): FeedWriter {
  const written = new Map<UiLang, Map<string, VeventBlock[]>>(uiLangs.map((lang) => [lang, new Map()]));
  const vevents = (lang: UiLang, entry: Entry) => {
    const cache = written.get(lang)!;
    let blocks = cache.get(entry.id);
    if (!blocks) {
      blocks = entryVevents(entry, lang, context);
      cache.set(entry.id, blocks);
    }
    return blocks;
  };
  const document = (meta: CalendarMeta, blocks: VeventBlock[]) =>
    calendarDocument(meta, withinBudget(blocks, catalogue.now, FEED_BYTE_LIMIT - calendarOverhead(meta)));
  const oldest = windowStart(catalogue.now);
  return {
    vevents,
    feed(lang, feed) {
      const blocks = feedEntries(catalogue, feed)
        .filter((entry) => inWindow(entry, catalogue.now))
        .flatMap((entry) => vevents(lang, entry))
        .filter((block) => block.endInstant >= oldest);
      return document(feedMeta(catalogue, feed, lang, context.site), blocks);
    },
    entryCalendar(lang, entry) {
      return document({ lang }, [...vevents(lang, entry)]);
    },
  };
}
