import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds.ts';
import { distHas, readDist } from '../helpers/dist.ts';
import { CSS_BUDGET, pageKinds } from '../../scripts/lib/page-kinds.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';

const site = builds.samples;
const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

/** A JS module and everything it imports statically, as dist paths (dynamic imports load later). */
function moduleClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !distHas(site.outDir, entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(site.outDir, entry), 'utf8');
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)) {
    const target = match[1]!;
    if (!target.startsWith('.') && !target.startsWith('/')) continue;
    moduleClosure(target.startsWith('/') ? target : posix.join(posix.dirname(entry), target), seen);
  }
  return seen;
}

function upFrontScripts(html: string): Set<string> {
  const files = new Set<string>();
  const pattern = /<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"|\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g;
  for (const match of html.matchAll(pattern)) {
    const path = match[1] ?? match[2] ?? match[3];
    if (path?.startsWith('/')) moduleClosure(path, files);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  if (inline.trim()) files.add(`inline:${inline}`);
  return files;
}

function jsBytes(html: string): number {
  return [...upFrontScripts(html)].reduce((sum, file) => sum + gzipped(file.startsWith('inline:') ? file.slice(7) : readFileSync(join(site.outDir, file), 'utf8')), 0);
}

function cssBytes(html: string): number {
  const sheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(site.outDir, m[1]!), 'utf8'));
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return gzipped([...sheets, ...inline].join('\n'));
}

describe('page weight budgets (gzip)', () => {
  for (const page of pageKinds) {
    it(`${page.kind}: JavaScript${page.jsBudget ? ` ≤ ${page.jsBudget / 1024} KB` : ' (no budget)'}, CSS ≤ ${CSS_BUDGET / 1024} KB`, () => {
      for (const lang of uiLangs) {
        const html = readDist(site.outDir, page.path(lang));
        if (page.jsBudget) expect(jsBytes(html), `${page.path(lang)} JavaScript bytes`).toBeLessThanOrEqual(page.jsBudget);
        expect(cssBytes(html), `${page.path(lang)} CSS bytes`).toBeLessThanOrEqual(CSS_BUDGET);
      }
    });
  }

  it('counts what a page really loads (the measure can fail)', () => {
    // The language switch on / loads one small script: the measure must see it.
    expect(jsBytes(readDist(site.outDir, '/'))).toBeGreaterThan(100);
    expect(cssBytes(readDist(site.outDir, '/'))).toBeGreaterThan(1000);
  });
});
