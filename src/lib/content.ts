/**
 * Reads the content folders and checks them against SPEC §1–2: every problem of every file,
 * one line each. The build, `npm run validate` and the benchmark all load content through here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { entrySchema, organiserSchema, venueSchema, type EntryData, type OrganiserData, type VenueData } from '../schema/index.ts';
import { idPattern, imageSrcPattern } from '../schema/fields.ts';
import { crossFileProblems, entryTimezone, feedProblems, type References } from './entry-checks.ts';
import { buildCatalogue, catalogueInput, type Catalogue } from './catalogue.ts';
import { buildNow } from './time.ts';
import { inspectPictureFile } from './images/file-source.ts';

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

/** A file that is not on disk (yet): the CLI checks a new entry together with the content it joins. */
export interface VirtualFile {
  /** Path relative to the content root, e.g. `events/2027/foo.md`. */
  path: string;
  text: string;
}

export interface LoadOptions {
  /** Files checked as if they were on disk; one with the path of a file on disk replaces it. */
  extraFiles?: readonly VirtualFile[];
}

/** `<path>: <field>: <what is wrong> (got <value>)` — the SPEC §2 line. */
export function formatProblem(problem: Problem): string {
  const shown = problem.value === undefined ? undefined : JSON.stringify(problem.value);
  // A whole paragraph in the line would bury the message: long values are cut.
  const got = shown === undefined ? '' : ` (got ${shown.length > 80 ? `${shown.slice(0, 76)}…` : shown})`;
  return `${problem.path}: ${problem.field}: ${problem.message}${got}`;
}

/** Every file below `folder` (all depths), as absolute paths in a stable order. */
function filesBelow(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesBelow(full));
    else if (entry.isFile()) found.push(full);
  }
  return found.sort();
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function readSource(path: string, absolutePath: string, rawText: string, problems: Problem[]): SourceFile | undefined {
  const id = basename(path, '.md');
  const text = rawText.replace(/^\uFEFF/, '');
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
    problems.push({ path, field: '(file name)', message: 'must be lower-case a-z, 0-9 and hyphens, ending in .md', value: basename(path), severity: 'error' });
  }
  return { path, absolutePath, id, frontmatter, body: text.slice(match[0].length) };
}

/**
 * The Markdown files of one content folder, disk and virtual files together. Files that would be
 * skipped silently (another extension, a subfolder of organisers/ or venues/) are reported.
 */
