/** Reading built files in tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function readDist(outDir: string, path: string): string {
  const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) throw new Error(`${path} was not built (looked for ${file})`);
  return readFileSync(file, 'utf8');
}

export function distHas(outDir: string, path: string): boolean {
  return existsSync(join(outDir, path.endsWith('/') ? `${path}index.html` : path));
}

/** Every file below `outDir` whose path ends with `suffix`, relative and with forward slashes. */
export function distFiles(outDir: string, suffix: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (full.endsWith(suffix)) found.push(relative(outDir, full).split('\\').join('/'));
    }
  };
  walk(outDir);
  return found.sort();
}
