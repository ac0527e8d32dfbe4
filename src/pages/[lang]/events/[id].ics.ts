/** `/{lang}/events/{id}.ics`: one entry's calendar file, for the page's "Add to calendar". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue } from '../../../data/catalogue.ts';
import { feedWriter, icsResponse } from '../../../data/feeds.ts';
import { langItemPaths } from '../../../data/paths.ts';
import type { UiLang } from '../../../lib/taxonomy.ts';

export const getStaticPaths = (() => langItemPaths(catalogue.byId)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => icsResponse(feedWriter.entryCalendar(params.lang as UiLang, props.item));
