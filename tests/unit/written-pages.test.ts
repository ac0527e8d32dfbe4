/** Telling pages Astro has finished writing from pages it has not (src/integrations/written-pages.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isWritten, LOOK_AHEAD, stillMissing } from '../../src/integrations/written-pages.ts';

let dir = '';
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kulturbro-written-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const whole = '<!DOCTYPE html><html lang="sv"><head><title>x</title></head><body><p>Hej</p></body></html>';

describe('written pages', () => {
  it('counts a page as written once it ends with </html>', () => {
    expect(isWritten(page('whole.html', whole))).toBe(true);
    expect(isWritten(page('newline.html', `${whole}\n`))).toBe(true);
  });

  it('does not count a page that is created but not yet written, half written, or missing', () => {
    expect(isWritten(page('empty.html', ''))).toBe(false);
    expect(isWritten(page('half.html', whole.slice(0, 60)))).toBe(false);
    expect(isWritten(join(dir, 'missing.html'))).toBe(false);
  });

  it('lists every page not yet written, in order, without opening all of them', () => {
    const files = Array.from({ length: LOOK_AHEAD * 3 }, (_, i) => join(dir, `${i}.html`));
    // The first ten are written, the eleventh is half written, two more further on are written.
    files.slice(0, 10).forEach((file) => writeFileSync(file, whole));
    writeFileSync(files[10]!, whole.slice(0, 30));
    writeFileSync(files[12]!, whole);
    writeFileSync(files[LOOK_AHEAD * 2]!, whole);
    const missing = stillMissing(files);
    // 12 is written; the one far beyond a run of missing pages is not looked at yet.
    expect(missing).toEqual(files.filter((_, i) => i >= 10 && i !== 12));
    expect(stillMissing(files.slice(0, 10))).toEqual([]);
  });
});
