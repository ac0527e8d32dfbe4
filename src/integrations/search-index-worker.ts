/**
 * Writes the search index (src/lib/search-index.ts) on a worker thread while Astro renders
 * pages: a language is indexed as soon as all its entry pages are on disk (Astro writes them
 * language by language, before the rest of the site), so Pagefind's binary works on the second
 * core beside the rendering instead of after it. Whatever is left once Astro says generation is
 * over ("generated", from src/integrations/search-index.ts) is indexed then.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { catalogueOfContent } from '../lib/content.ts';
import { writeSearchIndex } from '../lib/search-index.ts';
import type { UiLang } from '../lib/taxonomy.ts';
import { urls } from '../lib/urls.ts';
import { reportToBuild } from './worker.ts';
import { stillMissing } from './written-pages.ts';

export interface SearchIndexJob {
  contentRoot: string;
  outDir: string;
}

const { contentRoot, outDir } = workerData as SearchIndexJob;

let generated = false;
parentPort?.on('message', (message) => {
  if (message === 'generated') generated = true;
});
// Listening must not keep the worker alive once the index is written.
parentPort?.unref();

// In the catalogue's order, which is the order Astro writes the pages in: the look-ahead of
// stillMissing relies on it.
const ids = [...catalogueOfContent(contentRoot).byId.keys()];
const pageFile = (lang: UiLang, id: string) => join(outDir, urls.event(lang, id), 'index.html');

const unwritten = new Map<UiLang, string[]>();

/** The first of the remaining languages whose pages are all on disk; once Astro is done, any of them. */
async function nextLanguage(remaining: readonly UiLang[]): Promise<UiLang> {
  for (;;) {
    for (const lang of remaining) {
      const missing = stillMissing(unwritten.get(lang) ?? ids.map((id) => pageFile(lang, id)));
      unwritten.set(lang, missing);
      if (missing.length === 0 || generated) return lang;
    }
    await sleep(200);
  }
}

const pages = await writeSearchIndex(outDir, { nextLanguage, log: { info: (log) => reportToBuild({ log }), error: (log) => reportToBuild({ log, error: true }) } });
reportToBuild({ result: pages });
