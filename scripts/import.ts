/**
 * `npm run import -- <file | https URL | webcal URL> --organiser <id> [--lang …] [--type …]
 * [--discipline …] [--venue <id>] [--region <id>] [--timezone <IANA>] [--include-past] [--dry-run]`
 * (SPEC §6): reads one source into entry files in the content folder it runs in. The last line is
 * the summary; exit code 1 when anything failed.
 */
import { readOptions } from './lib/options.ts';
import { importSource, summaryLine } from '../src/lib/import/index.ts';
import { buildNow } from '../src/lib/time.ts';
import { contentLangs, disciplines, entryTypes, regionIds, type ContentLang, type Discipline, type EntryType, type RegionId } from '../src/lib/taxonomy.ts';
import { isTimeZone } from '../src/lib/entry-checks.ts';

const usage = `Usage: npm run import -- <file | https URL | webcal URL> --organiser <id> [options]

  --organiser <id>      the organiser whose events these are (organisers/<id>.md)
  --lang <code>         language of the events when the source does not say (${contentLangs.join(', ')})
  --type <type>         type when no category says (${entryTypes.join(', ')})
  --discipline <id>     discipline when no category says; repeat for several
  --venue <id>          venue of events that name no place, or one that matches no venue
  --region <id>         region of new venues made from the places events name (${regionIds.join(', ')})
  --timezone <IANA>     zone of times the source gives without one (default: the organiser's country's)
  --include-past        import events that are already over too
  --dry-run             say what would be written, write nothing`;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${flag}: must be one of: ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

async function main(): Promise<number> {
  const parsed = readOptions({
    allowPositionals: true,
    options: {
      organiser: { type: 'string' }, lang: { type: 'string' }, type: { type: 'string' }, discipline: { type: 'string', multiple: true },
      venue: { type: 'string' }, region: { type: 'string' }, timezone: { type: 'string' }, 'include-past': { type: 'boolean' },
      'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  }, usage);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.organiser) {
    console.error(`Give one source and --organiser.\n\n${usage}`);
    return 2;
  }
  let defaults;
  try {
    if (values.timezone !== undefined && !isTimeZone(values.timezone)) throw new Error(`--timezone: is not a time zone name like Europe/Oslo (got "${values.timezone}")`);
    defaults = {
      lang: oneOf<ContentLang>(values.lang, contentLangs, '--lang'),
      type: oneOf<EntryType>(values.type, entryTypes, '--type'),
      disciplines: values.discipline?.map((d) => oneOf<Discipline>(d, disciplines, '--discipline')!).slice(0, 5),
      venue: values.venue,
      region: oneOf<RegionId>(values.region, regionIds, '--region'),
      timezone: values.timezone,
    };
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const report = await importSource({
    root: process.cwd(), location: positionals[0]!, organiser: values.organiser, ...defaults,
    includePast: values['include-past'], dryRun: values['dry-run'], now: buildNow(),
  });
  for (const line of report.lines) console.log(line);
  console.log(summaryLine(report));
  return report.failed > 0 ? 1 : 0;
}

process.exitCode = await main();
