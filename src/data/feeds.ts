/**
 * The build's feed writer: one instance, so each entry's VEVENTs are written once per language
 * and shared by every feed endpoint. SEQUENCE and DTSTAMP come from the build's one git read.
 */
import { catalogue } from './catalogue.ts';
import { revisions } from './revisions.ts';
import { createFeedWriter } from '../lib/feeds.ts';
import { uiLangs } from '../lib/taxonomy.ts';

export const feedWriter = createFeedWriter(catalogue, { site: import.meta.env.SITE, revisions });

/** getStaticPaths of the per-language feeds. */
export const langPaths = () => uiLangs.map((lang) => ({ params: { lang } }));

/** An iCalendar file; static hosts take the type from `public/_headers`, `astro preview` from here. */
export function icsResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
