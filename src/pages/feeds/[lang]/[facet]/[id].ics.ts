/** `/feeds/{lang}/{region|discipline|type|organiser|venue}/{id}.ics`: one for every value, used or not. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue } from '../../../../data/catalogue.ts';
import { feedWriter, icsResponse } from '../../../../data/feeds.ts';
import { facetIds, feedFacets } from '../../../../lib/feeds.ts';
import { uiLangs, type UiLang } from '../../../../lib/taxonomy.ts';
import type { FeedFacet } from '../../../../lib/urls.ts';

export const getStaticPaths = (() =>
  uiLangs.flatMap((lang) => feedFacets.flatMap((facet) => facetIds(catalogue, facet).map((id) => ({ params: { lang, facet, id } }))))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  icsResponse(feedWriter.feed(params.lang as UiLang, { kind: 'facet', facet: params.facet as FeedFacet, id: params.id! }));
