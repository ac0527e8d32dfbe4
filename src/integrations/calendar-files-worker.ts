/**
 * Writes every iCalendar file into the build's output folder, on a worker thread of its own so
 * the 30,000+ files of a 10,000-entry site are written on the second core while Astro renders
 * pages on the first (src/integrations/calendar-files.ts starts it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { calendarFilesOfContent } from '../lib/calendar-files.ts';
import { reportToBuild, yieldToPageRendering } from './worker.ts';

yieldToPageRendering();

export interface CalendarFilesJob {
  contentRoot: string;
  outDir: string;
  site: string;
}

const { contentRoot, outDir, site } = workerData as CalendarFilesJob;
const folders = new Set<string>();
let count = 0;
for (const file of calendarFilesOfContent(contentRoot, site)) {
  const path = join(outDir, file.path);
  const folder = dirname(path);
  if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
  folders.add(folder);
  writeFileSync(path, file.text());
  count += 1;
}
reportToBuild({ result: count });