function readFolder(root: string, folder: string, nested: boolean, extra: readonly VirtualFile[], problems: Problem[]): SourceFile[] {
  const replaced = new Set(extra.map((file) => file.path));
  const onDisk = filesBelow(join(root, folder))
    .map((absolutePath) => ({ absolutePath, path: relative(root, absolutePath).split('\\').join('/') }))
    .filter((file) => !replaced.has(file.path));
  const candidates = [
    ...onDisk.map((file) => ({ ...file, read: () => readFileSync(file.absolutePath, 'utf8') })),
    ...extra
      .filter((file) => file.path.startsWith(`${folder}/`))
      .map((file) => ({ path: file.path, absolutePath: resolve(root, file.path), read: () => file.text })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sources: SourceFile[] = [];
  for (const file of candidates) {
    const name = basename(file.path);
    if (!name.endsWith('.md')) {
      if (/\.(?:md|markdown|mdx)$/i.test(name)) {
        problems.push({ path: file.path, field: '(file name)', message: 'is not read: content files end in lower-case .md', value: name, severity: 'error' });
      }
      continue;
    }
    if (!nested && file.path.split('/').length > 2) {
      problems.push({ path: file.path, field: '(file name)', message: `is not read: put it directly in ${folder}/, not in a subfolder`, value: file.path, severity: 'error' });
      continue;
    }
    const source = readSource(file.path, file.absolutePath, file.read(), problems);
    if (source) sources.push(source);
  }
  return sources;
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

const expectedNames: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', array: 'a list', object: 'a group of fields (name: value lines)', boolean: 'true or false',
};

/** One zod issue as a sentence; the schemas' own messages are kept, zod's generic ones replaced. */
function plainMessage(issue: z.core.$ZodIssue, value: unknown): string {
  const generic = /^(?:Invalid|Too (?:small|big))\b/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'is required' : `must be ${expectedNames[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return value === undefined ? `is required (one of: ${issue.values.map(String).join(', ')})` : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (!generic) return issue.message;
      return issue.origin === 'array' ? `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}` : `must be at least ${issue.minimum}`;
    case 'too_big':
      if (!generic) return issue.message;
      return issue.origin === 'array' ? `may list at most ${issue.maximum} items` : `must be at most ${issue.maximum}`;
    case 'invalid_union':
      return 'is not in a form this field takes';
    default:
      return generic ? 'is not valid here' : issue.message;
  }
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
    problems.push({ ...base, field: fieldName(issue.path), message: plainMessage(issue, value), value });
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

/** An image (`image` or `logo`) whose file is missing beside the Markdown file, or is not a picture we can publish. */
function pictureProblems(file: SourceFile, field: 'image' | 'logo', problems: Problem[]): void {
  const image = (file.frontmatter as Record<string, unknown>)[field];
  const src = image !== null && typeof image === 'object' ? (image as Record<string, unknown>).src : undefined;
  if (typeof src !== 'string' || !imageSrcPattern.test(src)) return;
  const inspection = inspectPictureFile(join(dirname(file.absolutePath), src));
  if (!inspection) {
    problems.push({ path: file.path, field: `${field}.src`, message: 'no such file beside the Markdown file', value: src, severity: 'error' });
  } else if (!inspection.ok) {
    problems.push({ path: file.path, field: `${field}.src`, message: inspection.problem, value: src, severity: 'error' });
  }
}

/** Reads and checks everything below `root`; valid files are returned even when others fail. */
export function loadContent(root: string, options: LoadOptions = {}): Content {
  const problems: Problem[] = [];
  const extra = options.extraFiles ?? [];
  const eventSources = readFolder(root, contentFolders.events, true, extra, problems);
  const organiserSources = readFolder(root, contentFolders.organisers, false, extra, problems);
  const venueSources = readFolder(root, contentFolders.venues, false, extra, problems);
  for (const sources of [eventSources, organiserSources, venueSources]) duplicateProblems(sources, problems);

  for (const file of organiserSources) pictureProblems(file, 'logo', problems);
  const organisers = parseAll(organiserSources, organiserSchema, problems);
  const venues = parseAll(venueSources, venueSchema, problems);
  // References resolve against every organiser and venue file, even one with problems of its own.
  const venueCountries = new Map(venues.map((v) => [v.id, v.data.country]));
  const references: References = {
    organisers: new Set(organiserSources.map((f) => f.id)),
    venues: new Map(venueSources.map((f) => [f.id, { country: venueCountries.get(f.id) }])),
  };
  for (const source of organiserSources) {
    for (const problem of feedProblems(source.frontmatter, references)) {
      problems.push({ path: source.path, field: problem.field, message: problem.message, value: problem.value, severity: 'error' });
    }
  }
  const events: EntryFile[] = [];
  for (const source of eventSources) {
    const [entry] = parseAll([source], entrySchema, problems);
    for (const problem of crossFileProblems(source.frontmatter, references)) {
      problems.push({ path: source.path, field: problem.field, message: problem.message, value: problem.value, severity: 'error' });
    }
    pictureProblems(source, 'image', problems);
    if (entry) events.push({ ...entry, timezone: entryTimezone(source.frontmatter, references) });
  }
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const failed = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.path));
  const passed = <File extends { path: string }>(files: File[]) => files.filter((file) => !failed.has(file.path));
  return { events: passed(events), organisers: passed(organisers), venues: passed(venues), problems };
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

/** The catalogue of the content under `root`, read from disk as the build's loader reads it: for build work outside Astro's collections. */
export function catalogueOfContent(root: string): Catalogue {
  return buildCatalogue(catalogueInput(loadValidContent(root)), buildNow());
}
