/**
 * `npm run bench:import`: the import's two speed targets (issue 14), measured and printed.
 *  1. a 1,000-event iCalendar file imported into an empty calendar (target ≤ 10 s);
 *  2. `sync` of 50 organisers' feeds (20 events each) that have not changed since the last sync (target ≤ 30 s).
 * Feeds are served over https from 127.0.0.1 with the tests' self-signed certificate: no network.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importSource, summaryLine, syncAll } from '../src/lib/import/index.ts';

const repo = resolve(import.meta.dirname, '..');
const now = new Date('2027-03-01T12:00:00Z');
const tls = join(repo, 'tests/fixtures/import/tls');
const cert = readFileSync(join(tls, 'localhost-cert.pem'));

const pad = (n: number) => String(n).padStart(2, '0');

/** `count` events from 2027-03-02 on: every fifth a weekly series, some with HTML text, places and categories. */
function feed(count: number, prefix: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kulturbro bench//EN', 'X-WR-TIMEZONE:Europe/Stockholm'];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2027, 2, 2 + (i % 300)));
    const date = `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
    const hour = 10 + (i % 10);
    lines.push(
      'BEGIN:VEVENT', `UID:${prefix}-${i}@bench.example`, 'DTSTAMP:20270101T000000Z',
      `DTSTART;TZID=Europe/Stockholm:${date}T${pad(hour)}0000`, `DTEND;TZID=Europe/Stockholm:${date}T${pad(hour + 2)}0000`,
      `SUMMARY:${['Konsert', 'Teaterkväll', 'Verkstad', 'Utställning', 'Samtal'][i % 5]} nummer ${i} (${prefix})`,
      i % 3 === 0 ? 'X-ALT-DESC;FMTTYPE=text/html:<p>En <b>kväll</b> med <a href="https://example.se">musik</a>.</p>' : 'DESCRIPTION:En kväll med musik och samtal.\\nVälkomna!',
      'LOCATION:Arvika testkonsthall', `CATEGORIES:${['Konsert', 'Teater', 'Workshop', 'Utställning', 'Talk'][i % 5]}`,
      ...(i % 5 === 0 ? ['RRULE:FREQ=WEEKLY;COUNT=8'] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

function freshRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'kulturbro-bench-import-'));
  for (const folder of ['organisers', 'venues']) cpSync(join(repo, 'tests/fixtures/site', folder), join(root, folder), { recursive: true });
  return root;
}

async function main(): Promise<void> {
  // 1. One 1,000-event file.
  const single = freshRoot();
  const file = join(single, 'feed.ics');
  writeFileSync(file, feed(1000, 'big'));
  let start = performance.now();
  const big = await importSource({ root: single, location: file, organiser: 'kulturforeningen-sol', now });
  const importSeconds = (performance.now() - start) / 1000;
  console.log(`1,000-event feed, first import: ${importSeconds.toFixed(2)} s (${summaryLine(big)}) — target ≤ 10 s`);
  start = performance.now();
  const bigAgain = await importSource({ root: single, location: file, organiser: 'kulturforeningen-sol', now });
  console.log(`1,000-event feed, unchanged re-import: ${((performance.now() - start) / 1000).toFixed(2)} s (${summaryLine(bigAgain)})`);
  rmSync(single, { recursive: true, force: true });

  // 2. 50 sources over https from 127.0.0.1.
  const root = freshRoot();
  const feeds = new Map<string, string>();
  const server = createServer({ key: readFileSync(join(tls, 'localhost-key.pem')), cert }, (req, res) => {
    const body = feeds.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/calendar' });
    res.end(body ?? '');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (let n = 0; n < 50; n++) {
    feeds.set(`/feed-${n}.ics`, feed(20, `org${n}`));
    writeFileSync(join(root, `organisers/bench-organiser-${n}.md`), `---\nname: Bench organiser ${n}\ncountry: SE\nregion: varmland\nfeeds:\n  - url: ${base}/feed-${n}.ics\n---\n`);
  }
  const fetch = { ca: cert };
  start = performance.now();
  const first = await syncAll({ root, now, fetch });
  console.log(`50-source sync, first run: ${((performance.now() - start) / 1000).toFixed(2)} s (${summaryLine(first)})`);
  start = performance.now();
  const unchanged = await syncAll({ root, now, fetch });
  const syncSeconds = (performance.now() - start) / 1000;
  console.log(`50-source sync, sources unchanged: ${syncSeconds.toFixed(2)} s (${summaryLine(unchanged)}) — target ≤ 30 s`);
  server.close();
  rmSync(root, { recursive: true, force: true });
  if (importSeconds > 10 || syncSeconds > 30 || unchanged.unchanged !== first.created) process.exitCode = 1;
}

await main();
