/**
 * Many bodies rendered on two threads at once (src/lib/markdown-bodies.ts): the worker renders a
 * body exactly as Astro's content layer does on the main thread, results keep their order, and
 * a worker that cannot start loses nothing.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { renderBodies, WORKER_THRESHOLD, type RenderedBody, type RendererOptions } from '../../src/lib/markdown-bodies.ts';
import { markdownProcessor, markdownShared } from '../../src/lib/sanitize.ts';

const options: RendererOptions = { ...markdownShared, shikiConfig: undefined, gfm: true, smartypants: false, image: undefined };
const renderer = await markdownProcessor.createRenderer(markdownShared);

// What Astro's content layer does for `renderMarkdown(body)` (astro/dist/content/content-layer.js).
async function renderHere(body: string): Promise<RenderedBody> {
  const { frontmatter, content } = parseFrontmatter(body);
  const { code, metadata } = await renderer.render(content, { frontmatter });
  return { html: code, metadata: { ...metadata, imagePaths: (metadata.localImagePaths ?? []).concat(metadata.remoteImagePaths ?? []) } };
}

const bodies = Array.from({ length: WORKER_THRESHOLD + 50 }, (_, i) =>
  i % 3 === 0
    ? `## Program ${i}\n\nKonsert med *Fjällvind* – [biljetter](https://example.org/${i}).\n\n| a | b |\n|---|---|\n| ${i} | x |`
    : i % 3 === 1
      ? `Hei <b>alle</b> nr ${i}!<script>alert(1)</script> ![bild](https://example.org/${i}.png) https://example.org/auto/${i}`
      : `- punkt ${i}\n- ~~struken~~\n\n> sitat`,
);

describe('rendering many Markdown bodies', () => {
  it('renders in the worker exactly what the content layer renders here', async () => {
    // The worker alone: the shared counter starts at 0 and nobody else takes a body.
    const rendered = new Map<number, RenderedBody>();
    const worker = new Worker(new URL('../../src/lib/markdown-bodies-worker.ts', import.meta.url), {
      workerData: { bodies, next: new SharedArrayBuffer(4), options },
    });
    worker.on('message', ({ index, rendered: body }: { index: number; rendered: RenderedBody }) => rendered.set(index, body));
    await new Promise((resolve, reject) => worker.once('exit', resolve).once('error', reject));
    expect(rendered.size).toBe(bodies.length);
    for (const [i, body] of bodies.entries()) expect(rendered.get(i)).toEqual(await renderHere(body));
  });

  it('gives every body back in order when both threads render', async () => {
    expect(await renderBodies(bodies, renderHere, options)).toEqual(await Promise.all(bodies.map(renderHere)));
  });

  it('renders everything here, with a warning, when the worker cannot start', async () => {
    const warnings: string[] = [];
    const unclonable = { ...options, image: () => undefined };
    const results = await renderBodies(bodies, renderHere, unclonable, (message) => warnings.push(message));
    expect(results).toEqual(await Promise.all(bodies.map(renderHere)));
    expect(warnings).toEqual([expect.stringMatching(/one thread only: the worker failed/)]);
  });

  it('starts no worker for a few bodies', async () => {
    let renderedHere = 0;
    await renderBodies(bodies.slice(0, 5), (body) => (renderedHere++, renderHere(body)), options);
    expect(renderedHere).toBe(5);
  });
});
