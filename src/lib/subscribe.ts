/**
 * The subscribe builder's arithmetic: which feed a chosen filter means, and the links that
 * subscribe a calendar app to it (webcal, Google Calendar, Outlook.com, plain https).
 */
import type { UiLang } from './taxonomy.ts';
import { absoluteUrl, urls, webcalUrl, type FeedFacet } from './urls.ts';

/** A feed a visitor can choose: everything, one of the two kinds, or one facet value. */
export type FeedChoice =
  | { facet: 'all' | 'events' | 'opportunities' }
  | { facet: FeedFacet; id: string };

export interface SubscribeLinks {
  https: string;
  webcal: string;
  google: string;
  outlook: string;
}

/** The site path of the feed a choice means (the feeds themselves are built from urls.ts too). */
export function feedPath(lang: UiLang, choice: FeedChoice): string {
  switch (choice.facet) {
    case 'all':
      return urls.feedAll(lang);
    case 'events':
      return urls.feedEvents(lang);
    case 'opportunities':
      return urls.feedOpportunities(lang);
    default:
      return urls.feed(lang, choice.facet, choice.id);
  }
}

/**
 * Subscribe links for a feed. Google gets the webcal form in `cid` (what its "add by URL"
 * link has long accepted); Outlook.com gets the https form and a calendar name.
 */
export function subscribeLinks(path: string, site: string, name: string): SubscribeLinks {
  const https = absoluteUrl(path, site);
  const webcal = webcalUrl(https);
  return {
    https,
    webcal,
    google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent(name)}`,
  };
}

