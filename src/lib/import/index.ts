/**
 * Import and sync (SPEC §6): a source (iCalendar or a page with schema.org Event data) → entry files,
 * matched to what exists so that nothing is duplicated, a hand-edited file is left alone, and a second
 * run on an unchanged source changes no byte. `npm run import` and `npm run sync` are thin over this.
 */
import { readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { contentFolders, formatProblem, loadContent, type Content, type VirtualFile } from '../content.ts';
import { entryPath, freeId, slugify, venueMarkdown, venuePath, type EntryFields, type VenueFields } from '../entry-file.ts';
import { occurrencesOf } from '../occurrences.ts';
import { addDays } from '../time.ts';
import { defaultTimezone, regions, type ContentLang, type Discipline, type EntryType, type RegionId } from '../taxonomy.ts';
import { fetchImage, isAddress, readSourceText, SourceError, type FetchOptions } from './fetch.ts';
import { readICalendar } from './ics.ts';
import { readJsonLd } from './jsonld.ts';
import { scheduleOf, textsOf } from './map.ts';
import { identityKey, matchReissued, matchVenue, normalName, type ImportedFile, type KnownVenue } from './match.ts';
import { titleSaysCancelled } from './text.ts';
import { importedEntryText, isAsImported, writeAtomically } from './write.ts';
import type { SourceEvent } from './types.ts';

/** What a source does not say, from the command line or the organiser's `feeds` entry. */
export interface SourceDefaults {
  lang?: ContentLang | undefined;
  type?: EntryType | undefined;
  disciplines?: Discipline[] | undefined;
  venue?: string | undefined;
  region?: RegionId | undefined;
  timezone?: string | undefined;
}

export interface ImportOptions extends SourceDefaults {
  /** Content root holding events/, organisers/, venues/. */
  root: string;
  /** A file, or an https or webcal address. */
  location: string;
  organiser: string;
  includePast?: boolean | undefined;
  dryRun?: boolean | undefined;
  now: Date;
  fetch?: FetchOptions | undefined;
}

/** The counts of the summary line and one line per thing worth a reader's attention. */
export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
  lines: string[];
}

export const emptyReport = (): ImportReport => ({ created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, lines: [] });

/** `import: created A, updated B, unchanged C, skipped D, failed E` — always the last line. */
export const summaryLine = (r: ImportReport) => `import: created ${r.created}, updated ${r.updated}, unchanged ${r.unchanged}, skipped ${r.skipped}, failed ${r.failed}`;

export function addReport(total: ImportReport, part: ImportReport): void {
  total.created += part.created;
  total.updated += part.updated;
  total.unchanged += part.unchanged;
  total.skipped += part.skipped;
  total.failed += part.failed;
  total.lines.push(...part.lines);
}

/** Unbounded series are written up to one year after "now"; each sync moves the horizon on. */
export const HORIZON_DAYS = 366;

interface Planned {
  path: string;
  text: string;
  kind: 'created' | 'updated';
  label: string;
  image?: { path: string; bytes: Buffer } | undefined;
  /** A picture this import downloaded earlier that the entry no longer shows: removed once the entry is written. */
  obsolete?: string | undefined;
  venue?: string | undefined;
}

const langOfCountry = (country: string): ContentLang => (country === 'NO' ? 'nb' : country === 'SE' ? 'sv' : 'en');

/** The fields that differ between two frontmatters, for the hand-edit line. */
function changedFields(current: Record<string, unknown>, next: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(current), ...Object.keys(next)]);
  keys.delete('source');
  return [...keys].filter((key) => JSON.stringify(current[key]) !== JSON.stringify(next[key]));
}

const frontmatterOf = (text: string): Record<string, unknown> => {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return (match ? (yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>) : undefined) ?? {};
};

/**
 * Entry files the validator refused that came from `url`: an invalid file is not content, yet it is
 * the file of its event, and a new one beside it would be a duplicate. Read leniently: the
 * frontmatter's `source` when it parses, else the uid and the url anywhere in the text.
 */
