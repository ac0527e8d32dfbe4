/** `/feeds/events.json`: every published entry as open data (format and licence: docs/data.md). */
import type { APIRoute } from 'astro';
import { catalogue } from '../../data/catalogue.ts';
import { revisions } from '../../data/revisions.ts';
import { openDataDocument } from '../../lib/open-data.ts';
import { picturesById } from '../../data/pictures.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(openDataDocument(catalogue, String(site), revisions, await picturesById(catalogue.entries))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
