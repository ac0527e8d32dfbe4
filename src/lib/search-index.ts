/**
 * The Pagefind search index of a built site: one index per `<html lang>`, of the pages marked
 * `data-pagefind-body` (event and opportunity pages), written to `{outDir}/pagefind/`.
 *
 * `npm run build` runs this after `astro build` has exited (scripts/build.ts): Pagefind's binary
 * needs about as much memory as the whole Astro build, and side by side they passed 4 GB at
 * 10,000 entries (docs/performance.md). Pagefind reports failures in `errors` instead of
 * throwing, so every response is checked and any error fails the build.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Only event and opportunity pages carry `data-pagefind-body`; reading the other 10 % of pages costs time and memory for nothing. */
const INDEXED_PAGES = '{sv,nb,en}/events/*/index.html';

export interface SearchIndexOptions {
  /**
   * Fragment files per language before Pagefind bundles them into shared files. A result then
   * costs one small bundle, and a 10,000-entry site writes thousands of files fewer.
   */
  maxFragments?: number;
  /** Parts of indexed pages that are labels or links rather than content, kept out of results and excerpts. */
  excludeSelectors?: string[];
  log?: { info(message: string): void; error(message: string): void };
}

/** On entry pages: the fact labels ("When", "Price") and the add-to-calendar links. */
const notContent = ['.facts dt', '.add-to-calendar'];

function assertNoErrors<T extends { errors: string[] }>(step: string, response: T, log: NonNullable<SearchIndexOptions['log']>): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) log.error(`${step}: ${error}`);
    throw new Error(`Pagefind failed while it ${step} (${response.errors.length} error(s), see above).`);
  }
  return response;
}

/** Indexes the built site in `outDir`; resolves to the number of pages indexed. */
export async function writeSearchIndex(outDir: string, { maxFragments = 2000, excludeSelectors = notContent, log = console }: SearchIndexOptions = {}): Promise<number> {
  const started = performance.now();
  try {
    const { index } = assertNoErrors('created the index', await pagefind.createIndex({ maxFragments, excludeSelectors }), log);
    if (!index) throw new Error('Pagefind created no index.');
    const { page_count } = assertNoErrors('indexed the pages', await index.addDirectory({ path: outDir, glob: INDEXED_PAGES }), log);
    assertNoErrors('wrote the index', await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), log);
    log.info(`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms.`);
    return page_count;
  } finally {
    await pagefind.close();
  }
}
