/**
 * `npm run sync [-- --include-past] [--dry-run]` (SPEC §6): imports every `feeds` entry of every
 * organiser, as `npm run import` would one by one. A source that cannot be read gets its line and
 * the others go on; the last line is the summary; exit code 1 when anything failed.
 */
import { readOptions } from './lib/options.ts';
import { summaryLine, syncAll } from '../src/lib/import/index.ts';
import { buildNow } from '../src/lib/time.ts';

const usage = `Usage: npm run sync [-- --include-past] [--dry-run]

  --include-past   import events that are already over too
  --dry-run        say what would be written, write nothing`;

async function main(): Promise<number> {
  const parsed = readOptions({ options: { 'include-past': { type: 'boolean' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }, usage);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const report = await syncAll({ root: process.cwd(), now: buildNow(), includePast: values['include-past'] ?? false, dryRun: values['dry-run'] ?? false });
  for (const line of report.lines) console.log(line);
  console.log(summaryLine(report));
  return report.failed > 0 ? 1 : 0;
}

process.exitCode = await main();
