/**
 * The benchmark pipeline at a small size (scripts/bench.ts): generated content, copied site,
 * cold build, framework floor. Every entry must reach its pages in all three languages, the
 * all-entries feed (inside the 90-day window) and the search index. Timings are the bench's job.
 */
import { gunzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BENCH_NOW, BENCH_SITE, buildFloor, buildSite, outputStats, pagefindPageCounts, prepareWorkspace, repoRoot,
  type BuildResult, type Workspace,
} from '../../scripts/bench.ts';
import { loadContent, type Content } from '../../src/lib/content.ts';
import { buildCatalogue, localizedText, type Catalogue } from '../../src/lib/catalogue.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';

const ENTRIES = 300;
const DAY_MS = 86_400_000;
const host = new URL(BENCH_SITE).host;

let workspace: Workspace;
let site: BuildResult;
let floor: BuildResult;
let content: Content;
let catalogue: Catalogue;

beforeAll(async () => {
  workspace = await prepareWorkspace(ENTRIES, { parent: resolve(repoRoot, process.env.KULTURBRO_TEST_BUILD_ROOT ?? '.tmp/test-builds') });
  content = loadContent(workspace.contentDir);
  catalogue = buildCatalogue(content, new Date(BENCH_NOW));
  [site, floor] = [await buildSite(workspace), await buildFloor(workspace)];
}, 240_000);

afterAll(() => {
  if (workspace) rmSync(workspace.root, { recursive: true, force: true });
});

/** Every URL Pagefind holds a fragment for, read from its gzipped fragment files (bundled or not). */
function indexedUrls(outDir: string): Set<string> {
  const folder = join(outDir, 'pagefind/fragment');
  const urls = new Set<string>();
  for (const name of readdirSync(folder)) {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    for (const match of text.matchAll(/"url":"([^"]+)"/g)) urls.add(match[1]!);
  }
  return urls;
}

/** The UIDs of an iCalendar file, with folded lines joined again. */
function uids(ics: string): Set<string> {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return new Set([...unfolded.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!.trim()));
}

const decodeEntities = (html: string) =>
  html.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('the generated content', () => {
  it('loads without a single problem', () => {
    expect(content.problems).toEqual([]);
    expect(content.events).toHaveLength(ENTRIES);
  });
});

describe('the full build of the benchmark', () => {
  it('has a page for every entry in every language, with its title', () => {
    const missing: string[] = [];
    for (const entry of catalogue.entries) {
      for (const lang of uiLangs) {
        const file = join(site.outDir, lang, 'events', entry.id, 'index.html');
        if (!existsSync(file)) {
          missing.push(`/${lang}/events/${entry.id}/`);
          continue;
        }
        const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
        if (decodeEntities(heading.replace(/<[^>]+>/g, '')).trim() !== localizedText(entry, lang).title) missing.push(`${lang}/${entry.id}: h1 ${heading}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists every entry of the 90-day window in /feeds/sv/all.ics', () => {
    const oldest = new Date(new Date(BENCH_NOW).getTime() - 90 * DAY_MS);
    const inWindow = catalogue.entries.filter((e) => e.lastInstant !== undefined && e.lastInstant >= oldest);
    expect(inWindow.length).toBeGreaterThan(20);
    const feed = uids(readFileSync(join(site.outDir, 'feeds/sv/all.ics'), 'utf8'));
    // An entry's UID is `id@host`; a run's `id-<start>@host`, a deadline's `id-deadline@host`.
    const has = (id: string) => [...feed].some((uid) => uid === `${id}@${host}` || new RegExp(`^${id}-(\\d{8}(T\\d{4})?|deadline)@`).test(uid));
    expect(inWindow.filter((e) => !has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('indexes every entry page of every language in Pagefind', () => {
    const urls = indexedUrls(site.outDir);
    const missing = catalogue.entries.flatMap((e) => uiLangs.map((lang) => `/${lang}/events/${e.id}/`)).filter((url) => !urls.has(url));
    expect(missing).toEqual([]);
    const counts = pagefindPageCounts(site.outDir);
    for (const lang of uiLangs) expect(counts[lang]).toBeGreaterThanOrEqual(ENTRIES);
  });

  it('reports what the bench table shows', () => {
    const stats = outputStats(site.outDir);
    expect(stats.pages).toBeGreaterThan(3 * ENTRIES);
    expect(stats.largestFeed?.bytes).toBeGreaterThan(0);
    expect(stats.pagefindBytes).toBeGreaterThan(0);
    expect(site.peakTreeRssBytes).toBeGreaterThan(50_000_000);
  });
});

describe('the framework floor', () => {
  it('renders the same entries in three languages and indexes each page', () => {
    const stats = outputStats(floor.outDir);
    expect(stats.pages).toBe(3 * ENTRIES);
    expect(pagefindPageCounts(floor.outDir)).toEqual({ sv: ENTRIES, nb: ENTRIES, en: ENTRIES });
    const urls = indexedUrls(floor.outDir);
    expect(catalogue.entries.filter((e) => !urls.has(`/sv/events/${e.id}/`)).map((e) => e.id)).toEqual([]);
  });
});
