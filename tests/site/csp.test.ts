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
  // The editor's pages carry a policy of their own (tested below).
  const pages = distFiles(site.outDir, '.html').filter((page) => !page.startsWith('admin/'));

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
  const rules = headerRules(headers);
  const everyPage = rules.find((rule) => rule.pattern === '/*' && rule.headers.some(([name]) => name === 'referrer-policy'))!;
  /** The policies a host sends for `path`: every matching rule's, all of them enforced. */
  const policiesFor = (path: string) =>
    rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers).filter(([name]) => name === 'content-security-policy').map(([, value]) => value);
  const pagePolicy = (path: string) => policiesFor(path).find((policy) => policy.includes('default-src'));

  it('mirrors the page policy onto every public path, with a referrer policy and nosniff', () => {
    const sources = (policy: string) =>
      new Set(policy.split(';').filter((part) => part.trim()).flatMap((part) => part.trim().split(/\s+/).map((source, _, all) => `${all[0]} ${source}`)));
    const page = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(join(site.outDir, 'sv/index.html'), 'utf8'))![1]!.replace(/&#39;/g, "'");
    for (const path of ['/', '/sv/', '/nb/events/x/', '/embed/sv/region/varmland/', '/index.html', '/pagefind/pagefind.js', '/_astro/x.js']) {
      const headerPolicy = pagePolicy(path);
      expect(headerPolicy, `a Content-Security-Policy for ${path}`).toBeTruthy();
      for (const source of sources(page)) expect(sources(headerPolicy!), source).toContain(source);
      expect(headerPolicy).not.toContain("'unsafe-inline'");
      expect(headerPolicy).not.toContain("'unsafe-eval'");
    }
    expect(everyPage.headers).toContainEqual(['referrer-policy', 'strict-origin-when-cross-origin']);
    expect(everyPage.headers).toContainEqual(['x-content-type-options', 'nosniff']);
  });

  it("keeps the editor's looser policy at /admin/, and the pages' policy away from it", () => {
    const policies = policiesFor('/admin/');
    expect(policies).toHaveLength(1);
    expect(policies[0]).toContain("script-src 'self' 'unsafe-eval'");
    expect(policies[0]).toContain("frame-ancestors 'none'");
    const admin = rules.filter((rule) => matches(rule.pattern, '/admin/nb/')).flatMap((rule) => rule.headers);
    expect(admin).toContainEqual(['x-frame-options', 'DENY']);
    expect(admin).toContainEqual(['x-robots-tag', 'noindex, nofollow']);
    // No other path gets eval from the editor's rule.
    for (const rule of rules) if (!rule.pattern.startsWith('/admin/')) expect(rule.headers.map(([, v]) => v).join(' ')).not.toContain("'unsafe-eval'");
  });

  it('serves calendar feeds as text/calendar with a charset', () => {
    expect(headers).toMatch(/^\/\*\.ics\n\s+Content-Type: text\/calendar; charset=utf-8/m);
  });
});

describe("the editor's own pages", () => {
  const site = builds.samples;
  const adminPages = distFiles(site.outDir, '.html').filter((page) => page.startsWith('admin/'));

  it('exist in three languages, noindex, with a policy that allows eval and inline styles only there', () => {
    expect(adminPages.sort()).toEqual(['admin/en/index.html', 'admin/index.html', 'admin/nb/index.html', 'admin/sv/index.html']);
    for (const page of adminPages) {
      const html = readFileSync(join(site.outDir, page), 'utf8');
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      const policy = policyOf(html);
      expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      // Only local scripts, no inline ones.
      expect([...html.matchAll(/<script([^>]*)>/g)].every((m) => /src="\/admin\//.test(m[1]!))).toBe(true);
    }
  });

  it('stay out of the sitemap and the search index', () => {
    const sitemaps = distFiles(site.outDir, '.xml').filter((file) => file.startsWith('sitemap')).map((file) => readFileSync(join(site.outDir, file), 'utf8'));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) expect(sitemap).not.toContain('/admin');
    const index = distFiles(site.outDir, '').filter((file) => file.startsWith('pagefind/'));
    expect(index.length).toBeGreaterThan(0);
    for (const file of index.filter((f) => /\.(json|js)$/.test(f))) expect(readFileSync(join(site.outDir, file), 'utf8'), file).not.toContain('/admin/');
  });
});

/** Netlify/Cloudflare `_headers`: each path pattern with its header lines (names lower-cased). */
function headerRules(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name!.trim().toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
