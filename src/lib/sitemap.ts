/**
 * Sitemap language alternates for a site where every language has its prefix (`/sv/`, `/nb/`,
 * `/en/`). @astrojs/sitemap reads the bare `/` as the default language; here it is the language
 * chooser, the `x-default` of the home pages. The sitemap's locale codes are set in astro.config.mjs.
 */
import { uiLangs } from './taxonomy.ts';
import { absoluteUrl, urls } from './urls.ts';

export interface SitemapLink {
  url: string;
  lang: string;
}

export interface SitemapEntry {
  url: string;
  links?: SitemapLink[];
}

export function withLanguageChooser<T extends SitemapEntry>(item: T, site: string): T {
  const root = absoluteUrl(urls.root(), site);
  const homes = uiLangs.map((lang) => absoluteUrl(urls.home(lang), site));
  const links = (item.links ?? []).filter((link) => link.url !== root);
  if (links.length === 0) return { ...item, links };
  // As in the pages' own hreflang links: the chooser for the home pages, English for the rest.
  const isHome = item.url === root || homes.includes(item.url);
  const fallback = isHome ? root : links.find((link) => link.lang === 'en')?.url;
  return { ...item, links: fallback ? [...links, { url: fallback, lang: 'x-default' }] : links };
}
