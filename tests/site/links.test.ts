import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds.ts';
import { distFiles, distHas } from '../helpers/dist.ts';

/** Every same-site URL a page points at: links, scripts, styles, images, icons. */
function internalReferences(html: string, pagePath: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src|component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) {
    const raw = match[1]!.replace(/&amp;/g, '&');
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(raw)) continue;
    const url = new URL(raw, `https://site.invalid/${pagePath}`);
    found.push(decodeURIComponent(url.pathname));
  }
  return found;
}

describe('no broken internal links or assets', () => {
  for (const site of [builds.samples, builds.fixture]) {
    it(`${site.name}: every internal reference resolves to a built file`, () => {
      const broken = new Set<string>();
      const cache = new Map<string, boolean>();
      for (const page of distFiles(site.outDir, '.html')) {
        for (const target of internalReferences(readFileSync(join(site.outDir, page), 'utf8'), page)) {
          let exists = cache.get(target);
          if (exists === undefined) {
            exists = distHas(site.outDir, target);
            cache.set(target, exists);
          }
          if (!exists) broken.add(`${target} (linked from /${page})`);
        }
      }
      expect([...broken].slice(0, 30), `${broken.size} broken`).toEqual([]);
    });
  }
});
