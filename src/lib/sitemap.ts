/**
 * Sitemap language alternates for a site where every page exists in every language under its
 * prefix (`/sv/`, `/nb/`, `/en/`): the alternates follow from the path alone. (@astrojs/sitemap's
 * own `i18n` option finds them by comparing every URL with every other, which took seconds at
 * 10,000 entries and grows with the square.) The bare `/` is the language chooser, the
 * `x-default` of the home pages.
 */
import { uiLangs, type UiLang } from './taxonomy.ts';
import { absoluteUrl, switchLanguage, urls } from './urls.ts';

/** The sitemap's hreflang codes. */
export const sitemapLocales: Record<UiLang, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en' };

export interface SitemapLink {
  url: string;
  lang: string;
}

export interface SitemapEntry {
  url: string;
  links?: SitemapLink[];
}

const localisedPath = /^\/(sv|nb|en)(\/|$)/;

export function withLanguageAlternates<T extends SitemapEntry>(item: T, site: string): T {
  const path = new URL(item.url).pathname;
  const root = absoluteUrl(urls.root(), site);
  const isRoot = item.url === root;
  if (!isRoot && !localisedPath.test(path)) return item;
  const links = uiLangs.map((lang) => ({ url: absoluteUrl(isRoot ? urls.home(lang) : switchLanguage(path, lang), site), lang: sitemapLocales[lang] }));
  // As in the pages' own hreflang links: the chooser for the home pages, English for the rest.
  const isHome = isRoot || uiLangs.some((lang) => path === urls.home(lang));
  const fallback = isHome ? root : absoluteUrl(switchLanguage(path, 'en'), site);
  return { ...item, links: [...links, { url: fallback, lang: 'x-default' }] };
}
