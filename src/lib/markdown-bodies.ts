/**
 * Renders many Markdown bodies at once, on the calling thread and one worker thread together:
 * at 10,000 entries Markdown is 4–5 s of the content sync, which runs before any other build
 * work and leaves the second core idle (docs/performance.md).
 *
 * Both threads take the next body from one shared counter, so neither waits for the other. The
 * worker renders exactly as Astro's `renderMarkdown` does (markdown-bodies-worker.ts), with the
 * processor astro.config.mjs gives Astro (`markdownProcessor`, src/lib/sanitize.ts); the caller's
 * own share goes through Astro's `renderMarkdown` itself. Should the worker fail, the caller
 * renders what it left.
 */
import { Worker } from 'node:worker_threads';
import type { RenderedBody, MarkdownBodiesJob, RendererOptions } from './markdown-bodies-worker.ts';

export type { RenderedBody, RendererOptions };

/** Below this many bodies a worker's start-up (~0.5 s of module loading) costs more than it saves. */
export const WORKER_THRESHOLD = 300;

export async function renderBodies(
  bodies: readonly string[],
  renderHere: (body: string) => Promise<RenderedBody>,
  options: RendererOptions,
  warn: (message: string) => void = console.warn,
): Promise<RenderedBody[]> {
  const results: (RenderedBody | undefined)[] = new Array(bodies.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workerDone = bodies.length < WORKER_THRESHOLD
    ? Promise.resolve()
    : startWorker({ bodies, next: next.buffer as SharedArrayBuffer, options }, results).catch((error: Error) =>
        warn(`Markdown is rendered on one thread only: the worker failed (${error.message}).`));
  for (let i = Atomics.add(next, 0, 1); i < bodies.length; i = Atomics.add(next, 0, 1)) {
    results[i] = await renderHere(bodies[i]!);
  }
  await workerDone;
  for (const [i, result] of results.entries()) results[i] = result ?? (await renderHere(bodies[i]!));
  return results as RenderedBody[];
}

function startWorker(job: MarkdownBodiesJob, results: (RenderedBody | undefined)[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./markdown-bodies-worker.ts', import.meta.url), { workerData: job });
    worker.on('message', ({ index, rendered }: { index: number; rendered: RenderedBody }) => (results[index] = rendered));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The Markdown worker stopped with exit code ${code}.`))));
  });
}
