// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { markdownProcessor, markdownShared } from './src/lib/sanitize.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import calendarFiles from './src/integrations/calendar-files.ts';
import searchIndex from './src/integrations/search-index.ts';
import { contentRoot } from './src/data/content-root.ts';
import sitemap from '@astrojs/sitemap';
import { withLanguageAlternates } from './src/lib/sitemap.ts';
import { CONTENT_REPOSITORY, EDITOR_AUTH_URL, OUT_DIR as outDir, SITE_URL as site } from './src/consts.ts';
import editor from './src/integrations/editor.ts';

export default defineConfig({
  site,
  output: 'static',
  outDir,
  cacheDir: process.env.KULTURBRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  // Pages render while earlier ones are written: one at a time left the build waiting on disk half
  // the time (docs/performance.md).
  build: { format: 'directory', concurrency: 8 },
  integrations: [
    preact(),
    calendarFiles({ contentRoot }),
    // The editor at /admin/ (SPEC §7) brings its own, looser policy: kept out of every other page's.
    editor({ repository: CONTENT_REPOSITORY, authUrl: EDITOR_AUTH_URL }),
    securityHeaders({ ownPolicy: ['admin'] }),
    // Language alternates per URL; the embeds are made for other sites' iframes, not for search.
    sitemap({
      filter: (page) => !new URL(page).pathname.startsWith('/embed/'),
      serialize: (item) => withLanguageAlternates(item, site),
    }),
    // Last: its build:done waits for the index, which Pagefind finishes meanwhile.
    searchIndex({ contentRoot }),
  ],
  markdown: { ...markdownShared, processor: markdownProcessor },
  // Pictures (src/lib/images/): AVIF at effort 2 encodes several times faster than the default 4
  // for a few per cent more bytes; mozjpeg makes the JPEG fallback and the 1200 px copies smaller.
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 }, jpeg: { mozjpeg: true } } } },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' https: data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self' https://github.com",
      ],
      // Pagefind's search runs WebAssembly, which CSP allows only with 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
