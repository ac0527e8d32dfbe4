/**
 * The search index (src/lib/search-index.ts), written during `astro build` by a worker thread
 * (search-index-worker.ts) that indexes each language as soon as its pages are written. Pagefind's
 * 16–20 s at 10,000 entries then run on the second core while Astro renders on the first, instead
 * of after it (docs/performance.md). List this integration last: its `astro:build:done` waits for
 * the index, and the other integrations' build:done work can run meanwhile.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { SearchIndexJob } from './search-index-worker.ts';
import { startBuildWorker, type BuildWorker } from './worker.ts';

export default function searchIndexIntegration({ contentRoot }: { contentRoot: string }): AstroIntegration {
  let outDir = '';
  let indexing: BuildWorker<number> | undefined;
  let waitedFrom = 0;
  // Told at the end: Astro is printing one line per page meanwhile.
  const progress: string[] = [];
  return {
    name: 'kulturbro:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // After Astro has emptied the output folder, so no page of an earlier build is taken for a new one.
      'astro:build:setup': ({ logger }) => {
        const log = { info: (line: string) => progress.push(line), error: (line: string) => logger.error(line) };
        indexing ??= startBuildWorker<number>(new URL('./search-index-worker.ts', import.meta.url), { contentRoot, outDir } satisfies SearchIndexJob, log);
      },
      'astro:build:generated': () => {
        waitedFrom = performance.now();
        indexing?.post('generated');
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) throw new Error('The search index was never started.');
        const pages = await indexing.result;
        for (const line of progress) logger.info(line);
        logger.info(`Indexed ${pages} pages for search (${Math.round(performance.now() - waitedFrom)} ms after the last page was written).`);
      },
    },
  };
}
