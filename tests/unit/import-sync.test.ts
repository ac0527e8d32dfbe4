/**
 * `npm run sync` against feeds served over https from 127.0.0.1 (a self-signed certificate the test
 * trusts explicitly; see tests/fixtures/import/tls/README.md): edits, cancelled and moved occurrences,
 * vanished events, re-issued UIDs, hand edits, unchanged sources, and sources that cannot be read.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadValidContent } from '../../src/lib/content.ts';
import { importSource, summaryLine, syncAll } from '../../src/lib/import/index.ts';
import { repoRoot } from '../helpers/builds.ts';

const now = new Date('2027-03-01T12:00:00Z');
const tls = resolve(repoRoot, 'tests/fixtures/import/tls');
const ca = readFileSync(join(tls, 'localhost-cert.pem'));
const fetchOptions = { ca, timeoutMs: 1500 };

/** What the server answers, path by path; tests change it between runs. */
const routes = new Map<string, (res: import('node:http').ServerResponse) => void>();
let server: Server;
let base = '';
const root = mkdtempSync(join(tmpdir(), 'kulturbro-sync-'));

const serve = (path: string, body: string | Buffer, type = 'text/calendar; charset=utf-8') =>
  routes.set(path, (res) => {
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  });

beforeAll(async () => {
  server = createServer({ key: readFileSync(join(tls, 'localhost-key.pem')), cert: ca }, (req, res) => {
    const route = routes.get(req.url ?? '');
    if (route) return route(res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const folder of ['organisers', 'venues']) cpSync(resolve(repoRoot, 'tests/fixtures/site', folder), join(root, folder), { recursive: true });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

/** A feed as a WordPress or Google export would write it, from a list of VEVENT bodies. */
const calendar = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kulturbro test//EN', 'X-WR-TIMEZONE:Europe/Stockholm', ...events.flatMap((e) => ['BEGIN:VEVENT', e.trim(), 'END:VEVENT']), 'END:VCALENDAR', ''].join('\r\n');

const concert = (summary = 'Vårkonsert i Arvika', uid = 'concert-1@kalender.example') => `UID:${uid}
DTSTAMP:20270101T000000Z
DTSTART;TZID=Europe/Stockholm:20270410T190000
DTEND;TZID=Europe/Stockholm:20270410T210000
SUMMARY:${summary}
DESCRIPTION:Kammarmusik med stråkkvartett.\\nFri entré.
LOCATION:Arvika konsthall
CATEGORIES:Konsert,Musik`;

const rehearsal = `UID:choir-1@kalender.example
DTSTAMP:20270101T000000Z
DTSTART;TZID=W. Europe Standard Time:20270405T180000
DTEND;TZID=W. Europe Standard Time:20270405T200000
RRULE:FREQ=WEEKLY;COUNT=6
SUMMARY:Öppen körövning
LOCATION:Arvika konsthall
CATEGORIES:Workshop,Music`;

const exhibition = `UID:show-1@kalender.example
DTSTAMP:20270101T000000Z
DTSTART;VALUE=DATE:20270501
DTEND;VALUE=DATE:20270504
SUMMARY:Vårsalong
LOCATION:Arvika konsthall
CATEGORIES:Utställning,Bildkonst`;

const cancelledRehearsal = `UID:choir-1@kalender.example
DTSTAMP:20270101T000000Z
RECURRENCE-ID;TZID=W. Europe Standard Time:20270412T180000
DTSTART;TZID=W. Europe Standard Time:20270412T180000
DTEND;TZID=W. Europe Standard Time:20270412T200000
STATUS:CANCELLED
SUMMARY:Öppen körövning`;

const movedRehearsal = `UID:choir-1@kalender.example
DTSTAMP:20270101T000000Z
RECURRENCE-ID;TZID=W. Europe Standard Time:20270419T180000
DTSTART;TZID=W. Europe Standard Time:20270420T180000
DTEND;TZID=W. Europe Standard Time:20270420T200000
SUMMARY:Öppen körövning`;

/** Every file under the content root with its bytes, to prove what a run changed. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(relative(root, full), readFileSync(full, 'utf8'));
    }
  };
  walk(root);
  return files;
}

const entryBy = (uid: string) => loadValidContent(root).events.find((e) => e.data.source?.uid === uid)!;
const sync = () => syncAll({ root, now, fetch: fetchOptions });

/** A theatre's programme page with one schema.org event; `image` is the JSON-LD text of its picture, if any. */
const hamletPage = (image: string) =>
  `<!DOCTYPE html><html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"TheaterEvent","@id":"${base}/program#hamlet","name":"Hamlet på gränsen","startDate":"2027-05-20T19:00","location":{"@type":"Place","name":"Arvika testkonsthall"},"organizer":[{"@type":"Organization","name":"Kulturföreningen Sol"},{"@type":"Organization","name":"Scenekollektivet Nord"}]${image}}</script></head><body></body></html>`;

describe('sync of an organiser\'s feeds', () => {
  beforeAll(() => {
    serve('/kalender.ics', calendar(concert(), rehearsal, exhibition));
    serve('/broken.ics', calendar(concert()).slice(0, 150));
    writeFileSync(
      join(root, 'organisers/kalenderforeningen.md'),
      `---\nname: Kalenderföreningen\ncountry: SE\nregion: varmland\nfeeds:\n  - url: ${base}/kalender.ics\n    venue: arvika-konsthall\n---\n`,
    );
  });

  it('creates the entries, each valid, with the feed and UID in source', async () => {
    const report = await sync();
    expect(report).toMatchObject({ created: 3, updated: 0, unchanged: 0, failed: 0 });
    expect(summaryLine(report)).toBe('import: created 3, updated 0, unchanged 0, skipped 0, failed 0');
    const concertEntry = entryBy('concert-1@kalender.example');
    expect(concertEntry.path).toBe('events/2027/2027-04-10-varkonsert-i-arvika.md');
    expect(concertEntry.data).toMatchObject({
      title: 'Vårkonsert i Arvika', lang: 'sv', type: 'concert', disciplines: ['music'], venue: 'arvika-konsthall',
      start: '2027-04-10T19:00', end: '2027-04-10T21:00', source: { url: `${base}/kalender.ics`, uid: 'concert-1@kalender.example' },
    });
    expect(concertEntry.data.timezone).toBeUndefined();
    expect(entryBy('choir-1@kalender.example').data).toMatchObject({ type: 'workshop', repeat: { every: 'week', count: 6 }, start: '2027-04-05T18:00' });
    expect(entryBy('show-1@kalender.example').data).toMatchObject({ type: 'exhibition', disciplines: ['visual-art'], start: '2027-05-01', end: '2027-05-03' });
  });

  it('changes no byte when the source has not changed', async () => {
    const before = snapshot();
    const report = await sync();
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 3, failed: 0 });
    expect(snapshot()).toEqual(before);
  });

  it('updates the same file when the source edits an event', async () => {
    const path = entryBy('concert-1@kalender.example').path;
    serve('/kalender.ics', calendar(concert('Vårkonsert i Arvika – nu med kör'), rehearsal, exhibition));
    const report = await sync();
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(entryBy('concert-1@kalender.example')).toMatchObject({ path, data: { title: 'Vårkonsert i Arvika – nu med kör' } });
  });

  it('turns a cancelled occurrence into an except day', async () => {
    serve('/kalender.ics', calendar(concert('Vårkonsert i Arvika – nu med kör'), rehearsal, cancelledRehearsal, exhibition));
    expect(await sync()).toMatchObject({ updated: 1, unchanged: 2 });
    expect(entryBy('choir-1@kalender.example').data).toMatchObject({ repeat: { every: 'week', count: 6 }, except: ['2027-04-12'] });
  });

  it('turns a moved occurrence into dates', async () => {
    serve('/kalender.ics', calendar(concert('Vårkonsert i Arvika – nu med kör'), rehearsal, cancelledRehearsal, movedRehearsal, exhibition));
    expect(await sync()).toMatchObject({ updated: 1, unchanged: 2 });
    const data = entryBy('choir-1@kalender.example').data;
    expect(data.repeat).toBeUndefined();
    expect(data).toMatchObject({ start: '2027-04-05T18:00', dates: ['2027-04-20T18:00', '2027-04-26T18:00', '2027-05-03T18:00', '2027-05-10T18:00'] });
  });

  it('marks a future event that vanished from the source cancelled, and says so', async () => {
    serve('/kalender.ics', calendar(concert('Vårkonsert i Arvika – nu med kör'), rehearsal, cancelledRehearsal, movedRehearsal));
    const report = await sync();
    const show = entryBy('show-1@kalender.example');
    expect(show.data.status).toBe('cancelled');
    expect(report.lines).toContain(`${show.path}: no longer in the source: marked cancelled`);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(await sync()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('matches an event whose UID was re-issued on title, start and place: no duplicate', async () => {
    const path = entryBy('concert-1@kalender.example').path;
    serve('/kalender.ics', calendar(concert('Vårkonsert i Arvika – nu med kör', 'concert-1-reissued@kalender.example'), rehearsal, cancelledRehearsal, movedRehearsal));
    const report = await sync();
    expect(report).toMatchObject({ created: 0, updated: 1 });
    expect(entryBy('concert-1-reissued@kalender.example').path).toBe(path);
    expect(loadValidContent(root).events.filter((e) => e.data.title.startsWith('Vårkonsert'))).toHaveLength(1);
  });

  it('leaves a hand-edited file alone and names what the source changed', async () => {
    const entry = entryBy('concert-1-reissued@kalender.example');
    const edited = readFileSync(entry.absolutePath, 'utf8').replace('summary: Kammarmusik med stråkkvartett. Fri entré.', 'summary: Kammarmusik – biljetter i entrén.');
    expect(edited).not.toBe(readFileSync(entry.absolutePath, 'utf8'));
    writeFileSync(entry.absolutePath, edited);
    serve('/kalender.ics', calendar(concert('Vårkonsert med kör', 'concert-1-reissued@kalender.example'), rehearsal, cancelledRehearsal, movedRehearsal));
    const report = await sync();
    expect(readFileSync(entry.absolutePath, 'utf8')).toBe(edited);
    expect(report.lines).toContain(`${entry.path}: changed by hand since the last import, left as it is; the source now says otherwise on: title, summary`);
    expect(report).toMatchObject({ skipped: 1, updated: 0 });
  });

  it('leaves a file that a hand edit made invalid alone, and makes no second file for its event', async () => {
    const entry = entryBy('concert-1-reissued@kalender.example');
    const original = readFileSync(entry.absolutePath, 'utf8');
    const feed = calendar(concert('Vårkonsert med kör', 'concert-1-reissued@kalender.example'), rehearsal, cancelledRehearsal, movedRehearsal);
    serve('/kalender.ics', feed);
    // Broken two ways: a value the schema refuses, then YAML that does not parse at all.
    for (const broken of [original.replace(/^type: .*$/m, 'type: konsert'), original.replace(/^title: /m, 'title: [')]) {
      writeFileSync(entry.absolutePath, broken);
      const before = snapshot();
      const report = await sync();
      expect(snapshot()).toEqual(before);
      expect(report.lines).toContain(`${entry.path}: not valid since a hand edit (npm run validate says why), left as it is; fix it and the next import updates it`);
      expect(report).toMatchObject({ created: 0, updated: 0, skipped: 1 });
    }
    writeFileSync(entry.absolutePath, original);
  });

  it('cancels nothing when a source breaks (a truncated download is not a calendar that emptied)', async () => {
    const good = calendar(concert('Vårkonsert med kör', 'concert-1-reissued@kalender.example'), rehearsal, cancelledRehearsal, movedRehearsal);
    serve('/kalender.ics', good.slice(0, good.indexOf('UID:choir-1')));
    const before = snapshot();
    const report = await sync();
    expect(report).toMatchObject({ created: 0, updated: 0, failed: 1 });
    expect(snapshot()).toEqual(before);
    serve('/kalender.ics', good);
  });

  it('goes on past a broken source, and the CLI ends with the summary and exit code 1', async () => {
    writeFileSync(
      join(root, 'organisers/trasiga-laget.md'),
      `---\nname: Trasiga laget\ncountry: NO\nregion: innlandet\nfeeds:\n  - url: ${base.replace('https', 'webcal')}/broken.ics\n  - url: ${base}/missing.ics\n---\n`,
    );
    const before = snapshot();
    // Asynchronous: the server answering the CLI runs in this process.
    const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = execFile(process.execPath, [resolve(repoRoot, 'scripts/sync.ts')], {
        cwd: root, encoding: 'utf8', env: { ...process.env, NODE_EXTRA_CA_CERTS: join(tls, 'localhost-cert.pem'), KULTURBRO_NOW: now.toISOString() },
      }, (_error, stdout, stderr) => done({ status: child.exitCode, stdout, stderr }));
    });
    const lines = result.stdout.trimEnd().split('\n');
    expect(result.status, result.stderr).toBe(1);
    expect(lines.at(-1)).toBe('import: created 0, updated 0, unchanged 1, skipped 1, failed 2');
    expect(lines).toContain(`${base.replace('https', 'webcal')}/broken.ics: line 1: the calendar is cut off: BEGIN:VCALENDAR has no END:VCALENDAR (a truncated download?)`);
    expect(lines).toContain(`${base}/missing.ics: (source): the server answered HTTP 404 Not Found`);
    expect(snapshot()).toEqual(before);
  });
});

describe('sources that cannot be read: one line each, nothing written', () => {
  const cases: [name: string, path: string, setup: () => void, line: string][] = [
    ['a truncated file', '/truncated.ics', () => serve('/truncated.ics', calendar(concert(), rehearsal).slice(0, 400)), 'line 1: the calendar is cut off: BEGIN:VCALENDAR has no END:VCALENDAR (a truncated download?)'],
    ['a binary file', '/poster.ics', () => serve('/poster.ics', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'image/png'), '(source): is a binary file, not iCalendar or a web page'],
    ['HTML without event data', '/about.html', () => serve('/about.html', '<!DOCTYPE html><html lang="sv"><head><title>Om oss</title></head><body><p>Vi spelar musik.</p></body></html>', 'text/html'), 'page: has no schema.org Event data (no JSON-LD or Microdata Event)'],
    ['a 404', '/gone.ics', () => {}, '(source): the server answered HTTP 404 Not Found'],
    ['a redirect loop', '/loop.ics', () => routes.set('/loop.ics', (res) => { res.writeHead(302, { location: '/loop.ics' }); res.end(); }), '(source): too many redirects (more than 5; a redirect loop?)'],
    ['a file over 10 MB', '/huge.ics', () => serve('/huge.ics', `BEGIN:VCALENDAR\r\n${'X-FILLER:0123456789\r\n'.repeat(500_000)}END:VCALENDAR\r\n`), '(source): is larger than 10 MB'],
    ['a server slower than the time-out', '/slow.ics', () => routes.set('/slow.ics', (res) => { const timer = setTimeout(() => { res.writeHead(200); res.end(calendar(concert())); }, 4000); res.on('close', () => clearTimeout(timer)); }), '(source): no complete answer within 1.5 s (time-out)'],
    ['a redirect to plain http', '/to-http.ics', () => routes.set('/to-http.ics', (res) => { res.writeHead(301, { location: 'http://127.0.0.1/feed.ics' }); res.end(); }), '(source): redirects to http://127.0.0.1/feed.ics: only https:// and webcal:// addresses are read (got http)'],
  ];
  for (const [name, path, setup, line] of cases) {
    it(name, async () => {
      setup();
      const before = snapshot();
      const location = `${base}${path}`;
      const report = await importSource({ root, location, organiser: 'kulturforeningen-sol', venue: 'arvika-konsthall', now, fetch: fetchOptions });
      expect(report.lines).toEqual([`${location}: ${line}`]);
      expect(report).toMatchObject({ created: 0, updated: 0, failed: 1 });
      expect(snapshot()).toEqual(before);
    });
  }

  it('refuses plain http without asking the network', async () => {
    const report = await importSource({ root, location: 'http://127.0.0.1:9/feed.ics', organiser: 'kulturforeningen-sol', now, fetch: fetchOptions });
    expect(report.lines).toEqual(['http://127.0.0.1:9/feed.ics: (source): only https:// and webcal:// addresses are read (got http)']);
  });

  it('downloads a page\'s image beside the entry, with the page\'s caption as alt text', async () => {
    const png = readFileSync(resolve(repoRoot, 'tests/fixtures/invalid/events/bad/poster.png'));
    routes.set('/poster.png', (res) => { res.writeHead(200, { 'content-type': 'image/png' }); res.end(png); });
    serve('/program.html', hamletPage(`,"image":{"@type":"ImageObject","url":"${base}/poster.png","caption":"Skådespelare på en mörk scen","author":{"@type":"Person","name":"Kim Fotograf"}}`), 'text/html');
    const report = await importSource({ root, location: `${base}/program.html`, organiser: 'kulturforeningen-sol', now, fetch: fetchOptions });
    expect(report, report.lines.join('\n')).toMatchObject({ created: 1, failed: 0 });
    const entry = entryBy(`${base}/program#hamlet`);
    expect(entry.data.organisers).toEqual(['kulturforeningen-sol', 'scenekollektivet-nord']);
    expect(entry.data).toMatchObject({ type: 'performance', disciplines: ['theatre'], venue: 'arvika-konsthall', image: { src: './2027-05-20-hamlet-pa-gransen.png', alt: 'Skådespelare på en mörk scen', credit: 'Kim Fotograf' } });
    expect(readFileSync(join(root, 'events/2027/2027-05-20-hamlet-pa-gransen.png')).equals(png)).toBe(true);
    expect((await importSource({ root, location: `${base}/program.html`, organiser: 'kulturforeningen-sol', now, fetch: fetchOptions })).unchanged).toBe(1);
  });

  it('follows the page to a new picture, keeps the old one while the new one cannot be read, and drops it with the page', async () => {
    const again = () => importSource({ root, location: `${base}/program.html`, organiser: 'kulturforeningen-sol', now, fetch: fetchOptions });
    const folder = join(root, 'events/2027');
    const first = readFileSync(join(folder, '2027-05-20-hamlet-pa-gransen.png'));
    expect(entryBy(`${base}/program#hamlet`).data.source?.image).toBe(`${base}/poster.png`);

    // A new poster (a different PNG, at another address): downloaded under a new name; the old file goes.
    const second = readFileSync(resolve(repoRoot, 'tests/fixtures/site/events/b/festival-flyer.png'));
    expect(second.equals(first)).toBe(false);
    routes.set('/poster-v2.png', (res) => { res.writeHead(200, { 'content-type': 'image/png' }); res.end(second); });
    serve('/program.html', hamletPage(`,"image":{"@type":"ImageObject","url":"${base}/poster-v2.png","caption":"Hamlet i månsken"}`), 'text/html');
    expect(await again()).toMatchObject({ updated: 1, failed: 0 });
    let entry = entryBy(`${base}/program#hamlet`);
    expect(entry.data.image).toEqual({ src: './2027-05-20-hamlet-pa-gransen-2.png', alt: 'Hamlet i månsken' });
    expect(entry.data.source?.image).toBe(`${base}/poster-v2.png`);
    expect(readFileSync(join(folder, '2027-05-20-hamlet-pa-gransen-2.png')).equals(second)).toBe(true);
    expect(existsSync(join(folder, '2027-05-20-hamlet-pa-gransen.png'))).toBe(false);
    expect((await again()).unchanged).toBe(1);

    // The page points at a picture that cannot be read: the entry keeps the one it has, and says why.
    serve('/program.html', hamletPage(`,"image":"${base}/missing.png"`), 'text/html');
    const broken = await again();
    expect(broken.lines.some((line) => line.includes(`image ${base}/missing.png left out`))).toBe(true);
    expect(entryBy(`${base}/program#hamlet`).data.image?.src).toBe('./2027-05-20-hamlet-pa-gransen-2.png');
    expect(existsSync(join(folder, '2027-05-20-hamlet-pa-gransen-2.png'))).toBe(true);

    // The page shows no picture any more: neither does the entry, and the downloaded file is removed.
    serve('/program.html', hamletPage(''), 'text/html');
    expect(await again()).toMatchObject({ updated: 1, failed: 0 });
    entry = entryBy(`${base}/program#hamlet`);
    expect(entry.data.image).toBeUndefined();
    expect(entry.data.source?.image).toBeUndefined();
    expect(readdirSync(folder).filter((name) => name.startsWith('2027-05-20-hamlet-pa-gransen') && name.endsWith('.png'))).toEqual([]);
  });

  it('writes nothing with --dry-run', async () => {
    serve('/dry.ics', calendar(concert('Torrsimning', 'dry-1@kalender.example')));
    const before = snapshot();
    const report = await importSource({ root, location: `${base}/dry.ics`, organiser: 'kulturforeningen-sol', now, fetch: fetchOptions, dryRun: true });
    expect(report.created).toBe(1);
    expect(report.lines).toContain('events/2027/2027-04-10-torrsimning.md: created (dry run: not written)');
    expect(snapshot()).toEqual(before);
    expect(existsSync(join(root, 'events/2027/2027-04-10-torrsimning.md'))).toBe(false);
  });
});
