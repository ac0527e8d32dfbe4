/**
 * Mirrors the pages' Content-Security-Policy into `_headers` for hosts that honour it
 * (Netlify, Cloudflare Pages), with Referrer-Policy and nosniff. The policy Astro writes into
 * each page's <meta> holds that page's script and style hashes; a header policy is enforced
 * together with it, so the header must allow every hash any page uses: their union.
 */
import { appendFileSync, closeSync, existsSync, openSync, readSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The first 16 KB of a page: Astro writes the policy in the head, so the rest need not be read. */
function headOf(file: string): string {
  const buffer = Buffer.alloc(16_384);
  const fd = openSync(file, 'r');
  try {
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

function htmlFiles(dir: string, ownPolicy: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !ownPolicy.some((top) => file.startsWith(join(dir, top) + sep)));
}

/**
 * Path patterns for every top-level file and folder of the build except those with a policy of
 * their own: hosts enforce every matching rule's policy, so a `/*` rule would reach them too.
 */
export function publicPatterns(dir: string, ownPolicy: readonly string[]): string[] {
  const top = readdirSync(dir, { withFileTypes: true }).filter((entry) => !ownPolicy.includes(entry.name));
  return ['/', ...top.map((entry) => (entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`)).sort()];
}

/** One policy whose every directive lists each source that any page's policy lists for it. */
export function unionOfPolicies(policies: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      sources.forEach((source) => set.add(source));
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** `ownPolicy`: top-level folders whose pages bring their own policy (the editor at /admin/). */
export default function securityHeaders({ ownPolicy = [] }: { ownPolicy?: readonly string[] } = {}): AstroIntegration {
  return {
    name: 'kulturbro:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies = new Set<string>();
        for (const file of htmlFiles(outDir, ownPolicy)) {
          const match = metaPolicy.exec(headOf(file));
          if (match) policies.add(match[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
        }
        if (policies.size === 0) throw new Error('No page carries a Content-Security-Policy: check security.csp in astro.config.mjs');
        const headersFile = join(outDir, '_headers');
        const policy = `  Content-Security-Policy: ${unionOfPolicies(policies)}`;
        const block = [
          '',
          '# Every page (written by src/integrations/security-headers.ts at build time): the union of the',
          "# pages' <meta> policies, so hosts that send headers enforce the same rules. The policy goes",
          `# on one rule per top-level path rather than /*, which would also reach ${ownPolicy.map((top) => `/${top}/`).join(', ') || 'nothing else'}.`,
          '/*',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  X-Content-Type-Options: nosniff',
          ...publicPatterns(outDir, ownPolicy).flatMap((pattern) => [pattern, policy]),
          '',
        ].join('\n');
        appendFileSync(headersFile, (existsSync(headersFile) ? '' : '# Response headers for Netlify and Cloudflare Pages.\n') + block);
        logger.info(`Mirrored the Content-Security-Policy of ${policies.size} distinct page policies into _headers`);
      },
    },
  };
}
