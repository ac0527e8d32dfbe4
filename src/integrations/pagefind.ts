/**
 * Builds the Pagefind search index after `astro build`: one index per `<html lang>`, of the pages
 * marked `data-pagefind-body` (event and opportunity pages). Pagefind reports failures in
 * `errors` instead of throwing, so every response is checked and the build fails on any.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Only event and opportunity pages carry `data-pagefind-body`; reading the other 10 % of pages costs time and memory for nothing. */
const EVENT_PAGES = '{sv,nb,en}/events/*/index.html';

export interface PagefindOptions {
  /**
   * Fragment files per language before Pagefind bundles them into shared files. A result then
   * costs one small bundle, and a 10,000-entry site writes thousands of files fewer.
   */
  maxFragments?: number;
  /** Parts of indexed pages that are labels or links rather than content, kept out of results and excerpts. */
  excludeSelectors?: string[];
}

/** On entry pages: the fact labels ("When", "Price") and the add-to-calendar links. */
const notContent = ['.facts dt', '.add-to-calendar'];

function assertNoErrors<T extends { errors: string[] }>(step: string, response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`${step}: ${error}`);
    throw new Error(`Pagefind failed while it ${step} (${response.errors.length} error(s), see above).`);
  }
  return response;
}

export default function pagefindIndex({ maxFragments = 2000, excludeSelectors = notContent }: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'kulturbro:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index } = assertNoErrors('created the index', await pagefind.createIndex({ maxFragments, excludeSelectors }), logger);
          if (!index) throw new Error('Pagefind created no index.');
          const { page_count } = assertNoErrors('indexed the pages', await index.addDirectory({ path: site, glob: EVENT_PAGES }), logger);
          assertNoErrors('wrote the index', await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), logger);
          logger.info(`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
