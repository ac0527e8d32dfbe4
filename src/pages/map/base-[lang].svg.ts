/** The locator maps' shared base map as an SVG image, one per UI language (issue 16). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogue } from '../../data/catalogue.ts';
import { baseMapSvg, locatorBase } from '../../lib/map/index.ts';
import { uiLangs, type UiLang } from '../../lib/taxonomy.ts';

export const getStaticPaths = (() => uiLangs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(baseMapSvg(locatorBase(catalogue), params.lang as UiLang), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
