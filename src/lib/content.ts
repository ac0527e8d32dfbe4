/**
 * Reads the content folders and checks them against SPEC §1–2: every problem of every file,
 * one line each. The build, `npm run validate` and the benchmark all load content through here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, dirname } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { entrySchema, organiserSchema, venueSchema, type EntryData, type OrganiserData, type VenueData } from '../schema/index.ts';
import { idPattern } from '../schema/fields.ts';
import { defaultTimezone } from './taxonomy.ts';
import { localToInstant, parseLocal } from './time.ts';
import { seriesDates } from './occurrences.ts';

export interface Problem {
  /** The file, relative to the content root. */
  path: string;
  field: string;
  message: string;
  value?: unknown;
  severity: 'error' | 'warning';
}

interface SourceFile {
  path: string;
  absolutePath: string;
  id: string;
  frontmatter: unknown;
  body: string;
}

export interface ContentFile<Data> {
  id: string;
  /** Path relative to the content root, e.g. `events/2027/foo.md`. */
  path: string;
  absolutePath: string;
  data: Data;
  body: string;
}

export interface EntryFile extends ContentFile<EntryData> {
  /** The IANA zone its local times are in: `timezone`, or the venue country's. */
  timezone: string;
}

export interface Content {
  events: EntryFile[];
  organisers: ContentFile<OrganiserData>[];
  venues: ContentFile<VenueData>[];
  problems: Problem[];
}

export const contentFolders = { events: 'events', organisers: 'organisers', venues: 'venues' } as const;

/** `<path>: <field>: <what is wrong> (got <value>)` — the SPEC §2 line. */
export function formatProblem(problem: Problem): string {
  const got = problem.value === undefined ? '' : ` (got ${JSON.stringify(problem.value)})`;
  return `${problem.path}: ${problem.field}: ${problem.message}${got}`;
}

function markdownFiles(folder: string, recursive: boolean): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = join(folder, entry.name);
    if (entry.isDirectory() && recursive) found.push(...markdownFiles(full, true));
    else if (entry.isFile() && entry.name.endsWith('.md')) found.push(full);
  }
  return found.sort();
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function readSource(root: string, absolutePath: string, problems: Problem[]): SourceFile | undefined {
  const path = relative(root, absolutePath).split('\\').join('/');
  const id = basename(absolutePath, '.md');
  const text = readFileSync(absolutePath, 'utf8').replace(/^\uFEFF/, '');
  const match = frontmatterPattern.exec(text);
  if (!match) {
    problems.push({ path, field: '(frontmatter)', message: 'the file must start with a --- frontmatter block ---', severity: 'error' });
    return undefined;
  }
  let frontmatter: unknown;
  try {
    // CORE_SCHEMA keeps dates as the strings the author typed: no Date in the machine's zone.
    frontmatter = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA, filename: path }) ?? {};
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const line = error instanceof yaml.YAMLException ? ` on line ${error.mark.line + 2}` : '';
    problems.push({ path, field: '(frontmatter)', message: `is not valid YAML${line}: ${reason}`, severity: 'error' });
    return undefined;
  }
  if (typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    problems.push({ path, field: '(frontmatter)', message: 'must be a list of field: value lines', value: frontmatter, severity: 'error' });
    return undefined;
  }
  if (!idPattern.test(id)) {
    problems.push({ path, field: '(file name)', message: 'must be lower-case a-z, 0-9 and hyphens, ending in .md', value: basename(absolutePath), severity: 'error' });
  }
  return { path, absolutePath, id, frontmatter, body: text.slice(match[0].length) };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : String(key))).join('.').replace(/\.\[/g, '[') || '(frontmatter)';
}

/** Zod's issues as sentences an author understands, one per field. */
function schemaProblems(file: SourceFile, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const value = valueAt(file.frontmatter, issue.path);
    const base = { path: file.path, severity: 'error' as const };
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({ ...base, field: fieldName(path), message: 'is not a known field', value: valueAt(file.frontmatter, path) });
      }
      continue;
    }
    let message = issue.message;
    if (issue.code === 'invalid_type' && value === undefined) message = 'is required';
    else if (issue.code === 'invalid_type') message = `must be ${issue.expected === 'array' ? 'a list' : issue.expected}`;
    else if (issue.code === 'invalid_value') message = `must be one of: ${issue.values.map(String).join(', ')}`;
    problems.push({ ...base, field: fieldName(issue.path), message, value });
  }
  return problems;
}

