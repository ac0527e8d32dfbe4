/**
 * Build work that runs on a worker thread beside Astro's page rendering, which keeps the main
 * thread busy on one core (docs/performance.md). A worker reports with `reportToBuild`; the
 * integration that started it awaits `result`.
 */
import { constants, setPriority } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

type Report<T> = { log: string; error?: boolean } | { result: T };

export interface BuildWorker<T> {
  /** The worker's result; rejects if it throws or stops without one. */
  result: Promise<T>;
  post(message: unknown): void;
}

export function startBuildWorker<T>(script: URL, data: unknown, logger: { info(message: string): void; error(message: string): void }): BuildWorker<T> {
  const worker = new Worker(script, { workerData: data });
  const result = new Promise<T>((resolve, reject) => {
    let done: { value: T } | undefined;
    worker.on('message', (report: Report<T>) => {
      if ('log' in report) (report.error ? logger.error : logger.info).call(logger, report.log);
      else done = { value: report.result };
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (done && code === 0 ? resolve(done.value) : reject(new Error(`${script.pathname.split('/').at(-1)} stopped with exit code ${code} before it finished.`))));
  });
  // Surfaced where the integration awaits it; without a handler an early failure would be "unhandled".
  result.catch(() => undefined);
  return { result, post: (message) => worker.postMessage(message) };
}

/** In a worker: a line for the build's log, or the worker's result. */
export function reportToBuild<T>(report: Report<T>): void {
  parentPort?.postMessage(report);
}

/**
 * In a worker whose work has time to spare, first: lowers this thread's priority (and that of any
 * process it starts) below the page rendering. Linux keeps a nice value per thread, so Astro's
 * main thread, which every page waits for, gets its core whenever both want it. Not for the
 * search index: its last language is indexed after the last page, so slowing it lengthens the
 * build (measured: generation 2 s shorter, the index 4 s later).
 */
export function yieldToPageRendering(): void {
  try {
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not permitted here: the work runs all the same, only less politely.
  }
}
