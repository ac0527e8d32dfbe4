import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../src/lib/content.ts';
import {
  entryId, entryMarkdown, entryPath, freeId, organiserMarkdown, slugify, venueMarkdown, type EntryFields,
} from '../../src/lib/entry-file.ts';
import { repoRoot } from '../helpers/builds.ts';

// A content root with one valid organiser (ok-organiser) and venues in Sweden and Norway.
const root = resolve(repoRoot, 'tests/fixtures/invalid');

const concert: EntryFields = {
  title: 'Sommarkonsert på Älvudden',
  lang: 'sv',
  type: 'concert',
  disciplines: ['music', 'folk-culture'],
  summary: 'Folkmusik: fiol, nyckelharpa och sång.',
  organisers: ['ok-organiser'],
  venue: 'ok-venue-se',
  start: '2027-06-12T19:00',
  end: '2027-06-12T21:30',
  price: '150 SEK / 170 NOK',
};

/** Reads a produced file back the way the build does. */
function readBack(path: string, text: string) {
  const content = loadContent(root, { extraFiles: [{ path, text }] });
  return {
    problems: content.problems.filter((p) => p.path === path).map(formatProblem),
    entry: content.events.find((e) => e.path === path),
    organiser: content.organisers.find((o) => o.path === path),
    venue: content.venues.find((v) => v.path === path),
  };
}

describe('slugify', () => {
  it('transliterates Swedish and Norwegian letters as the SPEC says', () => {
    expect(slugify('Å ä Ö æ Ø')).toBe('a-a-o-ae-o');
    expect(slugify('Sommarkonsert på Älvudden')).toBe('sommarkonsert-pa-alvudden');
    expect(slugify('Kunstnerverksted ved Mjøsa – Ærlig talt!')).toBe('kunstnerverksted-ved-mjosa-aerlig-talt');
  });

  it('keeps only lower-case a-z, 0-9 and single hyphens', () => {
    expect(slugify('  Jazz & Blues  2027: «Live»!! ')).toBe('jazz-blues-2027-live');
    expect(slugify('Čáhppes Ŋuolbma, Sápmi')).toBe('cahppes-nuolbma-sapmi');
    expect(slugify('???')).toBe('');
  });

  it('always gives an id the content rules accept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
        expect(slug.length).toBeLessThanOrEqual(60);
      }),
    );
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Ett mycket långt namn på en konsert som aldrig tycks ta slut utan bara fortsätter');
    expect(slug).toBe('ett-mycket-langt-namn-pa-en-konsert-som-aldrig-tycks-ta-slut');
  });
});

describe('file names', () => {
  const now = new Date('2026-11-27T12:00:00Z');

  it('names an entry after its date and title, in a folder for its year', () => {
    expect(entryId(concert)).toBe('2027-06-12-sommarkonsert-pa-alvudden');
    expect(entryPath(concert, now)).toBe('events/2027/2027-06-12-sommarkonsert-pa-alvudden.md');
    expect(entryPath(concert, now, 'events/2027/varmland/')).toBe('events/2027/varmland/2027-06-12-sommarkonsert-pa-alvudden.md');
  });

  it('uses the deadline of an opportunity without a start, else only the title', () => {
    expect(entryId({ title: 'Öppen utlysning', deadline: '2027-05-01' })).toBe('2027-05-01-oppen-utlysning');
    expect(entryPath({ title: 'Stöd till utbyte' }, now)).toBe('events/2026/stod-till-utbyte.md');
  });

  it('finds a free id for a new organiser or venue', () => {
    expect(freeId('Kulturföreningen Sol', new Set(), 'organiser')).toBe('kulturforeningen-sol');
    expect(freeId('Kulturföreningen Sol', new Set(['kulturforeningen-sol', 'kulturforeningen-sol-2']), 'organiser')).toBe('kulturforeningen-sol-3');
    expect(freeId('!!!', new Set(), 'venue')).toBe('venue');
  });
});

describe('entryMarkdown', () => {
  it('writes the fields in SPEC order, lists on one line, and the body after the frontmatter', () => {
    const text = entryMarkdown({ ...concert, translations: { nb: { title: 'Sommerkonsert' }, en: { title: '', summary: '' } } }, 'Välkommen!\r\n\r\nMer text.  ');
    expect(text).toBe(
      [
        '---',
        'title: Sommarkonsert på Älvudden',
        'lang: sv',
        'type: concert',
        'disciplines: [music, folk-culture]',
        "summary: 'Folkmusik: fiol, nyckelharpa och sång.'",
        'organisers: [ok-organiser]',
        'venue: ok-venue-se',
        'start: 2027-06-12T19:00',
        'end: 2027-06-12T21:30',
        'price: 150 SEK / 170 NOK',
        'translations:',
        '  nb:',
        '    title: Sommerkonsert',
        '---',
        'Välkommen!',
        '',
        'Mer text.',
        '',
      ].join('\n'),
    );
  });

  it('produces a file the validator accepts', () => {
    const path = entryPath(concert, new Date());
    const { problems, entry } = readBack(path, entryMarkdown(concert, 'Text.'));
    expect(problems).toEqual([]);
    expect(entry?.data).toMatchObject(concert);
    expect(entry?.body).toBe('Text.\n');
  });

  it('quotes whatever YAML would read as something else', () => {
    const tricky: EntryFields = {
      ...concert,
      title: 'true',
      summary: '- 2027-06-12: null # not a comment',
      price: '150',
      online: 'https://stream.example/live?a=1&b=2#x',
    };
    const { problems, entry } = readBack('events/2027/tricky.md', entryMarkdown(tricky));
    expect(problems).toEqual([]);
    expect(entry?.data).toMatchObject(tricky);
  });

  it('round-trips any title and summary unchanged', () => {
    const text = (max: number) =>
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0 && s.trim().length <= max);
    fc.assert(
      fc.property(text(140), text(280), (title, summary) => {
        const { problems, entry } = readBack('events/2027/any.md', entryMarkdown({ ...concert, title, summary }));
        expect(problems).toEqual([]);
        expect(entry?.data.title).toBe(title.trim());
        expect(entry?.data.summary).toBe(summary.trim());
      }),
      { numRuns: 60 },
    );
  });

  it('writes organiser and venue files the validator accepts', () => {
    const organiser = readBack('organisers/ny-forening.md', organiserMarkdown({ name: 'Ny förening', country: 'NO', region: 'oslo', website: 'https://ny.example' }, 'Om oss.'));
    expect(organiser.problems).toEqual([]);
    expect(organiser.organiser?.data.name).toBe('Ny förening');
    const venue = readBack('venues/nytt-hus.md', venueMarkdown({ name: 'Nytt hus', city: 'Oslo', country: 'NO', region: 'oslo', postcode: '0150', lat: 59.91 }));
    expect(venue.problems).toEqual([]);
    expect(venue.venue?.data.postcode).toBe('0150');
  });
});
