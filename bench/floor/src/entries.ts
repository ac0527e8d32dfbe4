/**
 * The benchmark's entries as the floor reads them: the same Markdown files, with only title,
 * summary and language taken from the frontmatter and the body split into paragraphs — no
 * schema, no Markdown renderer. Read once per build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export interface FloorEntry {
  id: string;
  title: string;
  summary: string;
  lang: string;
  paragraphs: string[];
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const path = join(folder, item.name);
    if (item.isDirectory()) return markdownFiles(path);
    return item.name.endsWith('.md') ? [path] : [];
  });
}

/** `key: value` of one frontmatter line; double-quoted values are JSON-quoted by the generator. */
function field(frontmatter: string, key: string): string {
  const line = new RegExp(`^${key}: (.*)$`, 'm').exec(frontmatter)?.[1] ?? '';
  return line.startsWith('"') ? (JSON.parse(line) as string) : line;
}

function read(path: string): FloorEntry {
  const text = readFileSync(path, 'utf8');
  const end = text.indexOf('\n---', 4);
  const frontmatter = text.slice(4, end);
  return {
    id: basename(path, '.md'),
    title: field(frontmatter, 'title'),
    summary: field(frontmatter, 'summary'),
    lang: field(frontmatter, 'lang'),
    paragraphs: text.slice(end + 5).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean),
  };
}

let entries: FloorEntry[] | undefined;

export function floorEntries(): FloorEntry[] {
  entries ??= markdownFiles(join(resolve(process.env.KULTURBRO_CONTENT_DIR ?? '.'), 'events')).map(read);
  return entries;
}
