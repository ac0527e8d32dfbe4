/**
 * When each content file last changed: the feeds' SEQUENCE and DTSTAMP. Calendar clients
 * (Google above all) ignore an edited event unless its SEQUENCE rises, and authors forget to
 * bump anything, so the revision comes from git history with `updated` as the author's override.
 *
 * A revision is an instant, not a count: SEQUENCE is the whole minutes from REVISION_EPOCH to
 * it. An instant only moves forward, so SEQUENCE never drops, even where a commit count would
 * (a shallow clone sees one commit per file; a moved file starts a new history). A build without
 * git history uses `updated` alone, and SEQUENCE 0 with DTSTAMP = REVISION_EPOCH without it.
 */
import { execFileSync } from 'node:child_process';
import type { Entry } from './catalogue.ts';
import { parseLocal, shiftedInstant } from './time.ts';

/** SEQUENCE 0 and the DTSTAMP of anything with no known revision. */
export const REVISION_EPOCH = new Date('2026-01-01T00:00:00Z');
const MINUTE_MS = 60_000;

/** The content folders whose history counts; keys are `<folder>/<id>`, e.g. `venues/hamar-scene`. */
const folders = ['events', 'organisers', 'venues'] as const;
const RECORD = '\x1e';

export interface Revisions {
  /** Last commit time per `<folder>/<id>`. */
  lastChanged: Map<string, Date>;
  /** Where the times came from: `none` when the content is not in a git work tree. */
  source: 'git' | 'none';
}

/**
 * Reads `git log --format=%x1e%ct --name-only` output: per commit a record separator, the
 * commit time in Unix seconds, then the paths it touched (relative to the content root).
 */
export function parseGitLog(output: string): Map<string, Date> {
  const latest = new Map<string, number>();
  for (const record of output.split(RECORD)) {
    const [time, ...paths] = record.split('\n');
    const seconds = Number(time);
    if (!time || !Number.isFinite(seconds)) continue;
    for (const path of paths) {
      const key = revisionKey(path.trim());
      if (key && (latest.get(key) ?? -Infinity) < seconds) latest.set(key, seconds);
    }
  }
  return new Map([...latest].map(([key, seconds]) => [key, new Date(seconds * 1000)]));
}

/** `events/2027/x/foo.md` → `events/foo`: ids are unique per folder, so a move keeps its history. */
function revisionKey(path: string): string | undefined {
  const match = /^(events|organisers|venues)\/(?:.*\/)?([^/]+)\.md$/.exec(path);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** One `git log` over the content folders below `contentRoot`, at build start. */
export function readRevisions(contentRoot: string): Revisions {
  try {
    const output = execFileSync(
      'git',
      ['log', '--no-renames', '--name-only', '--relative', `--format=${RECORD}%ct`, '--', ...folders],
      { cwd: contentRoot, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return { lastChanged: parseGitLog(output), source: 'git' };
  } catch {
    // Not a git work tree (a tarball, a copied folder) or no git installed: `updated` alone.
    return { lastChanged: new Map(), source: 'none' };
  }
}

/**
 * The last change that shows in an entry's calendar data: its own file, its venue's and its
 * organisers' files (their names and addresses are in the VEVENT), and its `updated` field.
 * Switching to an older venue is itself a commit of the entry file, so the maximum never drops.
 */
export function entryRevision(entry: Entry, revisions: Revisions): Date | undefined {
  const keys = [
    `events/${entry.id}`,
    ...(entry.venue ? [`venues/${entry.venue.id}`] : []),
    ...entry.organisers.map((o) => `organisers/${o.id}`),
  ];
  const times = keys.map((key) => revisions.lastChanged.get(key)?.getTime());
  const updated = entry.data.updated ? parseLocal(entry.data.updated) : undefined;
  if (updated?.time) times.push(shiftedInstant(updated.date, updated.time, entry.timezone).getTime());
  const known = times.filter((t): t is number => t !== undefined);
  return known.length > 0 ? new Date(Math.max(...known)) : undefined;
}

/** SEQUENCE for a revision: whole minutes since REVISION_EPOCH (0 when unknown or earlier). */
export function sequenceOf(revision: Date | undefined): number {
  if (!revision) return 0;
  return Math.max(0, Math.floor((revision.getTime() - REVISION_EPOCH.getTime()) / MINUTE_MS));
}

/** DTSTAMP for a revision: the revision itself, whole seconds, or REVISION_EPOCH. */
export function stampOf(revision: Date | undefined): Date {
  return new Date(Math.floor((revision ?? REVISION_EPOCH).getTime() / 1000) * 1000);
}
