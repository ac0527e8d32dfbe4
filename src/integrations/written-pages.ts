/**
 * Which of Astro's pages are on disk in full while the build is still writing them, for work
 * that starts on finished pages before generation is over (search-index-worker.ts).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const tail = Buffer.alloc(32);

/**
 * Whether Astro has written the whole page: it creates the file before it writes it, and every
 * page ends with `</html>`. (A page that did not would only be indexed once generation is over.)
 */
export function isWritten(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const { size } = fstatSync(fd);
    const length = Math.min(size, tail.length);
    return readSync(fd, tail, 0, length, size - length) === length && tail.toString('latin1', 0, length).trimEnd().endsWith('</html>');
  } finally {
    closeSync(fd);
  }
}

// Astro writes a route's pages roughly in order, eight at a time, so a look stops after a run of
// missing pages instead of trying all 10,000 each time.
export const LOOK_AHEAD = 64;

/** The pages of `files` not yet written in full. */
export function stillMissing(files: string[]): string[] {
  const missing: string[] = [];
  let missingInARow = 0;
  for (const [i, file] of files.entries()) {
    if (missingInARow >= LOOK_AHEAD) return missing.concat(files.slice(i));
    if (isWritten(file)) missingInARow = 0;
    else {
      missing.push(file);
      missingInARow += 1;
    }
  }
  return missing;
}

