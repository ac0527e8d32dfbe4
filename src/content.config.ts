/**
 * Astro's collections, fed by Kulturbro's own loader: it reads and checks all content at once
 * (src/lib/content.ts) so the build reports every problem of every file, not just the first.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { entrySchema, organiserSchema, venueSchema } from './schema/index.ts';
import { contentRoot } from './data/content-root.ts';
import { loadValidContent, type Content } from './lib/content.ts';
import { renderBodies } from './lib/markdown-bodies.ts';
import { ASSET_IMPORTS_FILE, withAstroImages } from './lib/images/astro-imports.ts';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';

type Kind = 'events' | 'organisers' | 'venues';
const kinds: readonly Kind[] = ['events', 'organisers', 'venues'];

// One read of all content per sync, shared by the three collections, then let go: reading and
// checking 10,000 files once per collection tripled that work and kept every file in memory.
let loaded: Content | undefined;
let waiting = new Set<Kind>();

function filesOf(kind: Kind): Content[Kind] {
  // A collection that already took its files since the last read starts a new sync.
  if (!loaded || !waiting.has(kind)) {
    loaded = loadValidContent(contentRoot);
    waiting = new Set(kinds);
  }
  const files = loaded[kind];
  waiting.delete(kind);
  if (waiting.size === 0) loaded = undefined;
  return files;
}

function kulturbroLoader(kind: Kind): Loader {
  return {
    name: `kulturbro-${kind}`,
    load: async ({ store, renderMarkdown, generateDigest, watcher, config, logger }) => {
      const files = filesOf(kind);
      const root = fileURLToPath(config.root);
      // Astro rewrites its map of image imports (.astro/content-assets.mjs, shared by every content
      // folder built from this root) only when an entry changed: after a build of another folder
      // with a warm cache it would keep that folder's pictures. Without the file it is written anew.
      rmSync(new URL(ASSET_IMPORTS_FILE, new URL('.astro/', config.root)), { force: true });
      const present = new Set(files.map((f) => f.id));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      // Markdown is only rendered again for files that changed since the last build.
      const changed = files.map((file) => {
        const data = withAstroImages('timezone' in file ? { ...file.data, timezone: file.timezone } : file.data);
        return { file, data, digest: generateDigest({ data, body: file.body, path: file.path }) };
      }).filter(({ file, digest }) => store.get(file.id)?.digest !== digest);
      const { markdown, image } = config;
      const rendered = await renderBodies(changed.map(({ file }) => file.body), (body) => renderMarkdown(body), {
        syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants, image,
      }, (message) => logger.warn(message));
      for (const [i, { file, data, digest }] of changed.entries()) {
        // Without the Markdown source: pages use the rendered HTML, and Astro would otherwise
        // serialise every body into its data store a second time.
        // The path relative to Astro's root is what its image imports resolve `./picture.jpg` against.
        store.set({ id: file.id, data, filePath: relative(root, file.absolutePath).split(sep).join('/'), digest, rendered: rendered[i]! });
      }
      watcher?.add(contentRoot);
    },
  };
}

export const collections = {
  events: defineCollection({ loader: kulturbroLoader('events'), schema: entrySchema }),
  organisers: defineCollection({ loader: kulturbroLoader('organisers'), schema: organiserSchema }),
  venues: defineCollection({ loader: kulturbroLoader('venues'), schema: venueSchema }),
};
