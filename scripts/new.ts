/**
 * `npm run new`: adds an event or opportunity file, and a new organiser or venue when needed.
 * In a terminal without flags it asks; with flags (`npm run new -- --type concert --title …`) it
 * never prompts. Either way the files are checked with the validator's rules before they are written.
 * `--image FILE --alt "…" [--credit "…"]` copies a picture beside the entry, checked as the form checks it.
 */
import { closeSync, constants, copyFileSync, existsSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { parseArgs } from 'node:util';
import { readOptions } from './lib/options.ts';
import * as prompt from '@clack/prompts';
import { formatProblem, loadContent, type Content } from '../src/lib/content.ts';
import { crossFileProblems } from '../src/lib/entry-checks.ts';
import { draftFiles, entryId, entryPath, freeId, picturePath, withoutEmpty, type Draft, type EntryFields, type NewFile, type OrganiserFields, type VenueFields } from '../src/lib/entry-file.ts';
import {
  contentLangNames, contentLangs, countries, countryNames, disciplineNames, disciplines, eventTypes, isOpportunityType,
  opportunityTypes, regionIds, regions, typeNames, typesNeedingDeadline, type EntryType,
} from '../src/lib/taxonomy.ts';
import { entrySchema, organiserSchema } from '../src/schema/index.ts';
import { image as imageSchema } from '../src/schema/fields.ts';
import { buildNow } from '../src/lib/time.ts';
import { checkPicture, PICTURE_HEAD_BYTES, pictureFileName, pictureProblemText, type PictureFormat } from '../src/lib/submit/picture.ts';

const flags = {
  type: { type: 'string' }, title: { type: 'string' }, lang: { type: 'string' }, disciplines: { type: 'string', multiple: true },
  summary: { type: 'string' }, organiser: { type: 'string', multiple: true }, venue: { type: 'string' }, online: { type: 'string' },
  regions: { type: 'string', multiple: true }, start: { type: 'string' }, end: { type: 'string' }, timezone: { type: 'string' },
  price: { type: 'string' }, tickets: { type: 'string' }, apply: { type: 'string' }, deadline: { type: 'string' },
  eligibility: { type: 'string' }, covers: { type: 'string', multiple: true }, audience: { type: 'string', multiple: true },
  description: { type: 'string' }, image: { type: 'string' }, alt: { type: 'string' }, credit: { type: 'string' }, dir: { type: 'string' }, root: { type: 'string' }, 'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usage = `Usage: npm run new                  (asks, in a terminal)
       npm run new -- --type concert --title "…" --lang sv --disciplines music --summary "…" \\
                      --organiser <id> --venue <id> --start 2027-06-12T19:00 [options]

Entry fields (as in SPEC §1; lists as a,b or by repeating the flag):
  --type --title --lang --disciplines --summary --organiser --venue --online --regions --start --end
  --timezone --price --tickets --apply --deadline --eligibility --covers --audience
  --description <Markdown text of the page>
  --image <file> --alt <text> [--credit <text>]
                   a picture (JPEG, PNG, WebP or AVIF, at most 10 MB) copied beside the entry and
                   named after it; --alt describes it for people who cannot see it (required)
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

// ── Picture ──────────────────────────────────────────────────────────────────────────────────

/** The picture to copy beside the entry, as given. */
interface PictureSource {
  file: string;
  alt?: string | undefined;
  credit?: string | undefined;
}

/** A picture path as typed: relative to the folder `npm run` was started in (npm moves to the project). */
const picturePathGiven = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);

/** The picture's real format from its first bytes, or what is wrong with it; the form's checks. */
function inspectPicture(file: string): { format: PictureFormat } | { problem: string } {
  let head: Buffer;
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { problem: 'is not a file' };
    size = stat.size;
    const fd = openSync(file, 'r');
    try {
      head = Buffer.alloc(PICTURE_HEAD_BYTES);
      head = head.subarray(0, readSync(fd, head, 0, PICTURE_HEAD_BYTES, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return { problem: 'no such file' };
  }
  const checked = checkPicture(head, size);
  return 'problem' in checked ? { problem: pictureProblemText[checked.problem] } : checked;
}

/**
 * Puts `image: {src, alt, credit}` into the entry when the picture passes, and says where it will
 * be copied; otherwise the problems, as SPEC §2 lines on the entry's path.
 */
function attachPicture(draft: Draft, picture: PictureSource | undefined, now: Date): { copy?: { from: string; to: string }; problems: string[] } {
  if (!picture) return { problems: [] };
  const inspected = inspectPicture(picture.file);
  if ('problem' in inspected) {
    const path = entryPath(draft.entry, now, draft.folder);
    const problems = [`${path}: image: ${inspected.problem} (got ${JSON.stringify(picture.file)})`];
    // The schema would say this too, had the picture passed: all problems in one run.
    if (!picture.alt?.trim()) problems.push(`${path}: image.alt: is required`);
    return { problems };
  }
  const src = `./${pictureFileName(entryId(draft.entry), inspected.format)}`;
  draft.entry.image = withoutEmpty({ src, alt: picture.alt, credit: picture.credit }) as NonNullable<EntryFields['image']>;
  return { copy: { from: picture.file, to: picturePath(draft, now)! }, problems: [] };
}

/** Problems of the new files when added to the content there is; the same rules as the build. */
function checkFiles(root: string, files: NewFile[], folder: string | undefined, picture?: string): string[] {
  const outside = folder !== undefined && !/^events(?:\/[a-z0-9-]+)*\/?$/.test(folder);
  const problems = outside ? [`--dir: must be events/ or a folder below it, in lower-case a-z, 0-9 and hyphens (got ${JSON.stringify(folder)})`] : [];
  for (const file of files) if (existsSync(resolve(root, file.path))) problems.push(`${file.path}: (file): exists already; edit that file instead`);
  if (picture && existsSync(resolve(root, picture))) problems.push(`${picture}: (file): exists already; choose another title or remove that file`);
  const paths = new Set(files.map((f) => f.path));
  const content = loadContent(root, { extraFiles: files });
  // The picture is copied only once everything passes, so its absence is expected here.
  const notCopiedYet = (p: { path: string; field: string }) => picture !== undefined && p.path === files[0]!.path && p.field === 'image.src';
  return [...problems, ...content.problems.filter((p) => p.severity === 'error' && paths.has(p.path) && !notCopiedYet(p)).map(formatProblem)];
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

async function draftFromPrompts(content: Content): Promise<{ draft: Draft; picture: PictureSource | undefined }> {
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
  const picture = await askPicture();
  return { draft, picture };
}

/** An optional picture: the file (checked at once), then its alt text and credit. */
async function askPicture(): Promise<PictureSource | undefined> {
  const file = await ask(prompt.text({
    message: 'A picture to show with it (optional): path to a JPEG, PNG, WebP or AVIF file, at most 10 MB',
    validate: (value) => {
      if (!value?.trim()) return undefined;
      const inspected = inspectPicture(picturePathGiven(value.trim()));
      return 'problem' in inspected ? `The picture ${inspected.problem}` : undefined;
    },
  }));
  if (!file?.trim()) return undefined;
  const alt = await ask(prompt.text({
    message: 'Describe the picture for people who cannot see it (alt text)',
    validate: (value) => (imageSchema.shape.alt.safeParse(value ?? '').success ? undefined : 'Please describe the picture (at most 300 characters)'),
  }));
  const credit = await ask(prompt.text({
    message: 'Photographer or rights holder (optional)',
    validate: (value) => (!value?.trim() || imageSchema.shape.credit.safeParse(value).success ? undefined : 'At most 120 characters'),
  }));
  return { file: picturePathGiven(file.trim()), alt: alt.trim(), credit: credit?.trim() || undefined };
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<number> {
  const parsed = readOptions({ options: flags, strict: true }, usage);
  if (typeof parsed === 'number') return parsed;
  const values: Values = parsed.values;
  const root = resolve(values.root ?? '.');
  const content = loadContent(root);
  const entryFlagsGiven = Object.keys(values).some((key) => !['root', 'dry-run', 'help'].includes(key));
  const interactive = !entryFlagsGiven && Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (!entryFlagsGiven && !interactive) {
    console.error(`No terminal to ask in: give the entry as flags.\n\n${usage}`);
    return 2;
  }

  let draft: Draft;
  let picture: PictureSource | undefined;
  try {
    if (interactive) ({ draft, picture } = await draftFromPrompts(content));
    else {
      draft = draftFromFlags(values);
      picture = values.image === undefined ? undefined : { file: picturePathGiven(values.image), alt: values.alt, credit: values.credit };
    }
  } catch (error) {
    if (error instanceof Cancelled) {
      prompt.cancel('Nothing was written.');
      return 1;
    }
    throw error;
  }
  const now = buildNow();
  const pictureLines = attachPicture(draft, picture, now);
  const files = draftFiles(draft, now);
  const problems = [
    ...(!picture && (values.alt !== undefined || values.credit !== undefined) ? [`--alt, --credit: describe a picture given with --image (got no --image)`] : []),
    ...pictureLines.problems,
    ...checkFiles(root, files, draft.folder, pictureLines.copy?.to),
  ];
  if (problems.length > 0) {
    const message = `Nothing was written; please fix:\n${problems.join('\n')}`;
    if (interactive) prompt.log.error(message);
    else console.error(message);
    return 1;
  }
  if (values['dry-run']) {
    for (const file of files) console.log(`# ${file.path}\n${file.text}`);
    if (pictureLines.copy) console.log(`# ${pictureLines.copy.to}\n(copied from ${pictureLines.copy.from})`);
    return 0;
  }
  writeFiles(root, files);
  if (pictureLines.copy) copyFileSync(pictureLines.copy.from, resolve(root, pictureLines.copy.to), constants.COPYFILE_EXCL);
  const written = [...files.map((f) => f.path), ...(pictureLines.copy ? [pictureLines.copy.to] : [])];
  if (interactive) {
    prompt.note(written.join('\n'), 'Written');
    prompt.outro('Check the files, then commit them and open a pull request (see CONTRIBUTING.md).');
  } else {
    for (const path of written) console.log(path);
  }
  return 0;
}

process.exitCode = await main();