function invalidImports(content: Content, root: string, url: string): { path: string; holds(uid: string, occurrence?: string): boolean }[] {
  const valid = new Set(content.events.map((e) => e.path));
  const paths = new Set(content.problems.filter((p) => p.severity === 'error' && p.path.startsWith(`${contentFolders.events}/`) && !valid.has(p.path)).map((p) => p.path));
  return [...paths].flatMap((path) => {
    let text: string;
    try {
      text = readFileSync(join(root, path), 'utf8');
    } catch {
      return [];
    }
    let source: { url?: unknown; uid?: unknown; occurrence?: unknown } | undefined;
    try {
      source = frontmatterOf(text).source as typeof source;
    } catch {
      source = undefined;
    }
    if (source && typeof source === 'object' && typeof source.uid === 'string') {
      if (source.url !== url) return [];
      return [{ path, holds: (uid: string, occurrence?: string) => uid === source.uid && (occurrence ?? undefined) === (source.occurrence ?? undefined) }];
    }
    if (!text.includes(url)) return [];
    return [{ path, holds: (uid: string, occurrence?: string) => text.includes(uid) && (occurrence === undefined || text.includes(occurrence)) }];
  });
}

const bodyOf = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n?/, '');

/** Reads one source and writes (or, with `dryRun`, only reports) its entries. */
export async function importSource(options: ImportOptions, content: Content = loadContent(options.root)): Promise<ImportReport> {
  const report = emptyReport();
  const fail = (where: string, message: string) => {
    report.failed++;
    report.lines.push(`${options.location}: ${where}: ${message}`);
  };
  const organiser = content.organisers.find((o) => o.id === options.organiser);
  if (!organiser) {
    fail('--organiser', `is not an organiser: add organisers/${options.organiser}.md or fix the id (got "${options.organiser}")`);
    return report;
  }
  if (options.venue !== undefined && !content.venues.some((v) => v.id === options.venue)) {
    fail('--venue', `is not a venue: add venues/${options.venue}.md or fix the id (got "${options.venue}")`);
    return report;
  }
  const zone = options.timezone ?? defaultTimezone(organiser.data.country);
  const region = options.region ?? organiser.data.region;
  const readOptions = { defaultTimezone: zone, now: options.now, horizon: addDays(options.now.toISOString().slice(0, 10), HORIZON_DAYS) };

  let parsed;
  try {
    const source = await readSourceText(options.location, options.fetch);
    parsed = source.kind === 'icalendar' ? readICalendar(source.text, readOptions) : readJsonLd(source.text, readOptions);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    fail('(source)', error.message);
    return report;
  }
  // A source with nothing readable is broken as a whole: nothing is written, nothing counts as vanished.
  if (parsed.events.length === 0 && parsed.problems.length > 0) {
    for (const problem of parsed.problems) fail(problem.where, problem.message);
    return report;
  }
  for (const problem of parsed.problems) fail(problem.where, problem.message);

  // A local file is remembered by its path from the content root, however it was typed.
  const url = isAddress(options.location) ? options.location : relative(resolve(options.root), resolve(options.location)).split(sep).join('/');
  const venues: (KnownVenue & { country: string })[] = content.venues.map((v) => ({ id: v.id, ...v.data, postcode: v.data.postcode }));
  const venueIds = new Set(venues.map((v) => v.id));
  const eventIds = new Set(content.events.map((e) => e.id));
  const imported: (ImportedFile & { status: string; zone: string })[] = content.events
    .filter((e) => e.data.source)
    .map((e) => ({
      path: e.path, url: e.data.source!.url, uid: e.data.source!.uid, occurrence: e.data.source!.occurrence,
      title: e.data.title, start: e.data.start, venue: e.data.venue, status: e.data.status, zone: e.timezone,
    }));
  const byIdentity = new Map(imported.map((file) => [identityKey(file.url, file.uid, file.occurrence), file]));
  const invalid = invalidImports(content, options.root, url);
  const seen = new Set<string>();
  const planned: Planned[] = [];
  const newVenues: VirtualFile[] = [];
  const plannedPaths = new Set<string>();

  // A co-production: organisers the source names that have files here join the importing one.
  const organiserByName = new Map(content.organisers.flatMap((o) => [o.data.name, ...Object.values(o.data.translations ?? {}).map((t) => t.name)].map((name) => [normalName(name), o.id] as const)));
  const coOrganisers = (event: SourceEvent) => [...new Set((event.organizers ?? []).map((name) => organiserByName.get(normalName(name))).filter((id): id is string => id !== undefined && id !== organiser.id))];

  const venueFor = (event: SourceEvent): { venue?: string | undefined; online?: string | undefined; country?: string | undefined } | string => {
    const match = matchVenue(event.place, venues);
    if (match) return { venue: match.id, country: venues.find((v) => v.id === match.id)!.country };
    if (options.venue && venueIds.has(options.venue)) return { venue: options.venue, country: venues.find((v) => v.id === options.venue)!.country, online: event.online };
    if (event.place?.name && region) {
      const id = freeId(event.place.name, venueIds, 'venue');
      const country = regions[region].country;
      const fields: VenueFields = {
        name: event.place.name.slice(0, 140), city: (event.place.city ?? regions[region].names.en).slice(0, 80), country, region,
        ...(event.place.address ? { address: event.place.address.slice(0, 200) } : {}),
        ...(event.place.postcode ? { postcode: event.place.postcode } : {}),
        ...(event.place.lat !== undefined ? { lat: event.place.lat, lon: event.place.lon } : {}),
      };
      venueIds.add(id);
      venues.push({ id, name: fields.name, address: fields.address, postcode: event.place.postcode, lat: fields.lat, lon: fields.lon, country });
      newVenues.push({ path: venuePath(id), text: venueMarkdown(fields) });
      report.lines.push(`${venuePath(id)}: new venue from "${event.place.name}" (check its city and region)`);
      return { venue: id, country };
    }
    if (event.online) return { online: event.online };
    return event.place?.name
      ? `names a place that is not a venue ("${event.place.name}"): give --venue, or --region to create venues`
      : 'names no place: give --venue (or a feed venue) for such events';
  };

  // Only a file whose own identity is gone from the source may be claimed by a re-issued UID.
  const inSource = new Set(parsed.events.map((event) => identityKey(url, event.uid, event.occurrence)));
  const orphans = imported.filter((file) => !inSource.has(identityKey(file.url, file.uid, file.occurrence)));
  for (const event of parsed.events) {
    const label = `${event.where} "${event.title}"`;
    const key = identityKey(url, event.uid, event.occurrence);
    const schedule = scheduleOf(event, options.now);
    // Whatever becomes of it below, the event is in the source: its file has not vanished.
    seen.add(key);
    if (!schedule) {
      fail(event.where, `"${event.title}" has no occurrence to import`);
      continue;
    }
    const eventZone = event.timezone ?? zone;
    const occurrences = occurrencesOf(schedule as Parameters<typeof occurrencesOf>[0], eventZone);
    const over = occurrences.length > 0 && occurrences.at(-1)!.endInstant.getTime() <= options.now.getTime();
    if (over && !options.includePast) {
      report.skipped++;
      continue;
    }
    const place = venueFor(event);
    if (typeof place === 'string') {
      report.skipped++;
      report.lines.push(`${options.location}: ${label}: skipped: ${place}`);
      continue;
    }
    // A file of this event that a hand edit made invalid is not valid content, but it is still the event's file.
    const broken = invalid.find((file) => file.holds(event.uid, event.occurrence));
    if (broken) {
      report.skipped++;
      report.lines.push(`${broken.path}: not valid since a hand edit (npm run validate says why), left as it is; fix it and the next import updates it`);
      continue;
    }
    const texts = textsOf(event, { lang: options.lang ?? langOfCountry(organiser.data.country), type: options.type, disciplines: options.disciplines });
    const existing = byIdentity.get(key) ?? matchReissued(orphans, { url, title: texts.title, start: schedule.start!, venue: place.venue }, new Set(planned.map((p) => p.path)));
    if (existing) seen.add(identityKey(existing.url, existing.uid, existing.occurrence));
    const fields: EntryFields = {
      title: texts.title, lang: texts.lang, type: texts.type, disciplines: texts.disciplines, summary: texts.summary,
      organisers: [organiser.id, ...coOrganisers(event)],
      ...(place.venue ? { venue: place.venue } : {}),
      ...(place.online ? { online: place.online } : {}),
      ...schedule,
      ...(eventZone !== defaultTimezone(place.country as never) ? { timezone: eventZone } : {}),
      ...(event.status !== 'scheduled' ? { status: event.status } : titleSaysCancelled(event.title) ? { status: 'cancelled' as const } : {}),
      ...(event.price ? { price: event.price.slice(0, 100) } : {}),
      ...(event.tickets ? { tickets: event.tickets } : {}),
      source: { url, uid: event.uid, ...(event.occurrence ? { occurrence: event.occurrence } : {}), checksum: '0'.repeat(16) },
    };
    const path = existing?.path ?? (() => {
      const id = freeId(basename(entryPath(fields, options.now), '.md'), new Set([...eventIds, ...planned.map((p) => basename(p.path, '.md'))]), 'entry');
      return `${dirname(entryPath(fields, options.now))}/${id}.md`;
    })();
    eventIds.add(basename(path, '.md'));
    let image: Planned['image'];
    let obsolete: string | undefined;
    const currentFields = existing ? frontmatterOf(readFileSync(`${options.root}/${existing.path}`, 'utf8')) : {};
    const currentImage = currentFields.image as EntryFields['image'] | undefined;
    // The address the entry's picture was downloaded from: a picture that came from elsewhere is never replaced.
    const currentImageUrl = (currentFields.source as { image?: string } | undefined)?.image;
    const imported = currentImage !== undefined && currentImageUrl !== undefined;
    const caption = (wanted: NonNullable<SourceEvent['image']>) => ({
      alt: wanted.alt?.slice(0, 300) || texts.title,
      ...(wanted.credit ? { credit: wanted.credit.slice(0, 120) } : {}),
    });
    if (event.image && currentImage && (!imported || currentImageUrl === event.image.url)) {
      // The same picture as last time (or one added by other means): kept, its caption as the source now has it.
      fields.image = imported ? { src: currentImage.src, ...caption(event.image) } : currentImage;
      if (imported) fields.source = { ...fields.source!, image: currentImageUrl };
    } else if (event.image) {
      try {
        const picture = await fetchImage(event.image.url, options.fetch);
        // A new picture never takes the old one's name: if the entry cannot be written, the old one stays as it was.
        const stem = slugify(basename(path, '.md'), 50);
        const taken = currentImage?.src.slice(2);
        let name = `${stem}.${picture.ext}`;
        for (let n = 2; name === taken; n++) name = `${stem}-${n}.${picture.ext}`;
        fields.image = { src: `./${name}`, ...caption(event.image) };
        fields.source = { ...fields.source!, image: event.image.url };
        image = { path: `${dirname(path)}/${name}`, bytes: picture.bytes };
        if (taken) obsolete = `${dirname(path)}/${taken}`;
      } catch (error) {
        report.lines.push(`${options.location}: ${label}: image ${event.image.url} left out: ${(error as Error).message}`);
        // The picture it had stays until the new one can be read.
        if (currentImage) {
          fields.image = currentImage;
          if (currentImageUrl) fields.source = { ...fields.source!, image: currentImageUrl };
        }
      }
    } else if (currentImage && !imported) {
      fields.image = currentImage;
    } else if (currentImage) {
      // The source no longer shows a picture: neither does the entry, and the downloaded file goes.
      obsolete = `${dirname(path)}/${currentImage.src.slice(2)}`;
    }
    const text = importedEntryText(fields, texts.body);
    if (existing) {
      const current = readFileSync(`${options.root}/${existing.path}`, 'utf8');
      if (current === text) {
        report.unchanged++;
        continue;
      }
      if (!isAsImported(current)) {
        const changed = changedFields(frontmatterOf(current), frontmatterOf(text));
        if (bodyOf(current).trim() !== texts.body.trim()) changed.push('(description)');
        report.skipped++;
        report.lines.push(`${existing.path}: changed by hand since the last import, left as it is${changed.length ? `; the source now says otherwise on: ${changed.join(', ')}` : ''}`);
        continue;
      }
    }
    planned.push({ path, text, kind: existing ? 'updated' : 'created', label, image, obsolete, venue: place.venue });
    plannedPaths.add(path);
  }

  // Vanished: a future entry of this source that the source no longer has is cancelled, not deleted.
  for (const file of imported) {
    if (file.url !== url || seen.has(identityKey(file.url, file.uid, file.occurrence)) || file.status === 'cancelled') continue;
    const entry = content.events.find((e) => e.path === file.path)!;
    const future = occurrencesOf(entry.data, entry.timezone).some((o) => o.endInstant.getTime() > options.now.getTime());
    if (!future) continue;
    const current = readFileSync(`${options.root}/${file.path}`, 'utf8');
    if (!isAsImported(current)) {
      report.skipped++;
      report.lines.push(`${file.path}: no longer in the source, but changed by hand since the last import: left as it is`);
      continue;
    }
    const fields = { ...frontmatterOf(current), status: 'cancelled' } as EntryFields;
    planned.push({ path: file.path, text: importedEntryText(fields, bodyOf(current)), kind: 'updated', label: `"${file.title}"` });
    report.lines.push(`${file.path}: no longer in the source: marked cancelled`);
  }

  if (planned.length === 0 && newVenues.length === 0) return report;
  // Pictures go first, so the check finds them beside their entries; one whose entry fails is removed again.
  const pictures = planned.flatMap((p) => (p.image ? [p.image.path] : []));
  if (!options.dryRun) for (const file of planned) if (file.image) writeAtomically(options.root, file.image.path, file.image.bytes);
  // Everything is checked together with the content it joins; a file with a problem is not written.
  const check = loadContent(options.root, { extraFiles: [...newVenues, ...planned.map((p) => ({ path: p.path, text: p.text }))] });
  const bad = new Map<string, string[]>();
  for (const problem of check.problems) {
    if (problem.severity !== 'error') continue;
    // A dry run writes no picture: its absence is not a problem of the entry.
    if (options.dryRun && problem.field === 'image.src' && pictures.some((path) => basename(path) === String(problem.value).slice(2))) continue;
    if (plannedPaths.has(problem.path) || newVenues.some((v) => v.path === problem.path) || planned.some((p) => p.path === problem.path)) {
      bad.set(problem.path, [...(bad.get(problem.path) ?? []), formatProblem(problem)]);
    }
  }
  const badVenues = new Set(newVenues.filter((v) => bad.has(v.path)).map((v) => basename(v.path, '.md')));
  for (const file of planned) {
    const problems = bad.get(file.path) ?? (file.venue && badVenues.has(file.venue) ? [`venue ${file.venue} could not be made`] : undefined);
    if (problems) {
      fail(file.label, `not written: ${problems.join('; ')}`);
      if (file.image && !options.dryRun) rmSync(join(options.root, file.image.path), { force: true });
      continue;
    }
    if (!options.dryRun) writeAtomically(options.root, file.path, file.text);
    if (!options.dryRun && file.obsolete) rmSync(join(options.root, file.obsolete), { force: true });
    report[file.kind]++;
    report.lines.push(`${file.path}: ${file.kind}${options.dryRun ? ' (dry run: not written)' : ''}`);
  }
  if (!options.dryRun) for (const venue of newVenues) if (!bad.has(venue.path)) writeAtomically(options.root, venue.path, venue.text);
  for (const venue of newVenues) for (const line of bad.get(venue.path) ?? []) report.lines.push(`${venue.path}: not written: ${line}`);
  return report;
}

/** Every `feeds` entry of every organiser, one after the other; a broken source does not stop the rest. */
export async function syncAll(options: { root: string; now: Date; includePast?: boolean; dryRun?: boolean; fetch?: FetchOptions }): Promise<ImportReport> {
  const total = emptyReport();
  let content = loadContent(options.root);
  for (const organiser of content.organisers) {
    for (const feed of organiser.data.feeds ?? []) {
      const report = await importSource({ ...options, location: feed.url, organiser: organiser.id, ...feed }, content);
      addReport(total, report);
      // Each source sees what the ones before it wrote (a venue made by one is matched by the next).
      if (!options.dryRun && (report.created > 0 || report.updated > 0)) content = loadContent(options.root);
    }
  }
  return total;
}