function parseAll<Data>(files: SourceFile[], schema: z.ZodType<Data>, problems: Problem[]): ContentFile<Data>[] {
  const valid: ContentFile<Data>[] = [];
  for (const file of files) {
    const result = schema.safeParse(file.frontmatter);
    if (result.success) {
      valid.push({ id: file.id, path: file.path, absolutePath: file.absolutePath, data: result.data, body: file.body });
    } else {
      problems.push(...schemaProblems(file, result.error.issues));
    }
  }
  return valid;
}

function duplicateProblems(files: SourceFile[], problems: Problem[]): void {
  const byId = new Map<string, SourceFile[]>();
  for (const file of files) byId.set(file.id, [...(byId.get(file.id) ?? []), file]);
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    for (const file of same) {
      const others = same.filter((f) => f !== file).map((f) => f.path).join(', ');
      problems.push({ path: file.path, field: '(id)', message: `the id is used by another file too: ${others}`, value: id, severity: 'error' });
    }
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** Checks that need more than one file: references, time zones, local times, series, images. */
function entryProblems(
  entry: ContentFile<EntryData>,
  organiserIds: Set<string>,
  venues: Map<string, ContentFile<VenueData>>,
  problems: Problem[],
): EntryFile | undefined {
  const before = problems.length;
  const { data, path } = entry;
  const add = (field: string, message: string, value: unknown) => problems.push({ path, field, message, value, severity: 'error' });
  data.organisers.forEach((id, index) => {
    if (!organiserIds.has(id)) add(`organisers[${index}]`, 'is not an organiser: add organisers/' + id + '.md or fix the id', id);
  });
  const venue = data.venue === undefined ? undefined : venues.get(data.venue);
  if (data.venue !== undefined && !venue) add('venue', `is not a venue: add venues/${data.venue}.md or fix the id`, data.venue);
  if (data.timezone !== undefined && !isTimeZone(data.timezone)) add('timezone', 'is not a time zone name like Europe/Oslo', data.timezone);
  const timezone = data.timezone !== undefined && isTimeZone(data.timezone) ? data.timezone : defaultTimezone(venue?.data.country);

  const checkExists = (field: string, value: string | undefined) => {
    const moment = value === undefined ? undefined : parseLocal(value);
    if (moment?.time && !localToInstant(moment.date, moment.time, timezone)) {
      add(field, `does not exist in ${timezone}: clocks jump forward an hour that night`, value);
    }
  };
  checkExists('start', data.start);
  checkExists('end', data.end);
  data.dates?.forEach((value, index) => checkExists(`dates[${index}]`, value));
  checkExists('deadline', data.deadline);

  const first = data.start ? parseLocal(data.start) : undefined;
  if (data.repeat && first) {
    if (data.repeat.until !== undefined && data.repeat.until < first.date) {
      add('repeat.until', `must not be before start (${data.start})`, data.repeat.until);
    }
    const series = new Set(seriesDates(first.date, data.repeat));
    data.except?.forEach((date, index) => {
      if (!series.has(date)) add(`except[${index}]`, 'is not a day the series happens on', date);
    });
  }
  if (data.image && !existsSync(join(dirname(entry.absolutePath), data.image.src))) {
    add('image.src', 'no such file beside the Markdown file', data.image.src);
  }
  return problems.length === before ? { ...entry, timezone } : undefined;
}

/** Reads and checks everything below `root`; valid files are returned even when others fail. */
export function loadContent(root: string): Content {
  const problems: Problem[] = [];
  const read = (folder: string, recursive: boolean) =>
    markdownFiles(join(root, folder), recursive)
      .map((file) => readSource(root, file, problems))
      .filter((file): file is SourceFile => file !== undefined);
  const eventSources = read(contentFolders.events, true);
  const organiserSources = read(contentFolders.organisers, false);
  const venueSources = read(contentFolders.venues, false);
  for (const sources of [eventSources, organiserSources, venueSources]) duplicateProblems(sources, problems);

  const organisers = parseAll(organiserSources, organiserSchema, problems);
  const venues = parseAll(venueSources, venueSchema, problems);
  const organiserIds = new Set(organiserSources.map((f) => f.id));
  const venueById = new Map(venues.map((v) => [v.id, v]));
  const events = parseAll(eventSources, entrySchema, problems)
    .map((entry) => entryProblems(entry, organiserIds, venueById, problems))
    .filter((entry): entry is EntryFile => entry !== undefined);
  problems.sort((a, b) => a.path.localeCompare(b.path));
  return { events, organisers, venues, problems };
}

/** Throws one error listing every problem, for the build; returns the content when all is well. */
export function loadValidContent(root: string): Content {
  const content = loadContent(root);
  const errors = content.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const s = errors.length === 1 ? '' : 's';
    throw new Error(`Kulturbro content has ${errors.length} problem${s}:\n${errors.map(formatProblem).join('\n')}`);
  }
  return content;
}

