/**
 * `npm run new` with flags, and the build refusing bad content: both build small sites of their
 * own from copies of the site fixture, inside the test build folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, repoRoot, scratchSite } from '../helpers/builds.ts';
import { distHas } from '../helpers/dist.ts';
import { formatProblem, loadContent } from '../../src/lib/content.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';

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

  it('writes entries that build into pages', { timeout: 180_000 }, () => {
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

describe('npm run new --image', () => {
  const site = scratchSite('cli-image');
  const picture = (name: string) => resolve(repoRoot, 'tests/fixtures/pictures', name);
  const entryFlags = (title: string) => [
    '--type', 'exhibition', '--title', title, '--lang', 'sv', '--disciplines', 'visual-art', '--summary', 'Bilder från båda sidor om gränsen.',
    '--organiser', 'kulturforeningen-sol', '--venue', 'arvika-konsthall', '--start', '2027-08-14',
  ];
  const entryFiles = () => readdirSync(resolve(site.contentDir, 'events/2027'));

  it('copies the picture beside the entry, named after it, and writes image: {src, alt, credit}', () => {
    // An AVIF file named .png: the extension comes from what the file is.
    const renamed = resolve(site.contentDir, '..', 'cli-image-blomma.png');
    copyFileSync(picture('plum-blossom.avif'), renamed);
    const result = runNew(site.contentDir, [...entryFlags('Blommor vid gränsen'), '--image', renamed, '--alt', 'Tecknad plommonblomma', '--credit', 'Ryo Hirafuji, CC BY 4.0']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual(['events/2027/2027-08-14-blommor-vid-gransen.md', 'events/2027/2027-08-14-blommor-vid-gransen.avif']);
    expect(readFileSync(resolve(site.contentDir, 'events/2027/2027-08-14-blommor-vid-gransen.avif')).equals(readFileSync(picture('plum-blossom.avif')))).toBe(true);
    const content = loadContent(site.contentDir);
    expect(content.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(content.events.find((e) => e.id === '2027-08-14-blommor-vid-gransen')?.data.image).toEqual({
      src: './2027-08-14-blommor-vid-gransen.avif', alt: 'Tecknad plommonblomma', credit: 'Ryo Hirafuji, CC BY 4.0',
    });
    const jpeg = runNew(site.contentDir, [...entryFlags('Randigt'), '--image', picture('nodejs-white-stripe.jpg'), '--alt', 'Vita ränder']);
    expect(jpeg.status, jpeg.stderr).toBe(0);
    expect(jpeg.stdout).toContain('events/2027/2027-08-14-randigt.jpg');
  });

  it('refuses an SVG whatever its name, a picture over 10 MB, and a picture without alt text; writes nothing', () => {
    const before = entryFiles();
    const svg = resolve(site.contentDir, '..', 'cli-image-affisch.jpg');
    copyFileSync(picture('plum-blossom.svg'), svg);
    const refused = runNew(site.contentDir, [...entryFlags('Vektoraffisch'), '--image', svg]);
    expect(refused.status).toBe(1);
    const path = 'events/2027/2027-08-14-vektoraffisch.md';
    expect(refused.stderr).toContain(`${path}: image: must be a JPEG, PNG, WebP or AVIF picture`);
    expect(refused.stderr).toContain(`(got ${JSON.stringify(svg)})`);
    expect(refused.stderr).toContain(`${path}: image.alt: is required`);

    const huge = resolve(site.contentDir, '..', 'cli-image-stor.jpg');
    const jpeg = readFileSync(picture('nodejs-white-stripe.jpg'));
    writeFileSync(huge, Buffer.concat([jpeg, Buffer.alloc(10 * 1024 * 1024 + 1 - jpeg.length)]));
    const tooBig = runNew(site.contentDir, [...entryFlags('Stor affisch'), '--image', huge, '--alt', 'Affisch']);
    expect(tooBig.status).toBe(1);
    expect(tooBig.stderr).toContain('events/2027/2027-08-14-stor-affisch.md: image: must be at most 10 MB');

    const noAlt = runNew(site.contentDir, [...entryFlags('Utan beskrivning'), '--image', picture('plum-blossom.png')]);
    expect(noAlt.status).toBe(1);
    expect(noAlt.stderr).toContain('events/2027/2027-08-14-utan-beskrivning.md: image.alt: is required');
    const missing = runNew(site.contentDir, [...entryFlags('Ingen fil'), '--image', resolve(site.contentDir, 'finns-inte.webp'), '--alt', 'x']);
    expect(missing.stderr).toContain('image: no such file');
    const altAlone = runNew(site.contentDir, [...entryFlags('Bara text'), '--alt', 'x']);
    expect(altAlone.status).toBe(1);
    expect(altAlone.stderr).toContain('--alt, --credit: describe a picture given with --image');
    expect(entryFiles()).toEqual(before);
  });
});

/**
 * `npm run new` in a terminal: util-linux `script` gives it a pseudo-terminal; each answer is typed
 * once the question is on screen.
 */
