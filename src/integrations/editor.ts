/**
 * `/admin/` (SPEC §7): writes the editor's files (src/lib/editor/) into the build, with their own
 * `_headers` block, and serves the same files from `astro dev`. Not Astro pages, so the strict
 * policy Astro writes into every page never meets Decap's `'unsafe-eval'`, and the editor stays out
 * of the sitemap and the search index.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_PATH, adminFiles, adminPolicy, type EditorOptions } from '../lib/editor/index.ts';

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8', wasm: 'application/wasm',
};

export default function editor(options: Omit<EditorOptions, 'siteUrl'>): AstroIntegration {
  const siteCss = fileURLToPath(new URL('../styles/global.css', import.meta.url));
  let site = '';
  return {
    name: 'kulturbro:editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = String(config.site ?? '');
      },
      'astro:server:setup': ({ server }) => {
        const files = adminFiles({ ...options, siteUrl: site }, siteCss);
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(ADMIN_PATH)) return next();
          const rest = path.slice(ADMIN_PATH.length);
          const name = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
          const file = files.get(name);
          if (!file) return next();
          response.setHeader('Content-Type', types[name.split('.').pop()!] ?? 'application/octet-stream');
          response.setHeader('Content-Security-Policy', `${adminPolicy(options.authUrl)}; frame-ancestors 'none'`);
          response.end(file());
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = join(fileURLToPath(dir), ADMIN_PATH);
        const files = adminFiles({ ...options, siteUrl: site }, siteCss);
        for (const [name, contents] of files) {
          mkdirSync(dirname(join(outDir, name)), { recursive: true });
          writeFileSync(join(outDir, name), contents());
        }
        appendFileSync(join(fileURLToPath(dir), '_headers'), [
          '',
          '# The editor (src/integrations/editor.ts): Decap CMS needs eval and inline styles, so it has',
          '# its own policy; no other rule matches /admin/, and no site may frame it.',
          `${ADMIN_PATH}*`,
          `  Content-Security-Policy: ${adminPolicy(options.authUrl)}; frame-ancestors 'none'`,
          '  X-Frame-Options: DENY',
          '  X-Robots-Tag: noindex, nofollow',
          '',
        ].join('\n'));
        logger.info(`Wrote the editor (${files.size} files) to ${ADMIN_PATH}`);
      },
    },
  };
}
