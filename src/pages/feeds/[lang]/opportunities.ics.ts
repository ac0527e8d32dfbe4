/** `/feeds/{lang}/opportunities.ics`: opportunities, their deadlines (with a reminder) and periods. */
import type { APIRoute } from 'astro';
import { feedWriter, icsResponse, langPaths } from '../../../data/feeds.ts';
import type { UiLang } from '../../../lib/taxonomy.ts';

export const getStaticPaths = langPaths;
export const GET: APIRoute = ({ params }) => icsResponse(feedWriter.feed(params.lang as UiLang, { kind: 'opportunities' }));
