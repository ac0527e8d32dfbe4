/**
 * `npm run new`: adds an event or opportunity file, and a new organiser or venue when needed.
 * In a terminal without flags it asks; with flags (`npm run new -- --type concert --title …`) it
 * never prompts. Either way the files are checked with the validator's rules before they are written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prompt from '@clack/prompts';
import { formatProblem, loadContent, type Content } from '../src/lib/content.ts';
import { crossFileProblems } from '../src/lib/entry-checks.ts';
import { draftFiles, freeId, type Draft, type EntryFields, type NewFile, type OrganiserFields, type VenueFields } from '../src/lib/entry-file.ts';
import {
  contentLangNames, contentLangs, countries, countryNames, disciplineNames, disciplines, eventTypes, isOpportunityType,
  opportunityTypes, regionIds, regions, typeNames, typesNeedingDeadline, type EntryType,
} from '../src/lib/taxonomy.ts';
import { entrySchema, organiserSchema } from '../src/schema/index.ts';
import { buildNow } from '../src/lib/time.ts';

const flags = {
  type: { type: 'string' }, title: { type: 'string' }, lang: { type: 'string' }, disciplines: { type: 'string', multiple: true },
  summary: { type: 'string' }, organiser: { type: 'string', multiple: true }, venue: { type: 'string' }, online: { type: 'string' },
  regions: { type: 'string', multiple: true }, start: { type: 'string' }, end: { type: 'string' }, timezone: { type: 'string' },
  price: { type: 'string' }, tickets: { type: 'string' }, apply: { type: 'string' }, deadline: { type: 'string' },
  eligibility: { type: 'string' }, covers: { type: 'string', multiple: true }, audience: { type: 'string', multiple: true },
  description: { type: 'string' }, dir: { type: 'string' }, root: { type: 'string' }, 'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usage = `Usage: npm run new                  (asks, in a terminal)
       npm run new -- --type concert --title "…" --lang sv --disciplines music --summary "…" \\
                      --organiser <id> --venue <id> --start 2027-06-12T19:00 [options]

Entry fields (as in SPEC §1; lists as a,b or by repeating the flag):
  --type --title --lang --disciplines --summary --organiser --venue --online --regions --start --end
  --timezone --price --tickets --apply --deadline --eligibility --covers --audience
  --description <Markdown text of the page>
Other options:
  --dir <folder>   where the entry goes, below events/ (default events/<year>)
  --root <folder>  content folder holding events/, organisers/, venues/ (default: current folder)
  --dry-run        print the files instead of writing them`;

type Values = ReturnType<typeof parseArgs<{ options: typeof flags }>>['values'];

/** `--disciplines music,dance --disciplines film` → [music, dance, film]; undefined when not given. */
function list(values: string[] | undefined): string[] | undefined {
  const items = values?.flatMap((value) => value.split(',')).map((item) => item.trim()).filter(Boolean);
  return items && items.length > 0 ? items : undefined;
}

/** The entry the flags describe; anything wrong or missing is left for the validator to report. */
function draftFromFlags(values: Values): Draft {
  const entry = {
    title: values.title, lang: values.lang, type: values.type, disciplines: list(values.disciplines), summary: values.summary,
    organisers: list(values.organiser), venue: values.venue, online: values.online, regions: list(values.regions),
    start: values.start, end: values.end, timezone: values.timezone, price: values.price, tickets: values.tickets,
    apply: values.apply, deadline: values.deadline, eligibility: values.eligibility, covers: list(values.covers),
    audience: list(values.audience),
  } as EntryFields;
  return { entry, body: values.description ?? '', ...(values.dir ? { folder: values.dir } : {}) };
}

/** Problems of the new files when added to the content there is; the same rules as the build. */
function checkFiles(root: string, files: NewFile[], folder: string | undefined): string[] {
  const outside = folder !== undefined && !/^events(?:\/[a-z0-9-]+)*\/?$/.test(folder);
  const problems = outside ? [`--dir: must be events/ or a folder below it, in lower-case a-z, 0-9 and hyphens (got ${JSON.stringify(folder)})`] : [];
  for (const file of files) if (existsSync(resolve(root, file.path))) problems.push(`${file.path}: (file): exists already; edit that file instead`);
  const paths = new Set(files.map((f) => f.path));
  const content = loadContent(root, { extraFiles: files });
  return [...problems, ...content.problems.filter((p) => p.severity === 'error' && paths.has(p.path)).map(formatProblem)];
}

function writeFiles(root: string, files: NewFile[]): void {
  for (const file of files) {
    const target = resolve(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text, { flag: 'wx' });
  }
}

// ── Interactive ──────────────────────────────────────────────────────────────────────────────

class Cancelled extends Error {}

/** A prompt's answer; Ctrl+C (clack's cancel symbol) stops the script without writing. */
async function ask<T>(question: Promise<T>): Promise<Exclude<T, symbol>> {
  const answer = await question;
  if (prompt.isCancel(answer)) throw new Cancelled();
  return answer as Exclude<T, symbol>;
}

