/** The search-index step fails the build on any error Pagefind reports, and always closes it. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
const responses = { create: [] as string[], add: [] as string[], write: [] as string[] };

vi.mock('pagefind', () => ({
  createIndex: async (options: unknown) => {
    calls.push(`createIndex ${JSON.stringify(options)}`);
    return {
      errors: responses.create,
      index: {
        addDirectory: async ({ path, glob }: { path: string; glob: string }) => (calls.push(`addDirectory ${path} ${glob}`), { errors: responses.add, page_count: 3 }),
        writeFiles: async ({ outputPath }: { outputPath: string }) => (calls.push(`writeFiles ${outputPath}`), { errors: responses.write, outputPath }),
      },
    };
  },
  close: async () => (calls.push('close'), null),
}));

const { writeSearchIndex } = await import('../../src/lib/search-index.ts');

const logger = { error: vi.fn(), info: vi.fn() };
const buildDone = () => writeSearchIndex('/site/dist', { maxFragments: 50, excludeSelectors: ['.x'], log: logger });

beforeEach(() => {
  calls.length = 0;
  responses.create = [];
  responses.add = [];
  responses.write = [];
  logger.error.mockClear();
});

describe('search index', () => {
  it('indexes the output folder and writes the bundle into it', async () => {
    await expect(buildDone()).resolves.toBe(3);
    expect(calls).toEqual([
      'createIndex {"maxFragments":50,"excludeSelectors":[".x"]}',
      'addDirectory /site/dist {sv,nb,en}/events/*/index.html',
      'writeFiles /site/dist/pagefind',
      'close',
    ]);
  });

  for (const step of ['create', 'add', 'write'] as const) {
    it(`fails the build when Pagefind reports an error while it ${step}s, and still closes it`, async () => {
      responses[step] = ['something went wrong'];
      await expect(buildDone()).rejects.toThrow(/Pagefind failed/);
      expect(logger.error).toHaveBeenCalledWith(expect.stringContaining('something went wrong'));
      expect(calls.at(-1)).toBe('close');
      if (step !== 'write') expect(calls.some((c) => c.startsWith('writeFiles'))).toBe(false);
    });
  }
});
