import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds.ts';
import { distFiles } from '../helpers/dist.ts';

const decodeEntities = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function policyOf(html: string): Map<string, string[]> {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  const directives = new Map<string, string[]>();
  if (!match) return directives;
  for (const part of decodeEntities(match[1]!).split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('Content-Security-Policy', () => {
  const site = builds.samples;
  const pages = distFiles(site.outDir, '.html');

  it('is on every page, strict for scripts, with a referrer policy', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(site.outDir, page), 'utf8');
      const policy = policyOf(html);
      const scripts = policy.get('script-src');
      if (!scripts) {
        problems.push(`${page}: no script-src`);
        continue;
      }
      if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'")) problems.push(`${page}: script-src allows unsafe-inline/eval`);
      if (policy.get('object-src')?.join(' ') !== "'none'") problems.push(`${page}: object-src is not 'none'`);
      if (!policy.get('base-uri')) problems.push(`${page}: no base-uri`);
      // A <meta> policy only governs what comes after it.
      const policyAt = html.search(/<meta http-equiv="content-security-policy"/i);
      const firstScript = html.search(/<script[\s>]/);
      if (firstScript !== -1 && firstScript < policyAt) problems.push(`${page}: a script comes before the policy`);
      if (!/<meta name="referrer" content="strict-origin-when-cross-origin"/.test(html)) problems.push(`${page}: no referrer policy`);
      // Every inline script that can run must be allowed by its hash, or the browser drops it.
      for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
        const attributes = match[1]!;
        if (/type="application\/(?:ld\+)?json"/.test(attributes)) continue;
        if (!scripts.includes(sha256(match[2]!))) problems.push(`${page}: inline script not covered by a hash: ${match[2]!.slice(0, 60)}`);
      }
      const styles = policy.get('style-src') ?? [];
      for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        if (!styles.includes(sha256(match[1]!))) problems.push(`${page}: inline style not covered by a hash`);
      }
      if (/\sstyle="/.test(html.replace(/<script[\s\S]*?<\/script>/g, ''))) problems.push(`${page}: style attribute (blocked by the policy)`);
    }
    expect(problems.slice(0, 30), `${problems.length} problems`).toEqual([]);
  });
});
