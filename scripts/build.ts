/**
 * `npm run build`: `astro build` (pages, feeds, headers, sitemap), then the Pagefind search
 * index (src/lib/search-index.ts) once Astro has exited. Two steps rather than an integration
 * hook because Astro's process keeps its memory until it exits: with Pagefind beside it the
 * build needed 4.1 GB at 10,000 entries, one after the other at most the larger of the two.
 * Arguments are passed on to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { OUT_DIR } from '../src/consts.ts';
import { writeSearchIndex } from '../src/lib/search-index.ts';

const astroBin = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');

const astro = spawnSync(process.execPath, [astroBin, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (astro.status !== 0) {
  process.exitCode = astro.status ?? 1;
} else {
  const log = { info: (m: string) => console.log(`[search-index] ${m}`), error: (m: string) => console.error(`[search-index] ${m}`) };
  try {
    await writeSearchIndex(resolve(OUT_DIR), { log });
  } catch (error) {
    console.error(`[search-index] ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
