/**
 * `npm run audit`: Lighthouse (mobile, its default: 412 px wide, 1.75× density) on the home page,
 * an event, an event with a very large original picture and search, served by `astro preview` from
 * dist/ (run `npm run build` first). Prints the four category scores per page, then LCP, CLS and
 * the bytes of the pictures each page loaded; exits 1 when a score is under 95, LCP over 2.5 s,
 * CLS over 0.02 or a page's largest picture over 150 KB, so the figure can't be missed.
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
/** An entry whose original is 4000 px and ~4.5 MB: the phone must get a small copy. */
const largePicturePath = '/sv/events/2027-02-04-kulturfrokost-pa-romerike/';
const pages = ['/sv/', eventPath, largePicturePath, '/sv/search/?q=folkmusik'];
const LCP_MS = 2500;
const CLS = 0.02;
const PICTURE_BYTES = 150 * 1024;

interface RequestItem { url: string; transferSize?: number; resourceType?: string }

async function main(): Promise<number> {
  if (!existsSync(resolve(outDir, 'index.html'))) {
    console.error(`No built site in ${outDir}: run npm run build first.`);
    return 1;
  }
  const server = await startPreview();
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags] });
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
  let worst = 100;
  const vitals: string[] = [];
  let vitalsOk = true;
  try {
    console.log(['page', ...categories].join('\t'));
    for (const path of pages) {
      const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const scores = categories.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
      worst = Math.min(worst, ...scores);
      console.log([path, ...scores].join('\t'));
      const audits = result?.lhr.audits ?? {};
      const lcp = audits['largest-contentful-paint']?.numericValue ?? Infinity;
      const cls = audits['cumulative-layout-shift']?.numericValue ?? Infinity;
      const requests = ((audits['network-requests']?.details as { items?: RequestItem[] } | undefined)?.items ?? [])
        .filter((r) => /\/_astro\/.+\.(?:avif|webp|jpe?g|png)$/.test(new URL(r.url).pathname));
      const largest = Math.max(0, ...requests.map((r) => r.transferSize ?? 0));
      const ok = lcp <= LCP_MS && cls <= CLS && largest <= PICTURE_BYTES;
      vitalsOk &&= ok;
      vitals.push([path, lcp.toFixed(0), cls.toFixed(3), String(requests.length), (largest / 1024).toFixed(1), ok ? 'ok' : 'OVER'].join('\t'));
    }
    console.log(`\n${['page', 'LCP (ms)', 'CLS', 'pictures', 'largest picture (KB)', `≤ ${LCP_MS} ms, ≤ ${CLS}, ≤ ${PICTURE_BYTES / 1024} KB`].join('\t')}`);
    for (const line of vitals) console.log(line);
  } finally {
    chrome.kill();
    await server.stop();
  }
  console.log(worst >= TARGET ? `All scores ≥ ${TARGET}.` : `Lowest score ${worst} is under the ${TARGET} target.`);
  return worst >= TARGET && vitalsOk ? 0 : 1;
}

process.exitCode = await main();