/** A prompt validator from one schema field: the first problem as a sentence, or undefined. */
function fieldCheck(field: keyof typeof entrySchema.shape, optional = false) {
  const schema = entrySchema.shape[field];
  return (value: string | undefined) => {
    if (optional && !value) return undefined;
    const result = schema.safeParse(value === '' ? undefined : value);
    if (result.success) return undefined;
    const issue = result.error.issues[0]!;
    return issue.code === 'invalid_type' ? 'Please fill this in' : issue.message;
  };
}

const optionalText = async (message: string, field: keyof typeof entrySchema.shape, placeholder?: string) => {
  const value = await ask(prompt.text({ message, ...(placeholder ? { placeholder } : {}), validate: fieldCheck(field, true) }));
  return value?.trim() ? value.trim() : undefined;
};

async function askOrganiser(taken: Set<string>): Promise<NonNullable<Draft['newOrganisers']>[number]> {
  prompt.log.step('The new organiser');
  const name = await ask(prompt.text({ message: 'Name of the organisation', validate: (v) => (organiserSchema.shape.name.safeParse(v).success ? undefined : 'Please give a name (at most 140 characters)') }));
  const country = await ask(prompt.select({ message: 'Country', options: countries.map((c) => ({ value: c, label: countryNames[c].en })) }));
  const region = await ask(prompt.select<string>({ message: 'Region (optional)', options: [{ value: '', label: 'none / other' }, ...regionIds.map((r) => ({ value: r, label: regions[r].names.en }))] }));
  const website = await ask(prompt.text({ message: 'Website (optional)', placeholder: 'https://…', validate: (v) => (!v || organiserSchema.shape.website.safeParse(v).success ? undefined : 'must be a full https:// address') }));
  const fields: OrganiserFields = { name: name.trim(), country, ...(region ? { region: region as OrganiserFields['region'] } : {}), ...(website ? { website } : {}) };
  return { id: freeId(name, taken, 'organiser'), fields };
}

async function askVenue(taken: Set<string>): Promise<NonNullable<Draft['newVenue']>> {
  prompt.log.step('The new venue');
  const required = (v: string | undefined) => (v?.trim() ? undefined : 'Please fill this in');
  const name = await ask(prompt.text({ message: 'Name of the place', validate: required }));
  const city = await ask(prompt.text({ message: 'Town or city', validate: required }));
  const region = await ask(prompt.select({ message: 'Region', options: regionIds.map((r) => ({ value: r, label: regions[r].names.en })) }));
  const address = await ask(prompt.text({ message: 'Street address (optional)' }));
  const fields: VenueFields = { name: name.trim(), city: city.trim(), country: regions[region].country, region, ...(address?.trim() ? { address: address.trim() } : {}) };
  return { id: freeId(`${name}`, taken, 'venue'), fields };
}

