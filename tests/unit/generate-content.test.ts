/** The benchmark's content generator: deterministic, valid, and a realistic mix. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directorySize, generateContent, writeContent, writePictures } from '../../scripts/generate-content.ts';
import { loadContent, type Content } from '../../src/lib/content.ts';
import { buildCatalogue, type Catalogue } from '../../src/lib/catalogue.ts';
import { entryTypes, regionIds } from '../../src/lib/taxonomy.ts';

const ENTRIES = 1500;
let root: string;
let content: Content;
let catalogue: Catalogue;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kulturbro-generate-'));
  writeContent(root, generateContent({ entries: ENTRIES }));
  content = loadContent(root);
  catalogue = buildCatalogue(content, new Date('2027-03-01T12:00:00Z'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('generateContent', () => {
  it('gives byte-identical files for the same seed, in any machine time zone', () => {
    const first = generateContent({ entries: 200, seed: 11 });
    const zone = process.env.TZ;
    process.env.TZ = zone === 'Pacific/Auckland' ? 'UTC' : 'Pacific/Auckland';
    try {
      expect(generateContent({ entries: 200, seed: 11 })).toEqual(first);
    } finally {
      process.env.TZ = zone;
    }
    expect(generateContent({ entries: 200, seed: 12 })).not.toEqual(first);
  });

  it('writes files that load without a single problem', () => {
    expect(content.problems).toEqual([]);
    expect(content.events).toHaveLength(ENTRIES);
    expect(content.organisers.length).toBe(directorySize(ENTRIES));
    expect(content.venues.length).toBe(directorySize(ENTRIES));
    expect(directorySize(1000)).toBeGreaterThanOrEqual(150);
  });

  it('mixes every type, region and scheduling form', () => {
    const count = (test: (e: Catalogue['entries'][number]) => unknown) => catalogue.entries.filter(test).length;
    expect(new Set(catalogue.entries.map((e) => e.data.type))).toEqual(new Set(entryTypes));
    expect(new Set(catalogue.entries.flatMap((e) => e.regions))).toEqual(new Set(regionIds));
    expect(new Set(catalogue.entries.map((e) => e.data.lang))).toEqual(new Set(['sv', 'nb', 'nn', 'en', 'se']));
    const share = (n: number) => n / ENTRIES;
    expect(share(count((e) => e.kind === 'opportunity'))).toBeGreaterThan(0.15);
    expect(share(count((e) => e.kind === 'opportunity'))).toBeLessThan(0.25);
    expect(share(count((e) => e.data.translations))).toBeGreaterThan(0.25);
    expect(share(count((e) => e.data.translations))).toBeLessThan(0.35);
    expect(share(count((e) => e.data.status === 'cancelled'))).toBeGreaterThan(0.015);
    expect(share(count((e) => e.data.status === 'cancelled'))).toBeLessThan(0.05);
    expect(count((e) => e.data.status === 'postponed')).toBeGreaterThan(0);
    expect(count((e) => e.data.repeat?.every === 'week' && e.data.except)).toBeGreaterThan(0);
    expect(count((e) => e.data.dates)).toBeGreaterThan(0);
    expect(count((e) => e.data.type === 'festival' && e.occurrences[0]?.allDay)).toBeGreaterThan(0);
    expect(count((e) => e.data.online && !e.data.venue)).toBeGreaterThan(0);
    expect(count((e) => e.coProduction)).toBeGreaterThan(0);
  });

  it('spreads dates over several years, most of them archive', () => {
    const years = new Set(catalogue.entries.map((e) => (e.occurrences[0]?.start.date ?? e.deadline?.local.date ?? '').slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(4);
    expect(catalogue.past.length).toBeGreaterThan(catalogue.upcoming.length * 3);
    expect(catalogue.upcoming.length).toBeGreaterThan(ENTRIES * 0.05);
  });
});

describe('generated pictures', () => {
  const pictureRoot = mkdtempSync(join(tmpdir(), 'kulturbro-generate-pictures-'));
  afterAll(() => rmSync(pictureRoot, { recursive: true, force: true }));

  it('gives the asked share of entries a real picture beside them, and changes nothing else', async () => {
    const plain = generateContent({ entries: 200 });
    const files = generateContent({ entries: 200, pictures: 0.3 });
    const pictures = files.filter((f) => f.picture);
    expect(pictures.length).toBeGreaterThan(40);
    expect(pictures.length).toBeLessThan(80);
    // Without the image lines the entries are those of a set without pictures.
    expect(files.filter((f) => !f.picture).map((f) => ({ ...f, text: f.text.replace(/^image: .*\n/m, '') }))).toEqual(plain);
    writeContent(pictureRoot, files.slice(0, files.indexOf(pictures[2]!) + 2));
    const written = files.slice(0, files.indexOf(pictures[2]!) + 2);
    expect(await writePictures(pictureRoot, written)).toBe(3);
    const loaded = loadContent(pictureRoot);
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.events.filter((e) => e.data.image)).toHaveLength(3);
    // Each file has bytes of its own (Astro encodes identical originals once): same pixels, distinct hash.
    const bytes = pictures.slice(0, 3).map((p) => readFileSync(join(pictureRoot, p.path)));
    expect(new Set(bytes.map((b) => createHash('sha256').update(b).digest('hex'))).size).toBe(3);
    for (const [i, b] of bytes.entries()) expect(b.includes(Buffer.from(pictures[i]!.path))).toBe(true);
  }, 120_000);
});
