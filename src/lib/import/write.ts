/**
 * Writing what the importer made: entry files in the house form (src/lib/entry-file.ts) with a
 * checksum in `source`, so a later run can tell its own file from one an editor changed; every file
 * through a temporary file and a rename, so no reader ever sees half of one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { entryMarkdown, type EntryFields } from '../entry-file.ts';

const checksumLine = /^  checksum: [0-9a-f]+\n/m;

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The entry's file with `source.checksum` set to the hash of the file without that line. */
export function importedEntryText(fields: EntryFields, body: string): string {
  const { checksum: _old, ...source } = fields.source!;
  const unsigned = entryMarkdown({ ...fields, source: source as NonNullable<EntryFields['source']> }, body);
  return entryMarkdown({ ...fields, source: { ...source, checksum: hash(unsigned) } as NonNullable<EntryFields['source']> }, body);
}

/** Whether a file is as the importer last wrote it (its checksum matches); false after a hand edit. */
export function isAsImported(text: string): boolean {
  const stored = /^  checksum: ([0-9a-f]+)$/m.exec(text)?.[1];
  return stored !== undefined && hash(text.replace(checksumLine, '')) === stored;
}

/** Writes `text` to `root/path` whole or not at all. */
export function writeAtomically(root: string, path: string, data: string | Buffer): void {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = join(dirname(target), `.${Math.random().toString(36).slice(2)}.import-tmp`);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
