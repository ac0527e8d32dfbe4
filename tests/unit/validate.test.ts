import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { formatProblem, loadContent, type Problem } from '../../src/lib/content.ts';
import { contentWarnings, IMAGE_WARNING_BYTES } from '../../src/lib/validation-warnings.ts';
import { repoRoot } from '../helpers/builds.ts';

const invalidRoot = resolve(repoRoot, 'tests/fixtures/invalid');

/** Every bad fixture with the field(s) it must be reported on and a piece of the message. */
const expected: Record<string, [field: string, message: string][]> = {
  'events/bad/missing-title.md': [['title', 'is required']],
  'events/bad/unknown-field.md': [['colour', 'is not a known field (got "red")']],
  'events/bad/unknown-type.md': [['type', 'must be one of: concert']],
  'events/bad/unknown-discipline.md': [['disciplines[1]', 'must be one of: music']],
  'events/bad/unknown-language.md': [['lang', 'must be one of: sv, nb']],
  'events/bad/impossible-date.md': [['start', 'must be a real date']],
  'events/bad/impossible-time.md': [['start', 'must be a real date']],
  'events/bad/spring-forward-gap.md': [['start', 'does not exist in Europe/Stockholm']],
  'events/bad/spring-forward-gap-oslo.md': [['end', 'does not exist in Europe/Oslo']],
  'events/bad/end-before-start.md': [['end', 'must not be before start']],
  'events/bad/end-other-form.md': [['end', 'must have the same form as start']],
  'events/bad/unknown-organiser.md': [['organisers[1]', 'is not an organiser: add organisers/nobody-here.md']],
  'events/bad/unknown-venue.md': [['venue', 'is not a venue: add venues/nowhere-hall.md']],
  'events/bad/unknown-region.md': [['regions[1]', 'must be one of: varmland']],
  'events/bad/non-https-tickets.md': [['tickets', 'must be a full https:// address (got "http://']],
  'events/bad/non-https-online.md': [['online', 'must be a full https:// address (got "javascript:']],
  'events/bad/image-without-alt.md': [['image.alt', 'is required']],
  'events/bad/image-file-missing.md': [['image.src', 'no such file beside the Markdown file']],
  'events/pictures/picture-cut-off.md': [['image.src', 'is cut off (the JPEG file ends too early): copy or download it again (got "./cut-off.jpg")']],
  'events/pictures/picture-scrambled.md': [['image.src', 'is a damaged JPEG file: save it again from an image program (got "./scrambled.jpg")']],
  'events/pictures/picture-over-10-mb.md': [['image.src', 'is 10.0 MB: pictures may be at most 10 MB (got "./oversized.jpg")'.replace(' (got', ', save a smaller copy (got')]],
  'events/pictures/picture-wrong-extension.md': [['image.src', 'is a PNG file with a .jpg name: rename it to end in .png (got "./really-a-png.jpg")']],
  'events/pictures/picture-svg.md': [['image.src', 'is an SVG drawing: pictures must be JPEG, PNG, WebP or AVIF (got "./drawing.png")']],
  'events/bad/opportunity-without-apply.md': [['apply', 'is required for opportunities']],
  'events/bad/open-call-without-deadline.md': [['deadline', 'is required for open-call']],
  'events/bad/event-without-venue.md': [['venue', 'is required for events unless online is set']],
  'events/bad/event-without-start.md': [['start', 'is required for events']],
  'events/bad/summary-too-long.md': [['summary', 'must be at most 280 characters']],
  'events/bad/too-many-disciplines.md': [['disciplines', 'at most 5']],
  'events/bad/unknown-timezone.md': [['timezone', 'is not a time zone name']],
  'events/bad/repeat-and-dates.md': [['dates', 'cannot be combined with repeat']],
  'events/bad/except-not-in-series.md': [['except[0]', 'is not a day the series happens on']],
  'events/bad/repeat-until-before-start.md': [['repeat.until', 'must not be before start']],
  'events/bad/unknown-translation-language.md': [['translations.de', 'is not a known field']],
  'events/bad/yaml-syntax-error.md': [['(frontmatter)', 'is not valid YAML on line']],
  'events/bad/no-frontmatter.md': [['(frontmatter)', 'must start with a --- frontmatter block']],
  'events/bad/Bad_File_Name.md': [['(file name)', 'lower-case a-z']],
  'events/bad/wrong-extension.markdown': [['(file name)', 'is not read']],
  'events/dup-a/duplicate-id.md': [['(id)', 'used by another file too: events/dup-b/duplicate-id.md']],
  'events/dup-b/duplicate-id.md': [['(id)', 'used by another file too: events/dup-a/duplicate-id.md']],
  'events/bad/many-problems.md': [
    ['title', 'is required'],
    ['lang', 'must be one of'],
    ['tickets', 'https://'],
    ['end', 'must not be before start'],
    ['venue', 'is not a venue'],
  ],
  'organisers/missing-country.md': [['country', 'is required (one of: SE, NO']],
  'organisers/http-website.md': [['website', 'https://']],
  'organisers/bad-email.md': [['email', 'must be an e-mail address']],
  'organisers/unknown-region.md': [['region', 'must be one of']],
  'organisers/logo-without-alt.md': [['logo.alt', 'is required']],
  'organisers/nested/in-a-subfolder.md': [['(file name)', 'not in a subfolder']],
  'events/bad/source-without-checksum.md': [['source.checksum', 'is required']],
  'events/bad/source-bad-checksum.md': [['source.checksum', 'must be the hexadecimal checksum the importer wrote']],
  'events/bad/source-unknown-key.md': [['source.feed', 'is not a known field']],
  'organisers/feed-http-url.md': [['feeds[0].url', 'must be a full https:// or webcal:// address (got "http://']],
  'organisers/feed-unknown-venue.md': [['feeds[0].venue', 'is not a venue: add venues/nowhere-hall.md']],
  'organisers/feed-unknown-timezone.md': [['feeds[0].timezone', 'is not a time zone name']],
  'organisers/feed-unknown-region.md': [['feeds[0].disciplines[1]', 'must be one of'], ['feeds[0].region', 'must be one of']],
  'venues/missing-region.md': [['region', 'is required']],
  'venues/latitude-out-of-range.md': [['lat', 'must be at most 90']],
  'venues/unknown-country.md': [['country', 'must be one of']],
};
const validPaths = [
  'events/ok/ok-concert.md', 'events/ok/ok-fall-back-night.md', 'events/ok/ok-residency.md', 'events/ok/ok-series.md',
  'organisers/ok-organiser.md', 'organisers/ok-norsk-lag.md', 'venues/ok-venue-se.md', 'venues/ok-venue-no.md',
];
const errorCount = Object.values(expected).flat().length;

