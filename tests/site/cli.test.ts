/**
 * `npm run new` with flags, and the build refusing bad content: both build small sites of their
 * own from copies of the site fixture, inside the test build folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, builds, repoRoot, type TestBuild } from '../helpers/builds.ts';
import { distHas } from '../helpers/dist.ts';
import { formatProblem, loadContent } from '../../src/lib/content.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';

const buildRoot = dirname(builds.fixture.outDir);

/** A fresh copy of the site fixture to add files to, with a build folder beside it. */
function scratchSite(name: string): TestBuild {
  const contentDir = resolve(buildRoot, `${name}-content`);
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(builds.fixture.contentDir, contentDir, { recursive: true });
  return { name, contentDir, outDir: resolve(buildRoot, name), tz: 'UTC' };
}

function astroBuild(site: TestBuild) {
  rmSync(site.outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [resolve(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: repoRoot,
    env: buildEnv(site),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function runNew(root: string, args: string[]) {
  const result = spawnSync(process.execPath, [resolve(repoRoot, 'scripts/new.ts'), '--root', root, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    // No terminal: the script must not wait for answers.
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

const concertFlags = [
  '--type', 'concert', '--title', 'Vårkonsert: Ærlig talt på Älvudden', '--lang', 'sv', '--disciplines', 'music,folk-culture',
  '--summary', 'Folkmusik – fiol, nyckelharpa och sång.', '--organiser', 'kulturforeningen-sol', '--organiser', 'scenekollektivet-nord',
  '--venue', 'arvika-konsthall', '--start', '2027-06-12T19:00', '--end', '2027-06-12T21:30', '--price', '150 SEK / 170 NOK',
  '--tickets', 'https://sol.example/biljetter', '--description', 'Välkommen till en **kväll** med folkmusik.',
];

describe('npm run new with flags', () => {
  const site = scratchSite('cli-new');
  const expectedPath = 'events/2027/2027-06-12-varkonsert-aerlig-talt-pa-alvudden.md';
  const opportunityPath = 'events/2027/oppet/2027-05-01-residens-i-arvika.md';
  let concert: ReturnType<typeof runNew>;
  let opportunity: ReturnType<typeof runNew>;

  beforeAll(() => {
    concert = runNew(site.contentDir, concertFlags);
    opportunity = runNew(site.contentDir, [
      '--type', 'residency', '--title', 'Residens i Arvika', '--lang', 'sv', '--disciplines', 'visual-art', '--summary', 'En månad i Värmland.',
      '--organiser', 'kulturforeningen-sol', '--regions', 'varmland', '--deadline', '2027-05-01', '--apply', 'https://sol.example/ansok',
      '--dir', 'events/2027/oppet',
    ]);
  });

  it('writes the entry and prints its path, without asking anything', () => {
    expect(concert.stderr).toBe('');
    expect(concert.status).toBe(0);
    expect(concert.stdout).toBe(expectedPath);
    expect(opportunity.status).toBe(0);
    expect(opportunity.stdout).toBe(opportunityPath);
  });

  it('writes files that validate, with every value as given', () => {
    const content = loadContent(site.contentDir);
    expect(content.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const entry = content.events.find((e) => e.path === expectedPath);
    expect(entry?.data).toMatchObject({
      title: 'Vårkonsert: Ærlig talt på Älvudden',
      disciplines: ['music', 'folk-culture'],
      organisers: ['kulturforeningen-sol', 'scenekollektivet-nord'],
      start: '2027-06-12T19:00',
      price: '150 SEK / 170 NOK',
    });
    expect(entry?.body).toBe('Välkommen till en **kväll** med folkmusik.\n');
    expect(content.events.find((e) => e.path === opportunityPath)?.data.deadline).toBe('2027-05-01');
  });

  it('writes entries that build into pages', () => {
    const { status, output } = astroBuild(site);
    expect(status, output).toBe(0);
    for (const lang of uiLangs) {
      expect(distHas(site.outDir, urls.event(lang, '2027-06-12-varkonsert-aerlig-talt-pa-alvudden'))).toBe(true);
      expect(distHas(site.outDir, urls.event(lang, '2027-05-01-residens-i-arvika'))).toBe(true);
    }
  });

  it('refuses an entry with problems, lists them all and writes nothing', () => {
    const result = runNew(site.contentDir, [
      '--type', 'concert', '--title', 'Natt', '--lang', 'sv', '--disciplines', 'music', '--organiser', 'nobody',
      '--venue', 'arvika-konsthall', '--start', '2027-03-28T02:30', '--tickets', 'http://sol.example',
    ]);
    expect(result.status).toBe(1);
    const path = 'events/2027/2027-03-28-natt.md';
    for (const line of [
      `${path}: summary: is required`,
      `${path}: organisers[0]: is not an organiser`,
      `${path}: start: does not exist in Europe/Stockholm`,
      `${path}: tickets: must be a full https:// address`,
    ]) {
      expect(result.stderr).toContain(line);
    }
    expect(existsSync(resolve(site.contentDir, path))).toBe(false);
  });

  it('never overwrites a file, and keeps entries below events/', () => {
    const before = readFileSync(resolve(site.contentDir, expectedPath), 'utf8');
    const again = runNew(site.contentDir, [...concertFlags, '--summary', 'Ändrad.']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${expectedPath}: (file): exists already`);
    expect(readFileSync(resolve(site.contentDir, expectedPath), 'utf8')).toBe(before);
    const outside = runNew(site.contentDir, [...concertFlags, '--dir', '../elsewhere']);
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('--dir: must be events/ or a folder below it');
  });

  it('says how to use it when there is no terminal and no flags', () => {
    const result = runNew(site.contentDir, []);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('give the entry as flags');
  });
});

describe('the build refuses invalid content', () => {
  const site = scratchSite('bad-content');
  writeFileSync(
    resolve(site.contentDir, 'events/a/trasig-konsert.md'),
    '---\ntitle: Trasig konsert\nlang: sv\ntype: concert\ndisciplines: [music]\nsummary: Fel överallt.\norganisers: [ingen-alls]\nvenue: arvika-konsthall\nstart: 2027-02-30T19:00\ntickets: http://sol.example\n---\n',
  );
  writeFileSync(
    resolve(site.contentDir, 'events/b/natt-i-hamar.md'),
    '---\ntitle: Natt i Hamar\nlang: nb\ntype: concert\ndisciplines: [music]\nsummary: Om natten.\norganisers: [scenekollektivet-nord]\nvenue: hamar-scene\nstart: 2027-03-28T02:30\nend: 2027-03-28T01:00\n---\n',
  );
  writeFileSync(resolve(site.contentDir, 'venues/utan-region.md'), '---\nname: Hallen\ncity: Karlstad\ncountry: SE\n---\n');
  // Bad pictures (tests/fixtures/invalid/events/pictures): cut off, and an SVG under a .png name.
  for (const [name, picture] of [['avklippt-bild', 'cut-off.jpg'], ['svg-bild', 'drawing.png']] as const) {
    cpSync(resolve(repoRoot, 'tests/fixtures/invalid/events/pictures', picture), resolve(site.contentDir, 'events/a', picture));
    writeFileSync(
      resolve(site.contentDir, `events/a/${name}.md`),
      `---\ntitle: Bild\nlang: sv\ntype: concert\ndisciplines: [music]\nsummary: Med bild.\norganisers: [kulturforeningen-sol]\nvenue: arvika-konsthall\nstart: 2027-05-02T19:00\nimage: {src: ./${picture}, alt: En bild}\n---\n`,
    );
  }

  it('fails with every problem of every file, in the validator’s words', () => {
    const expected = loadContent(site.contentDir).problems.map(formatProblem);
    expect(expected.length).toBeGreaterThanOrEqual(6);
    const { status, output } = astroBuild(site);
    expect(status).not.toBe(0);
    for (const line of expected) expect(output).toContain(line);
    expect(output).toContain(`Kulturbro content has ${expected.length} problems`);
    expect(output).toContain('events/a/avklippt-bild.md: image.src: is cut off (the JPEG file ends too early): copy or download it again (got "./cut-off.jpg")');
    expect(output).toContain('events/a/svg-bild.md: image.src: is an SVG drawing: pictures must be JPEG, PNG, WebP or AVIF (got "./drawing.png")');
    expect(existsSync(resolve(site.outDir, 'sv/index.html'))).toBe(false);
  });
});
