/**
 * The search-index step: one Pagefind index per language, their entry files merged into the one
 * Pagefind would write for all languages; any error Pagefind reports fails the build, and
 * Pagefind is always closed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
const responses = { create: [] as string[], add: [] as string[], write: [] as string[] };
const pagesPerLanguage: Record<string, number> = { sv: 3, nb: 2, en: 1 };

vi.mock('pagefind', () => ({
  createIndex: async (options: unknown) => {
    calls.push(`createIndex ${JSON.stringify(options)}`);
    let lang = '';
    return {
      errors: responses.create,
      index: {
        addDirectory: async ({ path, glob }: { path: string; glob: string }) => {
          calls.push(`addDirectory ${path} ${glob}`);
          lang = glob.slice(0, 2);
          return { errors: responses.add, page_count: pagesPerLanguage[lang] };
        },
        writeFiles: async ({ outputPath }: { outputPath: string }) => {
          calls.push(`writeFiles ${outputPath}`);
          // As Pagefind does: an entry file that names only the languages of this index.
          mkdirSync(outputPath, { recursive: true });
          const entry = { version: '1.6.0', languages: { [lang]: { hash: `${lang}_hash`, wasm: lang, page_count: pagesPerLanguage[lang] } }, include_characters: ['_'] };
          writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
          return { errors: responses.write, outputPath };
        },
      },
    };
  },
  close: async () => (calls.push('close'), null),
}));

const { mergeEntries, writeSearchIndex } = await import('../../src/lib/search-index.ts');

const logger = { error: vi.fn(), info: vi.fn() };
let outDir = '';
const build = (options = {}) => writeSearchIndex(outDir, { maxFragments: 50, excludeSelectors: ['.x'], log: logger, ...options });

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'kulturbro-search-index-'));
  calls.length = 0;
  responses.create = [];
  responses.add = [];
  responses.write = [];
  logger.error.mockClear();
});
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

describe('search index', () => {
  it('indexes each language on its own, in the output folder, and merges their entry files', async () => {
    await expect(build()).resolves.toBe(6);
    const perLanguage = (lang: string) => [
      'createIndex {"maxFragments":50,"excludeSelectors":[".x"]}',
      `addDirectory ${outDir} ${lang}/events/*/index.html`,
      `writeFiles ${join(outDir, 'pagefind')}`,
      'close',
    ];
    expect(calls).toEqual([...perLanguage('sv'), ...perLanguage('nb'), ...perLanguage('en')]);
    // Byte for byte what Pagefind writes for one index of all three: languages sorted by code.
    expect(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(
      '{"version":"1.6.0","languages":{"en":{"hash":"en_hash","wasm":"en","page_count":1},"nb":{"hash":"nb_hash","wasm":"nb","page_count":2},"sv":{"hash":"sv_hash","wasm":"sv","page_count":3}},"include_characters":["_"]}',
    );
  });

  it('takes the languages in the order their pages are written', async () => {
    const asked: string[][] = [];
    await build({ nextLanguage: async (remaining: readonly string[]) => (asked.push([...remaining]), remaining.at(-1)!) });
    expect(asked).toEqual([['sv', 'nb', 'en'], ['sv', 'nb'], ['sv']]);
    expect(calls.filter((c) => c.startsWith('addDirectory')).map((c) => c.split(' ').at(-1)!.slice(0, 2))).toEqual(['en', 'nb', 'sv']);
    expect(JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')).languages).toEqual({
      en: { hash: 'en_hash', wasm: 'en', page_count: 1 },
      nb: { hash: 'nb_hash', wasm: 'nb', page_count: 2 },
      sv: { hash: 'sv_hash', wasm: 'sv', page_count: 3 },
    });
  });

  for (const step of ['create', 'add', 'write'] as const) {
    it(`fails the build when Pagefind reports an error while it ${step}s, and still closes it`, async () => {
      responses[step] = ['something went wrong'];
      await expect(build()).rejects.toThrow(/Pagefind failed/);
      expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('something went wrong'));
      expect(calls.at(-1)).toBe('close');
      if (step !== 'write') expect(calls.some((c) => c.startsWith('writeFiles'))).toBe(false);
    });
  }

  it('refuses to merge no index at all', () => {
    expect(() => mergeEntries([])).toThrow(/No Pagefind index/);
  });
});
