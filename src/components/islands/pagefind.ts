/** Pagefind's JS API for the search island, loaded once per page (or taken over from search-start.js). */

export type Counts = Record<string, Record<string, number>>;
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  /** Counts per filter value among the results, for the filters whose chunks are loaded. */
  filters: Counts;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<PagefindResponse | null>;
  preload(term: string | null, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Counts>;
}

/** Written by the build (src/lib/search-index.ts), so the bundler must leave the import alone. */
const PAGEFIND_PATH = '/pagefind/pagefind.js';

declare global {
  interface Window {
    /** Pagefind, already loading: started by the page's early script (search-start.js) for a search in the URL. */
    kulturbroPagefind?: Promise<Pagefind>;
  }
}

let pagefindPromise: Promise<Pagefind> | undefined;
export function loadPagefind(): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const early = window.kulturbroPagefind;
    delete window.kulturbroPagefind;
    const pagefind = (await (early ?? import(/* @vite-ignore */ PAGEFIND_PATH))) as Pagefind;
    // Before init() when the island starts Pagefind; after it when the early script did (Pagefind
    // applies excerptLength to a running instance too).
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  pagefindPromise.catch(() => (pagefindPromise = undefined));
  return pagefindPromise;
}
