/**
 * The floor's one collection: the benchmark's entry files through Astro's own glob loader and
 * default Markdown pipeline, as a minimal Astro site would read them — no schema, no checks.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename, join, resolve } from 'node:path';

export const collections = {
  events: defineCollection({
    loader: glob({
      pattern: '**/*.md',
      base: join(resolve(process.env.KULTURBRO_CONTENT_DIR ?? '.'), 'events'),
      // The site's ids: the file name without its year and region folders.
      generateId: ({ entry }) => basename(entry, '.md'),
    }),
  }),
};
