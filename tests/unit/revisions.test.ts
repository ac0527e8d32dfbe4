/** SEQUENCE and DTSTAMP from git history and `updated`: they only ever rise. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds.ts';
import { catalogueOf } from '../helpers/ics.ts';
import { REVISION_EPOCH, entryRevision, parseGitLog, readRevisions, sequenceOf, stampOf, type Revisions } from '../../src/lib/revisions.ts';

const log = [
  '\x1e1800000000',
  '',
  'events/2027/a/2027-03-28-vardag-i-arvika.md',
  'venues/arvika-konsthall.md',
  '\x1e1790000000',
  '',
  'events/old-folder/2027-03-28-vardag-i-arvika.md',
  'organisers/kulturforeningen-sol.md',
  'events/README.txt',
  '\x1e1795000000',
  '',
  'organisers/scenekollektivet-nord.md',
  '',
].join('\n');

describe('git history', () => {
  const times = parseGitLog(log);

  it('keeps the latest commit per content file, by folder and id, wherever the file moved', () => {
    expect(times.get('events/2027-03-28-vardag-i-arvika')?.toISOString()).toBe(new Date(1800000000 * 1000).toISOString());
    expect(times.get('organisers/kulturforeningen-sol')?.toISOString()).toBe(new Date(1790000000 * 1000).toISOString());
    expect(times.get('organisers/scenekollektivet-nord')?.toISOString()).toBe(new Date(1795000000 * 1000).toISOString());
    expect([...times.keys()].sort()).toEqual([
      'events/2027-03-28-vardag-i-arvika', 'organisers/kulturforeningen-sol', 'organisers/scenekollektivet-nord', 'venues/arvika-konsthall',
    ]);
  });

  it('is read from this repository for the fixture content', () => {
    const revisions = readRevisions(builds.fixture.contentDir);
    expect(revisions.source).toBe('git');
    expect(revisions.lastChanged.get('events/2027-03-28-vardag-i-arvika')).toBeInstanceOf(Date);
    expect(revisions.lastChanged.get('venues/hamar-scene')).toBeInstanceOf(Date);
  });

  it('is empty outside a git work tree', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kulturbro-no-git-'));
    try {
      expect(readRevisions(folder)).toEqual({ lastChanged: new Map(), source: 'none' });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('an entry’s revision', () => {
  const catalogue = catalogueOf(builds.fixture.contentDir, [
    {
      id: 'updated-entry',
      fields: {
        title: 'Ändrad', lang: 'sv', type: 'talk', disciplines: ['literature'], summary: 'Med updated.', organisers: ['kulturforeningen-sol'],
        venue: 'arvika-konsthall', start: '2027-05-05T18:00', updated: '2027-02-15T13:45',
      },
    },
  ]);
  const vardag = catalogue.byId.get('2027-03-28-vardag-i-arvika')!;
  const updated = catalogue.byId.get('updated-entry')!;
  const none: Revisions = { lastChanged: new Map(), source: 'none' };
  const at = (iso: string) => new Date(iso);

  it('is the latest of its own file, its venue and its organisers', () => {
    const revisions: Revisions = {
      source: 'git',
      lastChanged: new Map([
        ['events/2027-03-28-vardag-i-arvika', at('2027-01-01T00:00:00Z')],
        ['venues/arvika-konsthall', at('2027-02-01T00:00:00Z')],
        ['organisers/scenekollektivet-nord', at('2027-01-15T00:00:00Z')],
        ['events/someone-else', at('2027-06-01T00:00:00Z')],
      ]),
    };
    expect(entryRevision(vardag, revisions)?.toISOString()).toBe('2027-02-01T00:00:00.000Z');
  });

  it('takes `updated` (local time) when that is later, and alone without git', () => {
    expect(entryRevision(updated, none)?.toISOString()).toBe('2027-02-15T12:45:00.000Z');
    const older: Revisions = { source: 'git', lastChanged: new Map([['events/updated-entry', at('2027-01-01T00:00:00Z')]]) };
    expect(entryRevision(updated, older)?.toISOString()).toBe('2027-02-15T12:45:00.000Z');
    expect(entryRevision(vardag, none)).toBeUndefined();
  });

  it('becomes SEQUENCE in whole minutes since the epoch and DTSTAMP in whole seconds', () => {
    expect(sequenceOf(undefined)).toBe(0);
    expect(sequenceOf(REVISION_EPOCH)).toBe(0);
    expect(sequenceOf(at('2026-01-01T01:00:59Z'))).toBe(60);
    expect(sequenceOf(at('2025-06-01T00:00:00Z'))).toBe(0);
    expect(sequenceOf(at('2027-02-15T12:45:00Z'))).toBeGreaterThan(sequenceOf(at('2027-02-15T12:44:00Z')));
    expect(stampOf(undefined)).toEqual(REVISION_EPOCH);
    expect(stampOf(at('2027-02-15T12:45:30.900Z')).toISOString()).toBe('2027-02-15T12:45:30.000Z');
  });
});
