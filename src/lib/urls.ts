/** Every URL the site makes, built in one place so pages, feeds and tests agree. */
import type { UiLang } from './taxonomy.ts';

export type FeedFacet = 'region' | 'discipline' | 'type' | 'organiser' | 'venue';
export type PageFacet = 'regions' | 'disciplines' | 'organisers' | 'venues';
export const facetPages: Record<Exclude<FeedFacet, 'type'>, PageFacet> = {
  region: 'regions',
  discipline: 'disciplines',
  organiser: 'organisers',
  venue: 'venues',
};

export const urls = {
  root: () => '/',
  home: (lang: UiLang) => `/${lang}/`,
  listing: (lang: UiLang, page: number) => (page <= 1 ? `/${lang}/` : `/${lang}/${page}/`),
  archive: (lang: UiLang, page = 1) => (page <= 1 ? `/${lang}/archive/` : `/${lang}/archive/${page}/`),
  event: (lang: UiLang, id: string) => `/${lang}/events/${id}/`,
  eventIcs: (lang: UiLang, id: string) => `/${lang}/events/${id}.ics`,
  facet: (lang: UiLang, facet: Exclude<FeedFacet, 'type'>, id: string) => `/${lang}/${facetPages[facet]}/${id}/`,
  opportunities: (lang: UiLang) => `/${lang}/opportunities/`,
  /** A quick view (issue 15): `today`, `weekend` or `week`. */
  quickView: (lang: UiLang, view: 'today' | 'weekend' | 'week') => `/${lang}/${view}/`,
  calendar: (lang: UiLang, year?: number, month?: number) =>
    year === undefined ? `/${lang}/calendar/` : `/${lang}/calendar/${year}/${String(month).padStart(2, '0')}/`,
  search: (lang: UiLang) => `/${lang}/search/`,
  subscribe: (lang: UiLang) => `/${lang}/subscribe/`,
  submit: (lang: UiLang) => `/${lang}/submit/`,
  map: (lang: UiLang) => `/${lang}/map/`,
  /** The land every locator map shows a window of, with the town names in a UI language. */
  locatorBase: (lang: UiLang) => `/map/base-${lang}.svg`,
  feedAll: (lang: UiLang) => `/feeds/${lang}/all.ics`,
  feedEvents: (lang: UiLang) => `/feeds/${lang}/events.ics`,
  feedOpportunities: (lang: UiLang) => `/feeds/${lang}/opportunities.ics`,
  feed: (lang: UiLang, facet: FeedFacet, id: string) => `/feeds/${lang}/${facet}/${id}.ics`,
  rss: (lang: UiLang) => `/feeds/${lang}/rss.xml`,
  openData: () => '/feeds/events.json',
  embed: (lang: UiLang, facet: EmbedFacet, id: string) => `/embed/${lang}/${facet}/${id}/`,
  /** The default social-card image of a UI language. */
  card: (lang: UiLang) => `/cards/${lang}.png`,
};

/** What an organisation can show on its own site: its events, a venue's or a region's. */
export type EmbedFacet = 'organiser' | 'venue' | 'region';

/** The same page in another UI language: every localised path starts with `/{lang}/`. */
export function switchLanguage(path: string, to: UiLang): string {
  return path.replace(/^\/(sv|nb|en)(?=\/|$)/, `/${to}`);
}

export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site).href;
}

/** `webcal://` form of an https feed URL, which calendar apps open as a subscription. */
export function webcalUrl(httpsUrl: string): string {
  return httpsUrl.replace(/^https?:\/\//, 'webcal://');
}

export function openStreetMapUrl(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}