async function draftFromPrompts(content: Content): Promise<Draft> {
  prompt.intro('Kulturbro: a new event or opportunity');
  const type = await ask(
    prompt.select<EntryType>({
      message: 'What is it?',
      options: [...eventTypes, ...opportunityTypes].map((t) => ({ value: t, label: typeNames[t].en, hint: isOpportunityType(t) ? 'opportunity' : 'event' })),
    }),
  );
  const opportunity = isOpportunityType(type);
  const title = (await ask(prompt.text({ message: 'Title', validate: fieldCheck('title') }))).trim();
  const lang = await ask(prompt.select({ message: 'Language the text is written in', options: contentLangs.map((l) => ({ value: l, label: contentLangNames[l].en })) }));
  const chosenDisciplines = await ask(
    prompt.multiselect({
      message: 'Art forms (1–5; space to choose, enter to go on)',
      options: disciplines.map((d) => ({ value: d, label: disciplineNames[d].en })),
      required: true,
    }),
  );
  const summary = (await ask(prompt.text({ message: 'Summary: one or two sentences for listings and calendars', validate: fieldCheck('summary') }))).trim();

  const NEW = '+new';
  const organiserOptions = content.organisers
    .map((o) => ({ value: o.id, label: o.data.name, hint: o.id }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const chosenOrganisers = await ask(
    prompt.autocompleteMultiselect({
      message: 'Organisers (type to search, Tab to choose, Enter when done)',
      options: [{ value: NEW, label: '+ an organiser not listed yet' }, ...organiserOptions],
      required: true,
    }),
  );
  const draft: Draft = { entry: { title, lang, type, disciplines: chosenDisciplines, summary, organisers: [] } as EntryFields };
  const takenOrganisers = new Set(content.organisers.map((o) => o.id));
  if (chosenOrganisers.includes(NEW)) draft.newOrganisers = [await askOrganiser(takenOrganisers)];
  draft.entry.organisers = [...chosenOrganisers.filter((id) => id !== NEW), ...(draft.newOrganisers ?? []).map((o) => o.id)];

  const ONLINE = '+online';
  const NONE = '+none';
  const venue = await ask(
    prompt.autocomplete<string>({
      message: 'Where? (type to search, Enter to choose)',
      options: [
        { value: NEW, label: '+ a venue not listed yet' },
        { value: ONLINE, label: '+ online only' },
        ...(opportunity ? [{ value: NONE, label: '+ no particular place' }] : []),
        ...content.venues.map((v) => ({ value: v.id, label: `${v.data.name}, ${v.data.city}`, hint: v.id })).sort((a, b) => a.label.localeCompare(b.label)),
      ],
    }),
  );
  if (venue === NEW) draft.newVenue = await askVenue(new Set(content.venues.map((v) => v.id)));
  if (venue === ONLINE) draft.entry.online = await ask(prompt.text({ message: 'Address of the stream or meeting', placeholder: 'https://…', validate: fieldCheck('online') }));
  else if (venue !== NONE) draft.entry.venue = draft.newVenue?.id ?? venue;
  if (opportunity && !draft.entry.venue) {
    draft.entry.regions = await ask(prompt.multiselect({ message: 'Regions it is for', options: regionIds.map((r) => ({ value: r, label: regions[r].names.en })), required: true }));
  }

  const references = {
    organisers: new Set([...takenOrganisers, ...draft.entry.organisers]),
    venues: new Map([...content.venues.map((v) => [v.id, { country: v.data.country }] as const), ...(draft.newVenue ? [[draft.newVenue.id, { country: draft.newVenue.fields.country }] as const] : [])]),
  };
  // A local time must exist in the venue's zone: checked as the validator will.
  const momentCheck = (field: 'start' | 'end' | 'deadline', optional: boolean) => (value: string | undefined) => {
    const own = fieldCheck(field, optional)(value);
    if (own || !value) return own;
    return crossFileProblems({ ...draft.entry, [field]: value }, references).find((p) => p.field === field)?.message;
  };
  const when = 'YYYY-MM-DDTHH:mm, or YYYY-MM-DD for all day';
  const start = await ask(prompt.text({ message: opportunity ? `Starts (optional; ${when})` : `Starts (${when})`, placeholder: '2027-06-12T19:00', validate: momentCheck('start', opportunity) }));
  if (start) {
    draft.entry.start = start;
    const end = await ask(prompt.text({ message: `Ends (optional; ${start.includes('T') ? 'YYYY-MM-DDTHH:mm' : 'YYYY-MM-DD, the last day'})`, validate: momentCheck('end', true) }));
    if (end) draft.entry.end = end;
  }
  if (opportunity) {
    draft.entry.apply = await ask(prompt.text({ message: 'Where to apply', placeholder: 'https://…', validate: fieldCheck('apply') }));
    const needsDeadline = typesNeedingDeadline.includes(type);
    const deadline = await ask(prompt.text({ message: `Deadline (${needsDeadline ? '' : 'optional; '}YYYY-MM-DD or YYYY-MM-DDTHH:mm)`, validate: momentCheck('deadline', !needsDeadline) }));
    if (deadline) draft.entry.deadline = deadline;
  } else {
    const price = await optionalText('Price (optional): "free", or e.g. 150 SEK / 170 NOK', 'price');
    if (price) draft.entry.price = price;
    const tickets = await optionalText('Tickets (optional)', 'tickets', 'https://…');
    if (tickets) draft.entry.tickets = tickets;
  }
  draft.body = await ask(prompt.multiline({ message: 'Description for the event page (Markdown; optional; enter twice to finish)' }));
  return draft;
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<number> {
  let values: Values;
  try {
    values = parseArgs({ options: flags, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const root = resolve(values.root ?? '.');
  const content = loadContent(root);
  const entryFlagsGiven = Object.keys(values).some((key) => !['root', 'dry-run', 'help'].includes(key));
  const interactive = !entryFlagsGiven && Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (!entryFlagsGiven && !interactive) {
    console.error(`No terminal to ask in: give the entry as flags.\n\n${usage}`);
    return 2;
  }

  let draft: Draft;
  try {
    draft = interactive ? await draftFromPrompts(content) : draftFromFlags(values);
  } catch (error) {
    if (error instanceof Cancelled) {
      prompt.cancel('Nothing was written.');
      return 1;
    }
    throw error;
  }
  const files = draftFiles(draft, buildNow());
  const problems = checkFiles(root, files, draft.folder);
  if (problems.length > 0) {
    const message = `Nothing was written; please fix:\n${problems.join('\n')}`;
    if (interactive) prompt.log.error(message);
    else console.error(message);
    return 1;
  }
  if (values['dry-run']) {
    for (const file of files) console.log(`# ${file.path}\n${file.text}`);
    return 0;
  }
  writeFiles(root, files);
  if (interactive) {
    prompt.note(files.map((f) => f.path).join('\n'), 'Written');
    prompt.outro('Check the files, then commit them and open a pull request (see CONTRIBUTING.md).');
  } else {
    for (const file of files) console.log(file.path);
  }
  return 0;
}

process.exitCode = await main();
