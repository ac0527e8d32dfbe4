/**
 * Things worth a look that do not stop the build (`npm run validate` prints them as warnings):
 * a new entry that is already over, text missing in a UI language, an image too heavy for phones.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Content, ContentFile, Problem } from './content.ts';
import { buildCatalogue } from './catalogue.ts';
import { uiLangs } from './taxonomy.ts';
import { inspectPictureFile } from './images/file-source.ts';
import { PICTURE_MIN_WIDTH } from './images/inspect.ts';

/** Images above this many bytes get a warning: 1 MB. */
export const IMAGE_WARNING_BYTES = 1_000_000;

export interface WarningOptions {
  /** "Now" of the check: buildNow(), so KULTURBRO_NOW applies as in the build. */
  now: Date;
  /** Whether a file (path relative to the content root) is new: not yet committed, say. */
  isNew: (path: string) => boolean;
}

function imageWarnings(file: ContentFile<unknown>, field: 'image' | 'logo', src: string | undefined): Problem[] {
  if (src === undefined) return [];
  const absolutePath = join(dirname(file.absolutePath), src);
  let size: number;
  try {
    size = statSync(absolutePath).size;
  } catch {
    return []; // a missing image is an error reported by loadContent
  }
  const warnings: Problem[] = [];
  const base = { path: file.path, field: `${field}.src`, value: src, severity: 'warning' as const };
  if (size > IMAGE_WARNING_BYTES) {
    const megabytes = (size / 1_000_000).toFixed(1);
    warnings.push({ ...base, message: `is ${megabytes} MB: images over 1 MB load slowly on phones, save a smaller copy` });
  }
  // A logo is shown small; an event picture fills a page, a social card and search results.
  const inspection = field === 'image' ? inspectPictureFile(absolutePath) : undefined;
  if (inspection?.ok && inspection.facts.width < PICTURE_MIN_WIDTH) {
    warnings.push({ ...base, message: `is ${inspection.facts.width} pixels wide: pictures under ${PICTURE_MIN_WIDTH} look blurred on large screens and in search results` });
  }
  return warnings;
}

/** Warnings for valid content (files with errors are not looked at). */
export function contentWarnings(content: Content, options: WarningOptions): Problem[] {
  const warnings: Problem[] = [];
  const catalogue = buildCatalogue({ events: content.events, organisers: content.organisers, venues: content.venues }, options.now);
  for (const file of content.events) {
    const { data, path } = file;
    if (catalogue.byId.get(file.id)?.past && options.isNew(path)) {
      warnings.push({
        path,
        field: '(dates)',
        message: 'everything in this new entry is already over: check the year, or leave it out',
        value: data.end ?? data.start ?? data.deadline,
        severity: 'warning',
      });
    }
    const missing = uiLangs.filter((lang) => lang !== data.lang && data.translations?.[lang] === undefined);
    if (missing.length > 0) {
      warnings.push({
        path,
        field: 'translations',
        message: `has no ${missing.join(' or ')} title and summary: readers of those pages see the ${data.lang} text`,
        severity: 'warning',
      });
    }
    warnings.push(...imageWarnings(file, 'image', data.image?.src));
  }
  for (const file of content.organisers) {
    warnings.push(...imageWarnings(file, 'logo', file.data.logo?.src));
  }
  return warnings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
