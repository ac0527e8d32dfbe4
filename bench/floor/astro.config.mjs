// @ts-check
/**
 * The framework floor of the benchmark: the least Astro and Pagefind can do with the same
 * entries — one trivial page per entry and UI language, the entries read by Astro's glob loader
 * and their bodies rendered by its default Markdown pipeline; no validation, no feeds, no
 * listings — so the real build's cost can be read as a multiple of it. Runs with the repository's node_modules:
 * `node node_modules/astro/bin/astro.mjs build --root bench/floor` (see scripts/bench.ts).
 */
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pagefind over the output with the site's fragment bundling, failing on any reported error. */
const floorSearchIndex = {
  name: 'floor:pagefind',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': async ({ dir }) => {
      try {
        const { index, errors } = await pagefind.createIndex({ maxFragments: 2000 });
        if (!index || errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      } finally {
        await pagefind.close();
      }
    },
  },
};

export default defineConfig({
  output: 'static',
  outDir: process.env.KULTURBRO_OUT_DIR ?? './dist',
  cacheDir: process.env.KULTURBRO_CACHE_DIR ?? './.astro-cache',
  // The same setting as the site, so the floor is the least the framework can do as configured there.
  build: { format: 'directory', concurrency: 8 },
  integrations: [floorSearchIndex],
  devToolbar: { enabled: false },
});
