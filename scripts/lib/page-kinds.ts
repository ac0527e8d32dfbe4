/**
 * One representative page of every kind, in the samples build (KULTURBRO_NOW 2027-03-01): the
 * quality gates (axe, keyboard, budgets, screenshots) walk this list in every language.
 */
import type { UiLang } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';

export interface PageKind {
  kind: string;
  path: (lang: UiLang) => string;
  /** gzip budget for the JavaScript the page loads up front (issue 6), when it has one. */
  jsBudget?: number;
}

const KB = 1024;
export const EVENT_JS_BUDGET = 10 * KB;
export const LISTING_JS_BUDGET = 25 * KB;
export const CSS_BUDGET = 15 * KB;
/** The submit form up front (17.5 KB measured 2026-12-01); zod, js-yaml and the zip library load later. */
export const SUBMIT_JS_BUDGET = 18 * KB;

export const pageKinds: PageKind[] = [
  { kind: 'home', path: (lang) => urls.home(lang), jsBudget: LISTING_JS_BUDGET },
  { kind: 'today', path: (lang) => urls.quickView(lang, 'today'), jsBudget: LISTING_JS_BUDGET },
  { kind: 'weekend', path: (lang) => urls.quickView(lang, 'weekend'), jsBudget: LISTING_JS_BUDGET },
  { kind: 'next seven days', path: (lang) => urls.quickView(lang, 'week'), jsBudget: LISTING_JS_BUDGET },
  { kind: 'listing page 2', path: (lang) => urls.listing(lang, 2), jsBudget: LISTING_JS_BUDGET },
  { kind: 'event', path: (lang) => urls.event(lang, '2027-03-12-smuglerne-fra-iddefjorden'), jsBudget: EVENT_JS_BUDGET },
  { kind: 'event with a portrait flyer', path: (lang) => urls.event(lang, '2027-08-12-oyerenfestivalen-2027'), jsBudget: EVENT_JS_BUDGET },
  { kind: 'event with a very large picture', path: (lang) => urls.event(lang, '2027-02-04-kulturfrokost-pa-romerike'), jsBudget: EVENT_JS_BUDGET },
  { kind: 'event series', path: (lang) => urls.event(lang, '2027-02-02-kroki-pa-tisdagar'), jsBudget: EVENT_JS_BUDGET },
  { kind: 'opportunity', path: (lang) => urls.event(lang, '2027-04-30-gransresidens-pa-finnskogen'), jsBudget: EVENT_JS_BUDGET },
  { kind: 'cancelled event', path: (lang) => urls.event(lang, '2027-05-15-visafton-med-klaralvens-kammarkor'), jsBudget: EVENT_JS_BUDGET },
  { kind: 'online event', path: (lang) => urls.event(lang, '2027-11-03-how-to-fund-a-cross-border-project'), jsBudget: EVENT_JS_BUDGET },
  { kind: 'archive', path: (lang) => urls.archive(lang), jsBudget: LISTING_JS_BUDGET },
  { kind: 'calendar month', path: (lang) => urls.calendar(lang, 2027, 3), jsBudget: LISTING_JS_BUDGET },
  { kind: 'opportunities', path: (lang) => urls.opportunities(lang), jsBudget: LISTING_JS_BUDGET },
  { kind: 'search', path: (lang) => urls.search(lang), jsBudget: LISTING_JS_BUDGET },
  { kind: 'subscribe', path: (lang) => urls.subscribe(lang), jsBudget: LISTING_JS_BUDGET },
  { kind: 'submit', path: (lang) => urls.submit(lang), jsBudget: SUBMIT_JS_BUDGET },
  { kind: 'map', path: (lang) => urls.map(lang), jsBudget: LISTING_JS_BUDGET },
  { kind: 'region', path: (lang) => urls.facet(lang, 'region', 'varmland'), jsBudget: LISTING_JS_BUDGET },
  { kind: 'discipline', path: (lang) => urls.facet(lang, 'discipline', 'music'), jsBudget: LISTING_JS_BUDGET },
  { kind: 'organiser', path: (lang) => urls.facet(lang, 'organiser', 'grensekoret'), jsBudget: LISTING_JS_BUDGET },
  { kind: 'venue', path: (lang) => urls.facet(lang, 'venue', 'tista-kulturhus'), jsBudget: LISTING_JS_BUDGET },
  { kind: 'embed', path: (lang) => `/embed/${lang}/organiser/grensekoret/`, jsBudget: EVENT_JS_BUDGET },
];
