/**
 * The Pagefind search index of a built site: the pages marked `data-pagefind-body` (event and
 * opportunity pages), written to `{outDir}/pagefind/`.
 *
 * One Pagefind index per UI language, one after the other. Pagefind keeps each language apart in
 * its output anyway (its own metadata, WebAssembly, index, fragment and filter files), so the files
 * are byte for byte those of one index over all languages, except `pagefind-entry.json`, which
 * lists the languages and is merged here. Apart, a language can be indexed as soon as its pages
 * are written while Astro still renders the rest (src/integrations/search-index.ts), and
 * Pagefind's binary holds a third of the pages at a time (0.8 instead of 1.6 GB at 10,000 entries).
 *
 * Pagefind reports failures in `errors` instead of throwing, so every response is checked and
 * any error fails the build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { uiLangs, type UiLang } from './taxonomy.ts';

/** Only event and opportunity pages carry `data-pagefind-body`; reading the other 10 % of pages costs time and memory for nothing. */
const indexedPages = (lang: UiLang) => `${lang}/events/*/index.html`;

export interface SearchIndexOptions {
  /**
   * Fragment files per language before Pagefind bundles them into shared files. A result then
   * costs one small bundle, and a 10,000-entry site writes thousands of files fewer.
   */
  maxFragments?: number;
  /** Parts of indexed pages that are labels or links rather than content, kept out of results and excerpts. */
  excludeSelectors?: string[];
  /**
   * Which of the languages still to index to take next: the first whose pages are all written.
   * By default all pages already are, and the languages go in order.
   */
  nextLanguage?: (remaining: readonly UiLang[]) => Promise<UiLang>;
  log?: { info(message: string): void; error(message: string): void };
}

/** On entry pages: the fact labels ("When", "Price") and the add-to-calendar links. */
const notContent = ['.facts dt', '.add-to-calendar'];

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [key: string]: unknown;
}

function assertNoErrors<T extends { errors: string[] }>(step: string, response: T, log: NonNullable<SearchIndexOptions['log']>): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) log.error(`${step}: ${error}`);
    throw new Error(`Pagefind failed while it ${step} (${response.errors.length} error(s), see above).`);
  }
  return response;
}

/**
 * The entry file of one index per language as Pagefind writes it for all of them at once: its
 * languages merged, in Pagefind's order (sorted by code).
 */
export function mergeEntries(entries: PagefindEntry[]): PagefindEntry {
  const last = entries.at(-1);
  if (!last) throw new Error('No Pagefind index was written.');
  const languages = Object.assign({}, ...entries.map((entry) => entry.languages)) as PagefindEntry['languages'];
  const sorted = Object.fromEntries(Object.keys(languages).sort().map((code) => [code, languages[code]!]));
  return { ...last, languages: sorted };
}

/** Indexes the built site in `outDir`, one language at a time; resolves to the number of pages indexed. */
export async function writeSearchIndex(
  outDir: string,
  { maxFragments = 2000, excludeSelectors = notContent, nextLanguage = async (remaining) => remaining[0]!, log = console }: SearchIndexOptions = {},
): Promise<number> {
  const outputPath = join(outDir, 'pagefind');
  const entryFile = join(outputPath, 'pagefind-entry.json');
  const entries: PagefindEntry[] = [];
  let pageCount = 0;
  const remaining = [...uiLangs];
  while (remaining.length > 0) {
    const lang = await nextLanguage(remaining);
    remaining.splice(remaining.indexOf(lang), 1);
    const started = performance.now();
    try {
      const { index } = assertNoErrors('created the index', await pagefind.createIndex({ maxFragments, excludeSelectors }), log);
      if (!index) throw new Error('Pagefind created no index.');
      const { page_count } = assertNoErrors(`indexed the ${lang} pages`, await index.addDirectory({ path: outDir, glob: indexedPages(lang) }), log);
      assertNoErrors('wrote the index', await index.writeFiles({ outputPath }), log);
      // Each language's index writes an entry file naming only itself.
      entries.push(JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry);
      pageCount += page_count;
      log.info(`Indexed ${page_count} ${lang} pages in ${Math.round(performance.now() - started)} ms.`);
    } finally {
      // A new binary per language: Pagefind's process does not give back what the last one held.
      await pagefind.close();
    }
  }
  writeFileSync(entryFile, JSON.stringify(mergeEntries(entries)));
  return pageCount;
}
