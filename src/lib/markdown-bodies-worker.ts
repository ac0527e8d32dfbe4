/**
 * The worker half of src/lib/markdown-bodies.ts: takes the next body from the shared counter
 * until none is left, and renders it as Astro's content layer renders `renderMarkdown(body)`
 * (astro/dist/content/content-layer.js, #processMarkdown): frontmatter split off, the
 * configured processor's renderer, image paths gathered into `metadata.imagePaths`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter, type AstroMarkdownOptions, type MarkdownHeading } from '@astrojs/markdown-remark';
import { markdownProcessor } from './sanitize.ts';

/** The options Astro creates its renderer with: the resolved config's `markdown` settings and `image`. */
export type RendererOptions = Record<'syntaxHighlight' | 'shikiConfig' | 'gfm' | 'smartypants' | 'image', unknown>;

export interface RenderedBody {
  html: string;
  metadata?: { headings?: MarkdownHeading[]; imagePaths?: string[]; [key: string]: unknown };
}

export interface MarkdownBodiesJob {
  bodies: readonly string[];
  /** One Int32: the index of the next body nobody has taken yet. */
  next: SharedArrayBuffer;
  options: RendererOptions;
}

const { bodies, next, options } = workerData as MarkdownBodiesJob;
const counter = new Int32Array(next);
const renderer = await markdownProcessor.createRenderer(options as AstroMarkdownOptions);

for (let index = Atomics.add(counter, 0, 1); index < bodies.length; index = Atomics.add(counter, 0, 1)) {
  const { frontmatter, content } = parseFrontmatter(bodies[index]!);
  const { code, metadata } = await renderer.render(content, { frontmatter });
  const rendered: RenderedBody = {
    html: code,
    metadata: { ...metadata, imagePaths: (metadata.localImagePaths ?? []).concat(metadata.remoteImagePaths ?? []) },
  };
  parentPort?.postMessage({ index, rendered });
}
