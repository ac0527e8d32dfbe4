/**
 * The build's feed writer: one instance, so each entry's VEVENTs are written once per language
 * and shared by every feed endpoint. Git history is read once, here, for SEQUENCE and DTSTAMP.
 */
import { catalogue } from './catalogue.ts';
import { contentRoot } from './content-root.ts';
import { createFeedWriter } from '../lib/feeds.ts';
import { readRevisions } from '../lib/revisions.ts';
import { uiLangs } from '../lib/taxonomy.ts';

export const feedWriter = createFeedWriter(catalogue, { site: import.meta.env.SITE, revisions: readRevisions(contentRoot) });

/** getStaticPaths of the per-language feeds. */
export const langPaths = () => uiLangs.map((lang) => ({ params: { lang } }));

/** An iCalendar file; static hosts take the type from `public/_headers`, `astro preview` from here. */
export function icsResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
