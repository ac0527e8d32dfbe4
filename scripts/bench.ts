/**
 * `npm run bench -- --entries N [--seed S] [--keep] [--no-browser] [--no-floor] [--no-warm] [--no-pictures] [--profile]`:
 * generates N entries (scripts/generate-content.ts) into a temporary copy of the site, builds it
 * with a fixed clock and a cold cache, builds the framework floor (bench/floor/) from the same
 * files, times the validator and the first search in Chromium, and prints one Markdown table.
 * Results and the method are written up in docs/performance.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DEFAULT_SEED, generateContent, writeContent, writePictures } from './generate-content.ts';

export const repoRoot = resolve(import.meta.dirname, '..');
/** The benchmark's clock: content is spread around it, and feeds and archive are cut at it. */
export const BENCH_NOW = '2027-03-01T12:00:00Z';
export const BENCH_SITE = 'https://kulturbro.example';
const astroBin = join(repoRoot, 'node_modules/astro/bin/astro.mjs');

export interface Workspace {
  root: string;
  /** events/, organisers/ and venues/ of the generated content. */
  contentDir: string;
  /** A copy of the site's sources, with node_modules linked to the repository's. */
  siteDir: string;
  entries: number;
  /** Picture files beside the entries (issue 15: 3,000 at 10,000 entries). */
  pictures: number;
}

/** The share of generated entries with a picture: 3,000 of 10,000. */
export const BENCH_PICTURE_SHARE = 0.3;

// scripts/build.ts: what `npm run build` ran in some earlier commits, for --ref.
const siteSources = ['src', 'public', 'scripts/build.ts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Writes the content and copies the site into a fresh temporary folder: from the work tree, or
 * from a git commit (`ref`) when the work tree is mid-edit.
 */
export async function prepareWorkspace(entries: number, options: { seed?: number; parent?: string; ref?: string; venues?: number; pictures?: number } = {}): Promise<Workspace> {
  const parent = options.parent ?? tmpdir();
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'kulturbro-bench-'));
  const contentDir = join(root, 'content');
  const siteDir = join(root, 'site');
  const files = generateContent({ entries, seed: options.seed ?? DEFAULT_SEED, today: BENCH_NOW.slice(0, 10), pictures: options.pictures ?? 0, ...(options.venues ? { venues: options.venues } : {}) });
  writeContent(contentDir, files);
  const pictures = await writePictures(contentDir, files);
  mkdirSync(siteDir);
  if (options.ref) {
    const present = siteSources.filter((item) => spawnSync('git', ['cat-file', '-e', `${options.ref}:${item}`], { cwd: repoRoot }).status === 0);
    const archive = spawnSync('git', ['archive', '--format=tar', options.ref, ...present], { cwd: repoRoot, maxBuffer: 1 << 30 });
    if (archive.status !== 0) throw new Error(`git archive ${options.ref} failed: ${archive.stderr}`);
    const unpack = spawnSync('tar', ['-x', '-C', siteDir], { input: archive.stdout });
    if (unpack.status !== 0) throw new Error(`unpacking ${options.ref} failed: ${unpack.stderr}`);
  } else {
    // A snapshot of the sources: edits in the work tree during a long run do not reach the build.
    for (const item of siteSources) {
      if (existsSync(join(repoRoot, item))) cpSync(join(repoRoot, item), join(siteDir, item), { recursive: true });
    }
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(siteDir, 'node_modules'), 'dir');
  return { root, contentDir, siteDir, entries, pictures };
}

// ---------------------------------------------------------------------------------------------
// Running a command and measuring it: wall time, CPU time and peak memory of the process tree.

export interface Measured {
  exitCode: number;
  wallMs: number;
  /** User + system CPU of the command and every child it waited for (from /usr/bin/time). */
  cpuMs?: number | undefined;
  /** Highest sum of resident memory over the command's whole process tree, sampled every 100 ms. */
  peakTreeRssBytes: number;
  /** Memory once a second: seconds since start, tree total and per command name (MB). */
  timeline: { s: number; mb: number; by: Record<string, number> }[];
  /** The 1-minute load average when the command started and when it ended. */
  load: [number, number];
  /** stdout and stderr, interleaved. */
  logPath: string;
}