function terminalSession(root: string) {
  const child = spawn('script', ['-qfec', `stty cols 200 rows 60; ${JSON.stringify(process.execPath)} ${JSON.stringify(resolve(repoRoot, 'scripts/new.ts'))} --root ${JSON.stringify(root)}`, '/dev/null'], {
    cwd: repoRoot,
    env: { ...process.env, TERM: 'xterm' },
  });
  let output = '';
  let position = 0;
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const screen = () => output.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  const exited = new Promise<number | null>((done) => child.on('exit', done));
  /** Waits for text after everything seen so far. */
  const see = async (text: string) => {
    const started = Date.now();
    while (screen().indexOf(text, position) < 0) {
      if (Date.now() - started > 10_000) throw new Error(`no "${text}" on screen:\n${screen().slice(-1500)}`);
      await new Promise((next) => setTimeout(next, 30));
    }
    position = screen().indexOf(text, position) + text.length;
    await new Promise((next) => setTimeout(next, 150));
  };
  const type = (keys: string) => child.stdin.write(keys);
  const answer = async (question: string, keys: string) => {
    await see(question);
    type(keys);
  };
  return { see, type, answer, exited, screen, kill: () => child.kill() };
}

describe('npm run new in a terminal', () => {
  const site = scratchSite('cli-image-terminal');

  it('asks for a picture, refuses an SVG, requires alt text, and copies the picture beside the entry', { timeout: 60_000 }, async () => {
    const svg = resolve(site.contentDir, '..', 'cli-terminal-affisch.jpg');
    copyFileSync(resolve(repoRoot, 'tests/fixtures/pictures/plum-blossom.svg'), svg);
    const webp = resolve(repoRoot, 'tests/fixtures/pictures/libwebp-test.webp');
    const session = terminalSession(site.contentDir);
    try {
      await session.answer('What is it?', '\r');
      await session.answer('Title', 'Bilder i natten\r');
      await session.answer('Language the text is written in', '\r');
      await session.answer('Art forms', ' \r');
      await session.answer('Summary', 'En kväll med bilder.\r');
      await session.answer('Organisers', 'sol');
      await session.see('Kulturföreningen Sol');
      session.type('\t');
      await new Promise((next) => setTimeout(next, 200));
      session.type('\r');
      await session.answer('Where?', 'testkonsthall');
      await session.see('Arvika testkonsthall');
      session.type('\r');
      await session.answer('Starts', '2027-09-10T20:00\r');
      await session.answer('Ends', '\r');
      await session.answer('Price', '\r');
      await session.answer('Tickets', '\r');
      await session.answer('Description', '\r\r');
      await session.answer('A picture to show with it', `${svg}\r`);
      await session.see('The picture must be a JPEG, PNG, WebP or AVIF picture');
      session.type(`${'\x7f'.repeat(svg.length)}${webp}\r`);
      await session.answer('Describe the picture', '\r');
      await session.see('Please describe the picture');
      session.type('Färgfält i rutor\r');
      await session.answer('Photographer or rights holder', 'libwebp-test-data\r');
      expect(await session.exited, session.screen()).toBe(0);
    } finally {
      session.kill();
    }
    const content = loadContent(site.contentDir);
    expect(content.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const entry = content.events.find((e) => e.id === '2027-09-10-bilder-i-natten');
    expect(entry?.data).toMatchObject({ venue: 'arvika-konsthall', start: '2027-09-10T20:00', image: { src: './2027-09-10-bilder-i-natten.webp', alt: 'Färgfält i rutor', credit: 'libwebp-test-data' } });
    expect(readFileSync(resolve(site.contentDir, 'events/2027/2027-09-10-bilder-i-natten.webp')).equals(readFileSync(webp))).toBe(true);
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
