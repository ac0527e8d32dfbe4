/**
 * The site's iCalendar files (src/lib/calendar-files.ts): written during `astro build` by a
 * worker thread, and served on request by `astro dev`.
 *
 * Not Astro endpoints: as 30,000 endpoints at 10,000 entries they cost 16 s of the build's one
 * busy core (a route import, a Response and a log line per file); on a worker they are written
 * on the other core while pages render (docs/performance.md).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildNow } from '../lib/time.ts';
import type { CalendarFilesJob } from './calendar-files-worker.ts';
import { startBuildWorker } from './worker.ts';

export default function calendarFilesIntegration({ contentRoot }: { contentRoot: string }): AstroIntegration {
  let site = '';
  let outDir = '';
  let writing: Promise<number> | undefined;
  return {
    name: 'kulturbro:calendar-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = String(config.site ?? '');
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // The worker and the pages must share one "now", or an entry could be upcoming on its page
        // and gone from the feeds when a build runs across an entry's end. (Build only: a dev
        // server keeps following the clock.)
        process.env.KULTURBRO_NOW ??= buildNow().toISOString();
      },
      // After Astro has emptied the output folder and before it bundles and renders pages.
      'astro:build:setup': ({ logger }) => {
        writing ??= startBuildWorker<number>(new URL('./calendar-files-worker.ts', import.meta.url), { contentRoot, outDir, site } satisfies CalendarFilesJob, logger).result;
      },
      'astro:build:done': async ({ logger }) => {
        if (!writing) throw new Error('The calendar-file writer never started.');
        const started = performance.now();
        const count = await writing;
        logger.info(`Wrote ${count} iCalendar files (waited ${Math.round(performance.now() - started)} ms for them).`);
      },
      'astro:server:setup': ({ server }) => {
        // Imported here, for the dev server only: the feed modules take ~2 s to load, which every
        // build would otherwise pay on its main thread before anything else (its worker loads its own).
        const calendarFilesModule = import('../lib/calendar-files.ts');
        calendarFilesModule.catch(() => undefined);
        server.middlewares.use(async (request, response, next) => {
          const { pathname } = new URL(request.url ?? '/', 'http://localhost');
          if (!pathname.endsWith('.ics')) return next();
          let path: string;
          try {
            path = decodeURI(pathname);
          } catch {
            return next();
          }
          const { calendarFilesOfContent } = await calendarFilesModule;
          // Read afresh on every request, so edited content shows up as pages do in dev.
          for (const file of calendarFilesOfContent(contentRoot, site)) {
            if (file.path !== path) continue;
            response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
            response.end(file.text());
            return;
          }
          next();
        });
      },
    },
  };
}
