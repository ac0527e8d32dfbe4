/**
 * Builds content files from field values: the Markdown of an event or opportunity, organiser or
 * venue, and the file name it gets. Pure, so `npm run new` and the submit form write the same files.
 */
// Named imports let the browser bundle leave js-yaml's parser out.
import { CORE_SCHEMA, dump } from 'js-yaml';
import type { z } from 'astro/zod';
import type { entrySchema, organiserSchema, venueSchema } from '../schema/index.ts';

export type EntryFields = z.input<typeof entrySchema>;
export type OrganiserFields = z.input<typeof organiserSchema>;
export type VenueFields = z.input<typeof venueSchema>;

/** Fields in the order of SPEC §1's tables, so every file reads the same way. */
const entryOrder = [
  'title', 'lang', 'type', 'disciplines', 'summary', 'organisers', 'venue', 'online', 'regions', 'start', 'end',
  'timezone', 'dates', 'repeat', 'except', 'status', 'price', 'tickets', 'deadline', 'apply', 'eligibility',
  'eligible_countries', 'covers', 'audience', 'accessibility', 'image', 'source', 'translations', 'updated',
] as const satisfies readonly (keyof EntryFields)[];
const organiserOrder = ['name', 'country', 'region', 'website', 'email', 'logo', 'translations', 'feeds'] as const satisfies readonly (keyof OrganiserFields)[];
const venueOrder = [
  'name', 'city', 'country', 'region', 'address', 'postcode', 'lat', 'lon', 'accessibility', 'transit', 'website',
] as const satisfies readonly (keyof VenueFields)[];

/** Letters the SPEC names, and a few more from the region, that Unicode does not decompose. */
const spelledOut: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ŋ: 'n', ł: 'l', œ: 'oe' };

/** Lower-case a-z, 0-9 and single hyphens: å→a, ä→a, ö→o, æ→ae, ø→o, other accents dropped. */
export function slugify(text: string, maxLength = 60): string {
  const ascii = text
    .toLowerCase()
    .replace(/[æøßđðþŋłœ]/g, (letter) => spelledOut[letter]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary so the id does not end in half a word.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** The day an entry's file is named after: its start, else its deadline. */
export function entryDate(fields: Pick<EntryFields, 'start' | 'deadline'>): string | undefined {
  const value = fields.start ?? fields.deadline;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/** `2027-06-12-sommarkonsert-i-arvika`: date and title, so ids stay unique and readable. */
export function entryId(fields: Pick<EntryFields, 'title' | 'start' | 'deadline'>): string {
  const title = slugify(fields.title ?? '') || 'entry';
  const date = entryDate(fields);
  return date ? `${date}-${title}` : title;
}

/** `events/2027/<id>.md`: the year of its date, or of `now` for an entry without one. */
export function entryPath(fields: Pick<EntryFields, 'title' | 'start' | 'deadline'>, now: Date, folder?: string): string {
  const year = entryDate(fields)?.slice(0, 4) ?? String(now.getUTCFullYear());
  return `${(folder ?? `events/${year}`).replace(/\/+$/, '')}/${entryId(fields)}.md`;
}

export const organiserPath = (id: string) => `organisers/${id}.md`;
export const venuePath = (id: string) => `venues/${id}.md`;

/** An id from a name that is not among `taken`: `name`, `name-2`, `name-3`… */
export function freeId(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slugify(name) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Drops what an author left empty: blank text, empty lists and groups. */
export function withoutEmpty(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(withoutEmpty).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => [key, withoutEmpty(item)] as const).filter(([, item]) => item !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value ?? undefined;
}

/**
 * One `key: value` block. Lists of plain values stay on one line (`disciplines: [music, dance]`)
 * as in the samples; js-yaml quotes whatever YAML would otherwise read as another type.
 */
function yamlField(key: string, value: unknown): string {
  const flat = Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');
  return dump({ [key]: value }, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true, flowLevel: flat ? 1 : -1 });
}

function markdownFile(fields: object, order: readonly string[], body: string): string {
  const values = fields as Record<string, unknown>;
  const keys = [...order, ...Object.keys(values).filter((key) => !order.includes(key))];
  const frontmatter = keys
    .map((key) => [key, withoutEmpty(values[key])] as const)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => yamlField(key, value))
    .join('');
  const text = body.replace(/\r\n?/g, '\n').trim();
  return `---\n${frontmatter}---\n${text ? `${text}\n` : ''}`;
}

/** An event or opportunity file; `body` is the Markdown description. */
export function entryMarkdown(fields: EntryFields, body = ''): string {
  return markdownFile(fields, entryOrder, body);
}

/** An organiser file; `body` says who they are. */
export function organiserMarkdown(fields: OrganiserFields, body = ''): string {
  return markdownFile(fields, organiserOrder, body);
}

/** A venue file; `body` may describe the place. */
export function venueMarkdown(fields: VenueFields, body = ''): string {
  return markdownFile(fields, venueOrder, body);
}

/** A new file to add, with its path relative to the content root. */
export interface NewFile {
  path: string;
  text: string;
}

/** What someone proposes: an entry and any organisers and venue that do not exist yet. */
export interface Draft {
  entry: EntryFields;
  /** The Markdown description. */
  body?: string;
  newOrganisers?: { id: string; fields: OrganiserFields; body?: string }[];
  newVenue?: { id: string; fields: VenueFields; body?: string };
  /** Folder for the entry file; `events/<year>` by default. */
  folder?: string;
}

/** Every file a draft adds: the entry first, then new organisers and the new venue. */
export function draftFiles(draft: Draft, now: Date): NewFile[] {
  return [
    { path: entryPath(draft.entry, now, draft.folder), text: entryMarkdown(draft.entry, draft.body) },
    ...(draft.newOrganisers ?? []).map((o) => ({ path: organiserPath(o.id), text: organiserMarkdown(o.fields, o.body) })),
    ...(draft.newVenue ? [{ path: venuePath(draft.newVenue.id), text: venueMarkdown(draft.newVenue.fields, draft.newVenue.body) }] : []),
  ];
}

/** Where the entry's picture goes: `image.src` beside the entry file; undefined without one. */
export function picturePath(draft: Draft, now: Date): string | undefined {
  const src = draft.entry.image?.src;
  if (typeof src !== 'string' || !src.startsWith('./')) return undefined;
  const path = entryPath(draft.entry, now, draft.folder);
  return `${path.slice(0, path.lastIndexOf('/'))}/${src.slice(2)}`;
}
