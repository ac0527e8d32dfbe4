/**
 * `npm run screenshots`: every page kind at 360 px and 1280 px, light and dark, into
 * screenshots/ (not compared pixel by pixel: they are for people to look at). Serves dist/
 * (or KULTURBRO_OUT_DIR) with astro preview; run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from './lib/chromium.ts';
import { pageKinds } from './lib/page-kinds.ts';
import { startPreview } from './lib/preview.ts';
import { uiLangs } from '../src/lib/taxonomy.ts';

const outDir = resolve(process.argv[2] ?? 'screenshots');
const widths = [360, 1280];
const langs = process.argv.includes('--all-languages') ? uiLangs : (['sv'] as const);

mkdirSync(outDir, { recursive: true });
const server = await startPreview();
const browser = await launchBrowser();
let count = 0;
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce' });
      for (const lang of langs) {
        for (const kind of pageKinds) {
          await page.goto(`${server.url}${kind.path(lang)}`, { waitUntil: 'networkidle' });
          const name = `${kind.kind.replace(/\W+/g, '-')}-${lang}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: resolve(outDir, name), fullPage: true });
          count++;
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`${count} screenshots in ${outDir}`);
