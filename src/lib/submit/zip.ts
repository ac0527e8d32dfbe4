/**
 * The entry with its picture as one zip, made in the browser (fflate). The form imports this
 * module only when someone asks for the zip, so the page's up-front JavaScript does not grow.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { NewFile } from '../entry-file.ts';

/** The files at their paths in the repository (`events/2027/…`), the picture stored as it is. */
export function zipEntry(files: readonly NewFile[], picture?: { path: string; bytes: Uint8Array }): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[file.path] = strToU8(file.text);
  // Pictures are compressed already: deflating them again costs time and saves nothing.
  if (picture) entries[picture.path] = [picture.bytes, { level: 0 }];
  return zipSync(entries, { level: 6 });
}