const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** Resident memory of `root` and all its descendants, from /proc, in total and by command name. */
export function processTreeRss(root: number): { total: number; byCommand: Record<string, number> } {
  const children = new Map<number, number[]>();
  const processes = new Map<number, { rss: number; command: string }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let status: string;
    try {
      status = readFileSync(`/proc/${name}/status`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const pid = Number(name);
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    const command = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
    processes.set(pid, { rss: Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024, command });
    const siblings = children.get(ppid);
    if (siblings) siblings.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const byCommand: Record<string, number> = {};
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    const info = processes.get(pid);
    if (info && info.rss > 0) {
      total += info.rss;
      byCommand[info.command] = (byCommand[info.command] ?? 0) + info.rss;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return { total, byCommand };
}

const timeBinary = '/usr/bin/time';

export async function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logPath: string }): Promise<Measured> {
  const timeFile = `${options.logPath}.time`;
  const timed = existsSync(timeBinary);
  const [file, argv] = timed ? [timeBinary, ['-f', '%e %U %S', '-o', timeFile, command, ...args]] : [command, args];
  const log = createWriteStream(options.logPath);
  const loadBefore = loadAverage();
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peak = 0;
  const timeline: Measured['timeline'] = [];
  const sample = () => {
    if (child.pid === undefined) return;
    const { total, byCommand } = processTreeRss(child.pid);
    peak = Math.max(peak, total);
    const seconds = Math.floor((performance.now() - started) / 1000);
    if (total > 0 && timeline.at(-1)?.s !== seconds) {
      const by = Object.fromEntries(Object.entries(byCommand).map(([name, bytes]) => [name, Math.round(bytes / 1e6)]));
      timeline.push({ s: seconds, mb: Math.round(total / 1e6), by });
    }
  };
  const sampler = setInterval(sample, 100);
  const exitCode = await new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  await new Promise<void>((done) => log.end(done));
  let cpuMs: number | undefined;
  if (timed && existsSync(timeFile)) {
    const numbers = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    if (numbers.length === 3 && numbers.every(Number.isFinite)) cpuMs = (numbers[1]! + numbers[2]!) * 1000;
  }
  return { exitCode, wallMs, cpuMs, peakTreeRssBytes: peak, timeline, load: [loadBefore, loadAverage()], logPath: options.logPath };
}

function requireSuccess(step: string, run: Measured): Measured {
  if (run.exitCode !== 0) {
    const tail = readFileSync(run.logPath, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${step} failed (exit ${run.exitCode}); log: ${run.logPath}\n${tail}`);
  }
  return run;
}

// ---------------------------------------------------------------------------------------------
// The two builds and the validator.

function buildEnv(workspace: Workspace, name: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TZ: 'UTC',
    KULTURBRO_NOW: BENCH_NOW,
    KULTURBRO_SITE: BENCH_SITE,
    KULTURBRO_CONTENT_DIR: workspace.contentDir,
    KULTURBRO_OUT_DIR: join(workspace.root, `${name}-dist`),
    KULTURBRO_CACHE_DIR: join(workspace.root, `${name}-cache`),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

export interface BuildResult extends Measured {
  outDir: string;
}

/**
 * The full site as `npm run build` makes it (pages, feeds, then the search index), from a cold cache;
 * with `warm`, again over the same cache (Astro's resized pictures kept), as the deploy workflow does.
 */
export async function buildSite(workspace: Workspace, options: { profileDir?: string | undefined; warm?: boolean } = {}): Promise<BuildResult> {
  const env = buildEnv(workspace, 'full');
  // The rebuild writes to a folder of its own, as a deploy starts from a fresh checkout: over the
  // first build's output Astro would first empty it (8 s of the 1,000-entry rebuild went there).
  if (options.warm) env.KULTURBRO_OUT_DIR = join(workspace.root, 'warm-dist');
  // Every Node process of the build writes its own profile.
  if (options.profileDir) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${options.profileDir}`.trim();
  const buildScript = join(workspace.siteDir, 'scripts/build.ts');
  // `npm run build` was scripts/build.ts (astro build, then Pagefind) in some commits (--ref).
  const command = existsSync(buildScript) ? [buildScript] : [astroBin, 'build'];
  const logPath = join(workspace.root, options.warm ? 'warm-build.log' : 'full-build.log');
  const run = await runMeasured(process.execPath, command, { cwd: workspace.siteDir, env, logPath });
  return { ...requireSuccess('The site build', run), outDir: env.KULTURBRO_OUT_DIR! };
}

/** bench/floor/ over the same files, from a cold cache, with the repository's node_modules. */
export async function buildFloor(workspace: Workspace): Promise<BuildResult> {
  const env = buildEnv(workspace, 'floor');
  const run = await runMeasured(process.execPath, [astroBin, 'build', '--root', join(repoRoot, 'bench/floor')], { cwd: repoRoot, env, logPath: join(workspace.root, 'floor-build.log') });
  return { ...requireSuccess('The floor build', run), outDir: env.KULTURBRO_OUT_DIR! };
}

/** `npm run validate -- --root <content>` as a contributor or CI runs it. */
export async function timeValidate(workspace: Workspace): Promise<Measured> {
  const run = await runMeasured(process.execPath, [join(repoRoot, 'scripts/validate.ts'), '--root', workspace.contentDir], {
    cwd: repoRoot, env: { ...process.env, KULTURBRO_NOW: BENCH_NOW }, logPath: join(workspace.root, 'validate.log'),
  });
  return requireSuccess('Validation', run);
}

// ---------------------------------------------------------------------------------------------
// What a build wrote.

export interface OutputStats {
  pages: number;
  bytes: number;
  files: number;
  feeds: number;
  largestFeed?: { path: string; bytes: number };
  pagefindBytes: number;
  pagefindFiles: number;
  /** The map page /sv/map/ as a browser loads it (issue 16): HTML, style sheets and scripts, gzip each. */
  mapPage?: { htmlGzip: number; totalGzip: number; marks: number; groups: number };
  /** The largest locator map (gzip of its SVG) among the first 500 Swedish entry pages that have one. */
  locatorGzip?: { bytes: number; pages: number };
}

/** The map page's and the locator maps' sizes, from a built site. */
function mapFigures(outDir: string): Pick<OutputStats, 'mapPage' | 'locatorGzip'> {
  const figures: Pick<OutputStats, 'mapPage' | 'locatorGzip'> = {};
  const mapFile = join(outDir, 'sv/map/index.html');
  if (existsSync(mapFile)) {
    const html = readFileSync(mapFile);
    const text = html.toString('utf8');
    const assets = [...text.matchAll(/<(?:link rel="stylesheet" href|script[^>]* src)="(\/[^"]+)"/g)].map((m) => m[1]!);
    const assetBytes = assets.reduce((sum, path) => sum + gzipSync(readFileSync(join(outDir, path))).length, 0);
    const htmlGzip = gzipSync(html).length;
    figures.mapPage = {
      htmlGzip,
      totalGzip: htmlGzip + assetBytes,
      marks: (text.match(/class="map-mark"/g) ?? []).length,
      groups: (text.match(/class="map-mark"><circle class="map-group/g) ?? []).length,
    };
  }
  const eventsDir = join(outDir, 'sv/events');
  if (existsSync(eventsDir)) {
    let largest = 0;
    let pages = 0;
    for (const id of readdirSync(eventsDir).slice(0, 500)) {
      const file = join(eventsDir, id, 'index.html');
      if (!existsSync(file)) continue;
      const svg = /<svg class="locator-map"[\s\S]*?<\/svg>/.exec(readFileSync(file, 'utf8'))?.[0];
      if (!svg) continue;
      pages += 1;
      largest = Math.max(largest, gzipSync(svg).length);
    }
    if (pages > 0) figures.locatorGzip = { bytes: largest, pages };
  }
  return figures;
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) walk(path, visit);
    else if (item.isFile()) visit(path, statSync(path).size);
  }
}

export function outputStats(outDir: string): OutputStats {
  const stats: OutputStats = { pages: 0, bytes: 0, files: 0, feeds: 0, pagefindBytes: 0, pagefindFiles: 0 };
  const pagefindDir = join(outDir, 'pagefind') + sep;
  walk(outDir, (path, bytes) => {
    stats.files += 1;
    stats.bytes += bytes;
    if (path.endsWith('.html')) stats.pages += 1;
    if (path.startsWith(pagefindDir)) {
      stats.pagefindBytes += bytes;
      stats.pagefindFiles += 1;
    }
    // Feeds are /feeds/**.ics; an entry's own /{lang}/events/{id}.ics is not a subscription.
    if (path.endsWith('.ics') && path.startsWith(join(outDir, 'feeds') + sep)) {
      stats.feeds += 1;
      if (!stats.largestFeed || bytes > stats.largestFeed.bytes) stats.largestFeed = { path: path.slice(outDir.length), bytes };
    }
  });
  return { ...stats, ...mapFigures(outDir) };
}

/** Pagefind's own count of indexed pages per language (pagefind-entry.json). */
export function pagefindPageCounts(outDir: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
}

// ---------------------------------------------------------------------------------------------
// The first search, in Chromium on 127.0.0.1.

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.ics': 'text/calendar; charset=utf-8', '.xml': 'application/xml', '.wasm': 'application/wasm', '.png': 'image/png',
};
/** Compressed on the fly, as static hosts do; Pagefind's index files are compressed already. */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.ics', '.xml']);
export const BLANK_PAGE = '/__bench/blank.html';

export interface StaticServer {
  url: string;
  /** Bytes sent since the last `resetTraffic()` (headers and bodies as sent), and of those under /pagefind/. */
  traffic: () => { bytes: number; pagefindBytes: number; requests: number; files: { path: string; bytes: number }[] };
  resetTraffic: () => void;
  close: () => Promise<void>;
}

/**
 * A static file server for a built site, like a CDN in front of it (gzip for text, nothing else).
 * It counts what it sends: the browser's own accounting misses Pagefind's web worker.
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const outDir = resolve(dir);
  const gzipped = new Map<string, Uint8Array>();
  let traffic = { bytes: 0, pagefindBytes: 0, requests: 0, files: [] as { path: string; bytes: number }[] };
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (status: number, headers: Record<string, string>, body: Uint8Array | string) => {
      response.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }).end(body);
      const sent = Buffer.byteLength(body) + Object.entries(headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 20);
      traffic.bytes += sent;
      traffic.requests += 1;
      traffic.files.push({ path: pathname, bytes: sent });
      if (pathname.startsWith('/pagefind/')) traffic.pagefindBytes += sent;
    };
    if (pathname === BLANK_PAGE) {
      // Pagefind picks its index by <html lang>: the page takes the language it is asked for.
      const lang = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('lang') ?? 'en';
      send(200, { 'Content-Type': 'text/html; charset=utf-8' }, `<!doctype html><html lang="${lang.replace(/[^a-z-]/gi, '')}"><title>bench</title>`);
      return;
    }
    let file = normalize(join(outDir, pathname));
    if (!file.startsWith(outDir)) {
      send(403, {}, '');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      send(404, {}, 'not found');
      return;
    }
    const type = extname(file);
    const headers: Record<string, string> = { 'Content-Type': contentTypes[type] ?? 'application/octet-stream' };
    let body: Uint8Array = readFileSync(file);
    if (compressible.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let packed = gzipped.get(file);
      if (!packed) gzipped.set(file, (packed = gzipSync(body)));
      body = packed;
      headers['Content-Encoding'] = 'gzip';
    }
    send(200, headers, body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    traffic: () => ({ ...traffic, files: [...traffic.files] }),
    resetTraffic: () => (traffic = { bytes: 0, pagefindBytes: 0, requests: 0, files: [] }),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface SearchTiming {
  /**
   * `page`: the site's search page opened with `?q=`, timed from the start of navigation;
   * `typed`: the search page opened empty, the query then typed into its box, timed from the input
   * that completes the query (Pagefind starts loading as the box takes focus, at the same moment);
   * `api`: Pagefind's JS API in a blank page.
   */
  method: 'page' | 'typed' | 'api';
  /** Time to the first result, per cold run (fresh browser context each time). */
  runsMs: number[];
  medianMs: number;
  /** Bytes the server sent in the first run (headers and bodies, gzip for text as a CDN would). */
  bytes: number;
  /** Of which Pagefind's files (its script, WebAssembly, index chunks, fragments). */
  pagefindBytes: number;
  /** Every file the first run loaded, with the bytes sent for it. */
  files: { path: string; bytes: number }[];
  results: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Opens `/{lang}/search/?q=term`, or types the term into `/{lang}/search/` (`typed`), or, without a
 * search page, runs Pagefind's API in a blank page of the same origin, and times the first
 * result, with the bytes the browser received from the start of navigation.
 */
export async function timeFirstSearch(
  outDir: string,
  options: { lang: string; term: string; runs?: number; resultSelector?: string; method?: SearchTiming['method'] },
): Promise<SearchTiming> {
  const { launchBrowser } = await import('../tests/helpers/browser.ts');
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  const usePage = options.method !== 'api' && existsSync(join(outDir, options.lang, 'search', 'index.html'));
  const selector = options.resultSelector ?? '.search-result';
  const runsMs: number[] = [];
  let firstBytes = 0;
  let firstPagefindBytes = 0;
  let files: SearchTiming['files'] = [];
  let results = 0;
  try {
    for (let run = 0; run < (options.runs ?? 3); run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (usePage) {
        // The first result's moment, and for a typed query the moment the query is complete in the
        // box, measured in the page (navigation start is 0).
        await page.addInitScript(({ resultSelector, term }: { resultSelector: string; term: string }) => {
          const clock = window as unknown as { __firstResult?: number; __querySet?: number };
          const record = () => {
            if (document.querySelector(resultSelector)) {
              clock.__firstResult = performance.now();
              return true;
            }
            return false;
          };
          new MutationObserver((_, observer) => record() && observer.disconnect()).observe(document, { childList: true, subtree: true });
          document.addEventListener('input', (event) => {
            if ((event.target as HTMLInputElement).value === term) clock.__querySet ??= performance.now();
          }, true);
        }, { resultSelector: selector, term: options.term });
        server.resetTraffic();
        if (options.method === 'typed') {
          await page.goto(`${server.url}/${options.lang}/search/`);
          await page.waitForLoadState('networkidle');
          await page.getByRole('searchbox').fill(options.term);
        } else {
          await page.goto(`${server.url}/${options.lang}/search/?q=${encodeURIComponent(options.term)}`);
        }
        await page.waitForSelector(selector, { timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        runsMs.push(await page.evaluate(() => {
          const clock = window as unknown as { __firstResult: number; __querySet?: number };
          return clock.__firstResult - (clock.__querySet ?? 0);
        }));
        results = await page.locator(selector).count();
      } else {
        await page.goto(`${server.url}${BLANK_PAGE}?lang=${encodeURIComponent(options.lang)}`);
        server.resetTraffic();
        const found = await page.evaluate(async (term: string) => {
          const started = performance.now();
          const script: string = '/pagefind/pagefind.js';
          const pagefind = (await import(/* @vite-ignore */ script)) as {
            init: () => Promise<void>;
            search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
          };
          await pagefind.init();
          const search = await pagefind.search(term);
          const first = await search.results[0]?.data();
          return { ms: performance.now() - started, count: search.results.length, url: first?.url };
        }, options.term);
        await page.waitForLoadState('networkidle');
        if (!found.url) throw new Error(`No search result for ${JSON.stringify(options.term)}.`);
        runsMs.push(found.ms);
        results = found.count;
      }
      if (run === 0) ({ bytes: firstBytes, pagefindBytes: firstPagefindBytes, files } = server.traffic());
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { method: usePage ? (options.method === 'typed' ? 'typed' : 'page') : 'api', runsMs, medianMs: median(runsMs), bytes: firstBytes, pagefindBytes: firstPagefindBytes, files, results };
}

// ---------------------------------------------------------------------------------------------
// Reading Astro's and our integration's log lines for a breakdown of the build.

export interface BuildPhases {
  /** Astro's "N page(s) built in Xs": everything from config to the last page. */
  astroSeconds?: number;
  /** Reading, checking and rendering the content (the content layer's sync). */
  contentSeconds?: number;
  /** Rendering and writing every page and endpoint. */
  generateSeconds?: number;
  /** Pagefind's own time, as the build reports it: one index, or the sum over the languages. */
  pagefindMs?: number;
  /** How long the build waited for the search index after its last page was written. */
  searchIndexTailMs?: number;
}

/** Seconds of Astro's time stats: `93ms`, `54.78s`, `1m 7s`. */
function statSeconds(text: string): number {
  const minutes = /(\d+)m\s+([\d.]+)s/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  const ms = /^([\d.]+)ms$/.exec(text);
  return ms ? Number(ms[1]) / 1000 : Number(text.replace(/s$/, ''));
}

const clockSeconds = (hms: string) => hms.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);

export function buildPhases(logPath: string): BuildPhases {
  const log = readFileSync(logPath, 'utf8');
  const astro = /\d+ page\(s\) built in (\d+m\s+[\d.]+s|[\d.]+m?s)/.exec(log);
  // One index after the build (commits up to 4b6c8d1), or one per language during it.
  const pagefindRuns = [...log.matchAll(/Indexed \d+ (?:[a-z]{2} )?pages in (\d+) ms/g)].map((m) => Number(m[1]));
  const tail = /Indexed \d+ pages for search \((\d+) ms after the last page was written\)/.exec(log);
  const generate = /generating static routes[\s\S]*?✓ Completed in (\d+m\s+[\d.]+s|[\d.]+m?s)/.exec(log);
  const syncing = /(\d\d:\d\d:\d\d) \[content\] Syncing content/.exec(log);
  const synced = /(\d\d:\d\d:\d\d) \[content\] Synced content/.exec(log);
  return {
    ...(astro ? { astroSeconds: statSeconds(astro[1]!) } : {}),
    ...(syncing && synced ? { contentSeconds: clockSeconds(synced[1]!) - clockSeconds(syncing[1]!) } : {}),
    ...(generate ? { generateSeconds: statSeconds(generate[1]!) } : {}),
    ...(pagefindRuns.length > 0 ? { pagefindMs: pagefindRuns.reduce((a, b) => a + b, 0) } : {}),
    ...(tail ? { searchIndexTailMs: Number(tail[1]) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// The command.

export interface BenchReport {
  entries: number;
  seed: number;
  date: string;
  machine: { cores: number; memoryGiB: number; freeGiB: number; cpu: string; node: string };
  validate: Measured;
  full: BuildResult & { stats: OutputStats; phases: BuildPhases };
  /** The same build again with the image cache of the first: what a daily rebuild costs. */
  warm?: BuildResult;
  /** Picture files in the content. */
  pictures?: number;
  floor?: BuildResult & { stats: OutputStats; phases: BuildPhases };
  search?: SearchTiming & { term: string; lang: string };
  /** The same term typed into the search page opened empty. */
  searchTyped?: SearchTiming & { term: string; lang: string };
  /** The same search through Pagefind's API in a blank page: what Pagefind itself costs. */
  searchApi?: SearchTiming & { term: string; lang: string };
}

type FirstSearches = Pick<BenchReport, 'search' | 'searchTyped' | 'searchApi'>;

/** The first search three ways: a link with `?q=`, a typed query, and Pagefind's API alone for comparison. */
async function firstSearches(outDir: string, query: { lang: string; term: string }): Promise<FirstSearches> {
  const search = { ...(await timeFirstSearch(outDir, query)), ...query };
  if (search.method !== 'page') return { search };
  return {
    search,
    searchTyped: { ...(await timeFirstSearch(outDir, { ...query, method: 'typed' })), ...query },
    searchApi: { ...(await timeFirstSearch(outDir, { ...query, method: 'api' })), ...query },
  };
}

/** How a first-search figure was measured, as the tables say it. */
function searchLabel(search: SearchTiming & { term: string; lang: string }): string {
  switch (search.method) {
    case 'page': return `/${search.lang}/search/?q=${search.term}, from navigation`;
    case 'typed': return `"${search.term}" typed into /${search.lang}/search/, from the query`;
    case 'api': return `Pagefind API alone, "${search.term}"`;
  }
}

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);

/** The Markdown table docs/performance.md quotes. */
export function reportTable(report: BenchReport): string {
  const { full, floor } = report;
  const rows: [string, string, string, string][] = [];
  const row = (label: string, value: string, floorValue = '', ratio = '') => rows.push([label, value, floorValue, ratio]);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)} ×`;
  row('wall time (s)', s(full.wallMs), floor ? s(floor.wallMs) : '', floor ? ratio(full.wallMs, floor.wallMs) : '');
  row('CPU user+sys (s)', full.cpuMs === undefined ? '–' : s(full.cpuMs), floor?.cpuMs === undefined ? '' : s(floor.cpuMs),
    full.cpuMs !== undefined && floor?.cpuMs !== undefined ? ratio(full.cpuMs, floor.cpuMs) : '');
  // No schedule finishes sooner than its CPU time spread over every core; against the floor's wall
  // time this is the best ratio the build's present amount of work allows on this machine.
  if (full.cpuMs !== undefined) {
    const bound = full.cpuMs / report.machine.cores;
    row(`lower bound: CPU ÷ ${report.machine.cores} cores (s), against the floor's wall time`, s(bound), '', floor ? ratio(bound, floor.wallMs) : '');
  }
  row('peak RSS, process tree (MB)', mb(full.peakTreeRssBytes), floor ? mb(floor.peakTreeRssBytes) : '', floor ? ratio(full.peakTreeRssBytes, floor.peakTreeRssBytes) : '');
  row('pages (.html)', String(full.stats.pages), floor ? String(floor.stats.pages) : '');
  row('pages/s', (full.stats.pages / (full.wallMs / 1000)).toFixed(0), floor ? (floor.stats.pages / (floor.wallMs / 1000)).toFixed(0) : '');
  row('dist size (MB, files)', `${mb(full.stats.bytes)} (${full.stats.files})`, floor ? `${mb(floor.stats.bytes)} (${floor.stats.files})` : '');
  row('Pagefind index (MB, files)', `${mb(full.stats.pagefindBytes)} (${full.stats.pagefindFiles})`, floor ? `${mb(floor.stats.pagefindBytes)} (${floor.stats.pagefindFiles})` : '');
  const phase = (value: number | undefined) => (value === undefined ? '' : value.toFixed(1));
  row('of which content sync (s, ±1)', phase(full.phases.contentSeconds), phase(floor?.phases.contentSeconds));
  row('of which page generation (s)', phase(full.phases.generateSeconds), phase(floor?.phases.generateSeconds));
  if (full.phases.pagefindMs !== undefined) row(full.phases.searchIndexTailMs === undefined ? 'of which Pagefind indexing (s)' : 'Pagefind indexing, beside generation (s, 3 languages)', s(full.phases.pagefindMs));
  if (full.phases.searchIndexTailMs !== undefined) row('of which waiting for the index after the last page (s)', s(full.phases.searchIndexTailMs));
  row('feeds (.ics under /feeds/)', String(full.stats.feeds));
  row('largest feed (bytes)', full.stats.largestFeed ? `${full.stats.largestFeed.bytes.toLocaleString('en')} (${full.stats.largestFeed.path})` : '–');
  const map = full.stats.mapPage;
  if (map) row('map page /sv/map/ (KB gzip: HTML + CSS + JS; HTML alone)', `${(map.totalGzip / 1024).toFixed(1)}; ${(map.htmlGzip / 1024).toFixed(1)} (${map.marks} marks, ${map.groups} of them groups)`);
  const locator = full.stats.locatorGzip;
  if (locator) row('locator map on an entry page (KB gzip, largest)', `${(locator.bytes / 1024).toFixed(1)} (of ${locator.pages} pages)`);
  row('validate (s)', s(report.validate.wallMs));
  for (const search of [report.search, report.searchTyped, report.searchApi]) {
    if (!search) continue;
    const how = searchLabel(search);
    row(`first search (ms, median of ${search.runsMs.length} cold)`, `${search.medianMs.toFixed(0)} (${search.runsMs.map((v) => v.toFixed(0)).join(', ')}; ${how})`);
    row('first search transfer (KB, of which Pagefind)', `${(search.bytes / 1000).toFixed(0)} (${(search.pagefindBytes / 1000).toFixed(0)})`);
  }
  const { warm, pictures } = report;
  if (pictures) row('pictures (files beside the entries)', String(pictures));
  if (warm) {
    row('rebuild with the image cache warm: wall time (s)', s(warm.wallMs), floor ? s(floor.wallMs) : '', floor ? ratio(warm.wallMs, floor.wallMs) : '');
    if (warm.cpuMs !== undefined) row('rebuild with the image cache warm: CPU (s)', s(warm.cpuMs), floor?.cpuMs === undefined ? '' : s(floor.cpuMs), floor?.cpuMs === undefined ? '' : ratio(warm.cpuMs, floor.cpuMs));
    if (pictures) {
      // What the first build spent on pictures, over the warm rebuild that found them all in the cache.
      const perPicture = (a: number, b: number) => `${((a - b) / pictures).toFixed(0)} ms`;
      row('cold cost per picture: wall (cold − warm) ÷ pictures', perPicture(full.wallMs, warm.wallMs));
      if (full.cpuMs !== undefined && warm.cpuMs !== undefined) row('cold cost per picture: CPU (cold − warm) ÷ pictures', perPicture(full.cpuMs, warm.cpuMs));
    }
  }
  row('load average at start → end', `${full.load[0].toFixed(1)} → ${full.load[1].toFixed(1)}`, floor ? `${floor.load[0].toFixed(1)} → ${floor.load[1].toFixed(1)}` : '');
  const header = `| ${report.entries.toLocaleString('en')} entries | full build | floor | full/floor |\n|---|---|---|---|`;
  return [header, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function machine(): BenchReport['machine'] {
  const cpu = cpus()[0]?.model ?? 'unknown';
  return { cores: cpus().length, memoryGiB: totalmem() / 2 ** 30, freeGiB: freemem() / 2 ** 30, cpu, node: process.version };
}

const usage = `Usage: npm run bench -- --entries N [--venues V] [--seed S] [--keep] [--no-browser] [--no-floor] [--no-warm] [--no-pictures] [--profile] [--ref REF] [--query WORD] [--lang L] [--json FILE]

  --entries N    how many generated events and opportunities (required)
  --venues V     how many generated venues (default: the generator's number for N entries)
  --seed S       generator seed (default ${DEFAULT_SEED})
  --keep         keep the temporary folder (content, site copy, both dist folders, logs)
  --no-browser   skip the first-search measurement in Chromium
  --no-floor     skip the framework floor (bench/floor/)
  --no-warm      skip the rebuild over the first build's image cache
  --no-pictures  generate no pictures (by default ${BENCH_PICTURE_SHARE * 100} % of entries have one)
  --profile      write V8 CPU profiles of the full build to <temp>/profile/ (the rebuild's to profile/warm/)
  --ref REF      build the site's sources as committed at a git ref (default: the work tree as it is)
  --query WORD   the search term (default Karlstad); --lang L the index to search (default sv)
  --json FILE    also write every figure as JSON

       npm run bench -- --dist DIR [--query WORD] [--lang L] [--json FILE]

  --dist DIR     no generation and no builds: only the first search (search page and Pagefind API
                 alone) on a site already built in DIR, with the files of the first run`;

const cliOptions = {
  entries: { type: 'string' }, venues: { type: 'string' }, seed: { type: 'string' }, keep: { type: 'boolean' }, 'no-browser': { type: 'boolean' },
  'no-floor': { type: 'boolean' }, 'no-warm': { type: 'boolean' }, 'no-pictures': { type: 'boolean' }, profile: { type: 'boolean' }, query: { type: 'string', default: 'Karlstad' },
  lang: { type: 'string', default: 'sv' }, json: { type: 'string' }, ref: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  dist: { type: 'string' },
} as const;

/** `--dist DIR`: the first-search rows for a site built elsewhere (e.g. a search page built small over a big index). */
async function searchOnly(outDir: string, values: { lang: string; query: string; json?: string | undefined }): Promise<number> {
  if (!existsSync(join(outDir, 'pagefind', 'pagefind.js'))) {
    console.error(`${outDir} has no pagefind/pagefind.js`);
    return 1;
  }
  const query = { lang: values.lang, term: values.query };
  const load = () => loadavg().map((v) => v.toFixed(2)).join(' ');
  const loadBefore = load();
  const { search, searchTyped, searchApi } = await firstSearches(outDir, query);
  const loadAfter = load();
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  const m = machine();
  console.log(`\n${m.cores} cores (${m.cpu}), Node ${m.node}, ${new Date().toISOString()}, load average (1, 5, 15 min) ${loadBefore} → ${loadAfter}\n`);
  console.log(`| ${outDir} | first search (ms, median of cold runs) | runs (ms) | transfer, first run (KB) | of which Pagefind (KB) | results |\n|---|---|---|---|---|---|`);
  for (const s of [search, searchTyped, searchApi]) {
    if (!s) continue;
    const how = searchLabel(s);
    console.log(`| ${how} | ${s.medianMs.toFixed(0)} | ${s.runsMs.map((v) => v.toFixed(0)).join(', ')} | ${kb(s.bytes)} | ${kb(s.pagefindBytes)} | ${s.results} |`);
  }
  for (const s of [search, searchTyped, searchApi]) {
    if (!s) continue;
    console.log(`\nFiles of the first run (${s.method}), bytes sent:`);
    for (const file of s.files) console.log(`  ${String(file.bytes).padStart(7)}  ${file.path}`);
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ dist: outDir, load: [loadBefore, loadAfter], search, searchTyped, searchApi }, null, 2)}\n`);
  return 0;
}

async function main(): Promise<number> {
  let values: ReturnType<typeof parseArgs<{ options: typeof cliOptions }>>['values'];
  try {
    values = parseArgs({ options: cliOptions }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.dist !== undefined && !values.help) return searchOnly(resolve(values.dist), values);
  const entries = Number(values.entries);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (values.help || !Number.isInteger(entries) || entries < 1 || !Number.isInteger(seed)) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const step = (text: string) => console.error(`[bench] ${new Date().toISOString().slice(11, 19)} ${text}`);
  step(`generating ${entries} entries (seed ${seed}) and copying the site`);
  const venues = values.venues === undefined ? undefined : Number(values.venues);
  const workspace = await prepareWorkspace(entries, { seed, pictures: values['no-pictures'] ? 0 : BENCH_PICTURE_SHARE, ...(values.ref ? { ref: values.ref } : {}), ...(venues ? { venues } : {}) });
  step(`workspace ${workspace.root} (${workspace.pictures} pictures)`);
  let failed = true;
  try {
    await measureAll();
    failed = false;
  } catch (error) {
    console.error((error as Error).message);
  } finally {
    if (values.keep || failed || values.profile) step(`kept ${workspace.root}`);
    else rmSync(workspace.root, { recursive: true, force: true });
  }
  return failed ? 1 : 0;

  async function measureAll(): Promise<void> {
    step('validate');
    const validate = await timeValidate(workspace);
    step(`full build (log: ${join(workspace.root, 'full-build.log')})`);
    const profileDir = values.profile ? join(workspace.root, 'profile') : undefined;
    const fullRun = await buildSite(workspace, { profileDir });
    const full = { ...fullRun, stats: outputStats(fullRun.outDir), phases: buildPhases(fullRun.logPath) };
    let warm: BuildResult | undefined;
    if (!values['no-warm']) {
      step(`rebuild with the image cache warm (log: ${join(workspace.root, 'warm-build.log')})`);
      warm = await buildSite(workspace, { warm: true, profileDir: profileDir && join(profileDir, 'warm') });
    }
    let floor: BenchReport['floor'];
    if (!values['no-floor']) {
      step('floor build');
      const floorRun = await buildFloor(workspace);
      floor = { ...floorRun, stats: outputStats(floorRun.outDir), phases: buildPhases(floorRun.logPath) };
    }
    let searches: FirstSearches = {};
    if (!values['no-browser'] && existsSync(join(full.outDir, 'pagefind'))) {
      step('first search in Chromium');
      searches = await firstSearches(full.outDir, { lang: values.lang, term: values.query });
    }
    const report: BenchReport = {
      entries, seed, date: new Date().toISOString(), machine: machine(), validate, full, ...(warm ? { warm } : {}), pictures: workspace.pictures, ...(floor ? { floor } : {}), ...searches,
    };
    const m = report.machine;
    console.log(`\n${m.cores} cores (${m.cpu}), ${m.memoryGiB.toFixed(1)} GiB memory, Node ${m.node}, ${report.date}\n`);
    console.log(reportTable(report));
    if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    if (profileDir) console.log(`\nCPU profile: ${profileDir}`);
  }
}

if (import.meta.main) process.exitCode = await main();
