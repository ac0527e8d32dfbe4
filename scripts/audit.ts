/**
 * `npm run audit`: Lighthouse (mobile, its default) on the home page, an event and search,
 * served by `astro preview` from dist/ (run `npm run build` first). Prints the four category
 * scores per page; exits 1 when any is under 95 so the figure can't be missed.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumFlags, chromiumPath } from './lib/chromium.ts';
import { startPreview } from './lib/preview.ts';
import { OUT_DIR } from '../src/consts.ts';

const TARGET = 95;
const outDir = resolve(OUT_DIR);
const eventPath = process.argv.find((arg) => arg.startsWith('--event='))?.slice(8) ?? '/sv/events/2027-03-12-smuglerne-fra-iddefjorden/';
const pages = ['/sv/', eventPath, '/sv/search/?q=folkmusik'];

async function main(): Promise<number> {
  if (!existsSync(resolve(outDir, 'index.html'))) {
    console.error(`No built site in ${outDir}: run npm run build first.`);
    return 1;
  }
  const server = await startPreview();
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags] });
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
  let worst = 100;
  try {
    console.log(['page', ...categories].join('\t'));
    for (const path of pages) {
      const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const scores = categories.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
      worst = Math.min(worst, ...scores);
      console.log([path, ...scores].join('\t'));
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  console.log(worst >= TARGET ? `All scores ≥ ${TARGET}.` : `Lowest score ${worst} is under the ${TARGET} target.`);
  return worst >= TARGET ? 0 : 1;
}

process.exitCode = await main();
