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

describe('_headers for hosts that honour it', () => {
  const site = builds.samples;
  const headers = readFileSync(join(site.outDir, '_headers'), 'utf8');
  const everyPage = /^\/\*\n((?:[ \t]+.+\n?)+)/m.exec(headers)?.[1] ?? '';

  it('mirrors the page policy, with a referrer policy and nosniff', () => {
    const headerPolicy = /Content-Security-Policy: (.+)/.exec(everyPage)?.[1];
    expect(headerPolicy, 'a /* block with a Content-Security-Policy').toBeTruthy();
    const sources = (policy: string) =>
      new Set(policy.split(';').filter((part) => part.trim()).flatMap((part) => part.trim().split(/\s+/).map((source, _, all) => `${all[0]} ${source}`)));
    const page = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(join(site.outDir, 'sv/index.html'), 'utf8'))![1]!.replace(/&#39;/g, "'");
    for (const source of sources(page)) expect(sources(headerPolicy!), source).toContain(source);
    expect(headerPolicy).not.toContain("'unsafe-inline'");
    expect(everyPage).toMatch(/Referrer-Policy: strict-origin-when-cross-origin/);
    expect(everyPage).toMatch(/X-Content-Type-Options: nosniff/);
  });

  it('serves calendar feeds as text/calendar with a charset', () => {
    expect(headers).toMatch(/^\/\*\.ics\n\s+Content-Type: text\/calendar; charset=utf-8/m);
  });
});
