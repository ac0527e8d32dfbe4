/** `/feeds/{lang}/rss.xml`: what is coming up, for feed readers, in one UI language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import rss from '@astrojs/rss';
import { catalogue } from '../../../data/catalogue.ts';
import { revisions } from '../../../data/revisions.ts';
import { t } from '../../../lib/i18n/index.ts';
import { MEDIA_RSS_NAMESPACE, RSS_ITEM_LIMIT, rssItems } from '../../../lib/rss-items.ts';
import { picturesById } from '../../../data/pictures.ts';
import { uiLangs, type UiLang } from '../../../lib/taxonomy.ts';
import { absoluteUrl, urls } from '../../../lib/urls.ts';

const rssLanguages: Record<UiLang, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en' };

export const getStaticPaths = (() => uiLangs.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as UiLang;
  const m = t(lang);
  const siteUrl = String(site);
  const self = absoluteUrl(urls.rss(lang), siteUrl);
  return rss({
    title: m.feedNameAll,
    description: m.feedDescriptionAll,
    site: absoluteUrl(urls.home(lang), siteUrl),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', media: MEDIA_RSS_NAMESPACE },
    customData: `<language>${rssLanguages[lang]}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: rssItems(catalogue.upcoming, lang, siteUrl, revisions, await picturesById(catalogue.upcoming.slice(0, RSS_ITEM_LIMIT))),
  });
};