function runValidate(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [resolve(repoRoot, 'scripts/validate.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });
  return { status: result.status, lines: result.stdout.trimEnd().split('\n'), stderr: result.stderr };
}

describe('loadContent on a folder full of mistakes', () => {
  const content = loadContent(invalidRoot);
  const byPath = Map.groupBy(content.problems, (p) => p.path);

  for (const [path, problems] of Object.entries(expected)) {
    it(`reports ${path} on ${problems.map(([field]) => field).join(', ')}`, () => {
      const found = byPath.get(path) ?? [];
      expect(found.map((p) => p.field)).toEqual(problems.map(([field]) => field));
      problems.forEach(([field, message], index) => {
        const line = formatProblem(found[index]!);
        expect(line.startsWith(`${path}: ${field}: `), line).toBe(true);
        expect(line).toContain(message);
      });
    });
  }

  it('reports nothing else, and only errors', () => {
    expect([...byPath.keys()].sort()).toEqual(Object.keys(expected).sort());
    expect(content.problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('keeps every valid file, and only those', () => {
    const loaded = [...content.events, ...content.organisers, ...content.venues].map((f) => f.path);
    for (const path of validPaths) expect(loaded).toContain(path);
    expect(content.events.map((e) => e.path).filter((p) => !p.startsWith('events/ok/'))).toEqual([]);
  });

  it('takes the time zone from the venue country', () => {
    expect(content.events.find((e) => e.id === 'ok-fall-back-night')?.timezone).toBe('Europe/Oslo');
    expect(content.events.find((e) => e.id === 'ok-concert')?.timezone).toBe('Europe/Stockholm');
  });

  it('keeps the leading zero of a Norwegian postcode written without quotes', () => {
    expect(content.venues.find((v) => v.id === 'ok-venue-no')?.data.postcode).toBe('0150');
  });
});

describe('the repository content', () => {
  it('has no errors in the samples or the site fixture', () => {
    for (const root of [repoRoot, resolve(repoRoot, 'tests/fixtures/site')]) {
      expect(loadContent(root).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    }
  });
});

describe('extra files', () => {
  it('checks a file that is not on disk together with the content it joins', () => {
    const text = '---\ntitle: Ny\nlang: sv\ntype: talk\ndisciplines: [literature]\nsummary: Samtal.\norganisers: [ok-organiser]\nvenue: ok-venue-se\nstart: 2027-03-28T02:30\n---\n';
    const content = loadContent(invalidRoot, { extraFiles: [{ path: 'events/new/ny.md', text }] });
    expect(content.problems.filter((p) => p.path === 'events/new/ny.md').map((p) => p.field)).toEqual(['start']);
  });

  it('replaces a file on disk with the same path', () => {
    const text = '---\ntitle: Rättad\nlang: sv\ntype: talk\ndisciplines: [literature]\nsummary: Samtal.\norganisers: [ok-organiser]\nvenue: ok-venue-se\nstart: 2027-06-12T19:00\n---\n';
    const content = loadContent(invalidRoot, { extraFiles: [{ path: 'events/bad/missing-title.md', text }] });
    expect(content.problems.filter((p) => p.path === 'events/bad/missing-title.md')).toEqual([]);
    expect(content.events.find((e) => e.id === 'missing-title')?.data.title).toBe('Rättad');
  });
});

describe('npm run validate', () => {
  it('prints every problem of every file in one run, then a count, and exits 1', () => {
    const { status, lines } = runValidate(['--root', invalidRoot]);
    expect(status).toBe(1);
    const content = loadContent(invalidRoot);
    for (const problem of content.problems) expect(lines).toContain(formatProblem(problem));
    expect(lines.filter((line) => !line.startsWith('warning: ')).length).toBe(errorCount + 1);
    expect(lines.at(-1)).toMatch(new RegExp(`^${errorCount} errors in ${Object.keys(expected).length} files, \\d+ warnings? \\(\\d+ files checked\\)$`));
  });

  it('exits 0 on the site fixture', () => {
    const root = resolve(repoRoot, 'tests/fixtures/site');
    const { status, lines } = runValidate(['--root', root]);
    const content = loadContent(root);
    const files = content.events.length + content.organisers.length + content.venues.length;
    expect(status).toBe(0);
    expect(lines.at(-1)).toMatch(new RegExp(`^No errors, \\d+ warnings? \\(${files} files checked\\)$`));
  });

  it('writes GitHub annotations in GitHub Actions', () => {
    const { lines } = runValidate(['--root', invalidRoot], { GITHUB_ACTIONS: 'true' });
    expect(lines).toContain('::error file=tests/fixtures/invalid/events/bad/missing-title.md,title=title::events/bad/missing-title.md: title: is required');
  });

  it('rejects unknown options', () => {
    expect(runValidate(['--colour']).status).toBe(2);
  });
});

describe('warnings', () => {
  const root = mkdtempSync(join(tmpdir(), 'kulturbro-warnings-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(invalidRoot, 'organisers/ok-organiser.md'), join(root, 'organisers/ok-organiser.md'));
  cpSync(join(invalidRoot, 'venues/ok-venue-se.md'), join(root, 'venues/ok-venue-se.md'));
  mkdirSync(join(root, 'events/2020'), { recursive: true });
  const entry = (title: string, start: string, extra = '') =>
    `---\ntitle: ${title}\nlang: sv\ntype: concert\ndisciplines: [music]\nsummary: Musik.\norganisers: [ok-organiser]\nvenue: ok-venue-se\nstart: ${start}\n${extra}---\n`;
  const translated = 'translations: {nb: {title: Konsert}, en: {title: Concert}}\n';
  writeFileSync(join(root, 'events/2020/old-concert.md'), entry('Gammal konsert', '2020-06-12T19:00', translated));
  writeFileSync(join(root, 'events/2020/untranslated.md'), entry('Oöversatt', '2027-06-12T19:00', 'translations: {en: {title: Untranslated}}\n'));
  writeFileSync(join(root, 'events/2020/heavy-image.md'), entry('Tung bild', '2027-06-12T19:00', `${translated}image: {src: ./big.jpg, alt: En stor bild}\n`));
  // A real JPEG of pure noise: over 1 MB, and narrower than 1200 pixels.
  beforeAll(async () => {
    const noise = sharp({ create: { width: 1100, height: 1100, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 90 } } });
    const jpeg = await noise.jpeg({ quality: 100 }).toBuffer();
    expect(jpeg.length).toBeGreaterThan(IMAGE_WARNING_BYTES);
    writeFileSync(join(root, 'events/2020/big.jpg'), jpeg);
  });
  const now = new Date('2027-03-01T12:00:00Z');

  const fields = (warnings: Problem[]) => warnings.map((w) => `${w.path} ${w.field}`);

  it('warns about a new entry that is entirely past, a missing translation and a heavy, narrow image', () => {
    const warnings = contentWarnings(loadContent(root), { now, isNew: () => true });
    expect(fields(warnings)).toEqual([
      'events/2020/heavy-image.md image.src',
      'events/2020/heavy-image.md image.src',
      'events/2020/old-concert.md (dates)',
      'events/2020/untranslated.md translations',
    ]);
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(formatProblem(warnings[3]!)).toContain('has no nb title and summary');
    expect(formatProblem(warnings[0]!)).toMatch(/image\.src: is \d\.\d MB: images over 1 MB load slowly/);
    expect(formatProblem(warnings[1]!)).toBe('events/2020/heavy-image.md: image.src: is 1100 pixels wide: pictures under 1200 look blurred on large screens and in search results (got "./big.jpg")');
  });

  it('does not warn about a past entry that is not new', () => {
    const warnings = contentWarnings(loadContent(root), { now, isNew: () => false });
    expect(fields(warnings)).not.toContain('events/2020/old-concert.md (dates)');
  });

  it('prints warnings with a marker and exits 0; committed files are not new', () => {
    const run = () => runValidate(['--root', root], { KULTURBRO_NOW: now.toISOString() });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.lines).toContain(
      'warning: events/2020/old-concert.md: (dates): everything in this new entry is already over: check the year, or leave it out (got "2020-06-12T19:00")',
    );
    expect(first.lines.at(-1)).toBe('No errors, 4 warnings (5 files checked)');

    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: root });
    expect(git('init', '-q').status).toBe(0);
    git('add', '.');
    expect(git('commit', '-q', '-m', 'content').status).toBe(0);
    const second = run();
    expect(second.lines.some((line) => line.includes('old-concert.md: (dates)'))).toBe(false);
    expect(second.lines.at(-1)).toBe('No errors, 3 warnings (5 files checked)');
  });
});

describe('the examples in CONTRIBUTING.md', () => {
  const guide = readFileSync(resolve(repoRoot, 'CONTRIBUTING.md'), 'utf8');
  const blocks = (language: string) => [...guide.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

  it('are files that validate against the sample organisers and venues', () => {
    const [event, opportunity, organiser, venue] = blocks('markdown');
    const root = mkdtempSync(join(tmpdir(), 'kulturbro-guide-'));
    try {
      cpSync(join(repoRoot, 'organisers'), join(root, 'organisers'), { recursive: true });
      cpSync(join(repoRoot, 'venues'), join(root, 'venues'), { recursive: true });
      mkdirSync(join(root, 'events/2027'), { recursive: true });
      writeFileSync(join(root, 'events/2027/gransmusik-i-arvika.md'), event!);
      // A real picture: the content check reads its bytes.
      cpSync(join(repoRoot, 'tests/fixtures/site/events/a/gps-photo.jpg'), join(root, 'events/2027/gransmusik.jpg'));
      writeFileSync(join(root, 'events/2027/gransresidens-pa-finnskogen.md'), opportunity!);
      writeFileSync(join(root, 'organisers/example-organiser.md'), organiser!);
      writeFileSync(join(root, 'venues/example-venue.md'), venue!);
      const content = loadContent(root);
      expect(content.problems.map(formatProblem)).toEqual([]);
      expect(content.events.map((e) => e.id).sort()).toEqual(['gransmusik-i-arvika', 'gransresidens-pa-finnskogen']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('include a npm run new command that makes a valid entry', () => {
    const command = blocks('sh').find((block) => block.includes('npm run new --'))!.replace(/\\\n\s*/g, ' ');
    const args = [...command.slice(command.indexOf('-- ') + 3).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    const result = spawnSync(process.execPath, [resolve(repoRoot, 'scripts/new.ts'), '--root', repoRoot, '--dry-run', ...args], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('# events/2027/2027-06-12-sommarmusik-vid-alven.md');
  });
});
