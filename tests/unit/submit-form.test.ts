import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '../../src/lib/content.ts';
import { buildDraft, checkDraft, formFiles } from '../../src/lib/submit/draft.ts';
import { emptyValues, NEW, ONLINE, proposeUrl, type Choices, type FormValues } from '../../src/lib/submit/form.ts';
import { t } from '../../src/lib/i18n/index.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';
import { repoRoot } from '../helpers/builds.ts';

// The valid organisers and venues of the validator fixture, as the page would list them.
const root = resolve(repoRoot, 'tests/fixtures/invalid');
const choices: Choices = {
  organisers: [{ id: 'ok-organiser', name: 'Testföreningen' }, { id: 'ok-norsk-lag', name: 'Testlaget' }],
  venues: [
    { id: 'ok-venue-se', name: 'Testhallen', city: 'Arvika', country: 'SE' },
    { id: 'ok-venue-no', name: 'Testscenen', city: 'Oslo', country: 'NO' },
  ],
};
const now = new Date('2026-11-27T12:00:00Z');

const concert = (changes: Partial<FormValues> = {}): FormValues => ({
  ...emptyValues('sv'),
  type: 'concert',
  title: 'Vårkonsert i Arvika',
  disciplines: ['music'],
  summary: 'Folkmusik från båda sidor om gränsen.',
  organiser: 'ok-organiser',
  venue: 'ok-venue-se',
  startDate: '2027-06-12',
  startTime: '19:00',
  ...changes,
});

const check = (values: FormValues) => checkDraft(buildDraft(values, choices), values, choices);
const rules = (values: FormValues) => check(values).map((e) => `${e.field} ${e.rule}`);

/** The files the form makes, checked by the validator together with the fixture content. */
function validate(values: FormValues) {
  const files = formFiles(buildDraft(values, choices), now);
  const paths = new Set(files.map((f) => f.path));
  const content = loadContent(root, { extraFiles: files });
  return { files, problems: content.problems.filter((p) => paths.has(p.path)).map(formatProblem), content };
}

describe('form values to files', () => {
  it('makes an event file the validator accepts, leaving blank fields out', () => {
    const values = concert({ endDate: '', endTime: '21:30', price: 'free', translations: { ...emptyValues('sv').translations, en: { title: 'Spring concert', summary: '' } } });
    expect(check(values)).toEqual([]);
    const { files, problems, content } = validate(values);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(['events/2027/2027-06-12-varkonsert-i-arvika.md']);
    const entry = content.events.find((e) => e.id === '2027-06-12-varkonsert-i-arvika');
    expect(entry?.data).toMatchObject({ end: '2027-06-12T21:30', price: 'free', translations: { en: { title: 'Spring concert' } } });
    expect(files[0]!.text).not.toMatch(/tickets|nb:|summary: ''/);
  });

  it('adds files for a new organiser and a new venue, before the event that needs them', () => {
    const values = concert({
      lang: 'nb', organiser: NEW, organiserName: 'Grenselaget', organiserCountry: 'NO', coOrganisers: ['ok-organiser'],
      venue: NEW, venueName: 'Testhallen', venueCity: 'Kongsvinger', venueRegion: 'innlandet', venuePostcode: '2211',
    });
    expect(check(values)).toEqual([]);
    const { files, problems, content } = validate(values);
    expect(problems).toEqual([]);
    // The venue name is taken by an existing id's name, not its id: testhallen is free.
    expect(files.map((f) => f.path)).toEqual(['organisers/grenselaget.md', 'venues/testhallen.md', 'events/2027/2027-06-12-varkonsert-i-arvika.md']);
    const entry = content.events.find((e) => e.id === '2027-06-12-varkonsert-i-arvika');
    expect(entry?.data.organisers).toEqual(['grenselaget', 'ok-organiser']);
    expect(entry?.timezone).toBe('Europe/Oslo');
    expect(content.venues.find((v) => v.id === 'testhallen')?.data.country).toBe('NO');
  });

  it('never reuses the id of an existing organiser or venue', () => {
    const draft = buildDraft(concert({ organiser: NEW, organiserName: 'OK organiser', organiserCountry: 'SE', venue: NEW, venueName: 'OK venue SE', venueCity: 'Arvika', venueRegion: 'varmland' }), choices);
    expect(draft.newOrganisers?.[0]?.id).toBe('ok-organiser-2');
    expect(draft.newVenue?.id).toBe('ok-venue-se-2');
  });

  it('makes an opportunity with regions when it has no place', () => {
    const values = concert({ type: 'open-call', venue: '', startDate: '', startTime: '', regions: ['varmland', 'oslo'], apply: 'https://test.example/ansok', deadlineDate: '2027-05-01', covers: ['travel'] });
    expect(check(values)).toEqual([]);
    const { files, problems } = validate(values);
    expect(problems).toEqual([]);
    expect(files[0]!.path).toBe('events/2027/2027-05-01-varkonsert-i-arvika.md');
  });

  it('links to GitHub’s new-file page with the name and the text', () => {
    const [file] = formFiles(buildDraft(concert(), choices), now);
    const url = new URL(proposeUrl('kulturbro/kulturbro', file!));
    expect(url.origin + url.pathname).toBe('https://github.com/kulturbro/kulturbro/new/main');
    expect(url.searchParams.get('filename')).toBe(file!.path);
    expect(url.searchParams.get('value')).toBe(file!.text);
  });
});

describe('field errors', () => {
  it('names every missing field of an empty form, in form order', () => {
    expect(rules(emptyValues('sv'))).toEqual(['type choose', 'title required', 'disciplines chooseOne', 'summary required', 'organiser choose']);
  });

  it('puts date and time rules on the date fields', () => {
    expect(rules(concert({ endDate: '2027-06-12', endTime: '18:00' }))).toEqual(['endDate endBeforeStart']);
    expect(rules(concert({ endDate: '2027-06-13', endTime: '' }))).toEqual(['endDate sameForm']);
    expect(rules(concert({ startDate: '2027-03-28', startTime: '02:30' }))).toEqual(['startDate gap']);
    expect(rules(concert({ venue: 'ok-venue-no', startDate: '2027-03-28', startTime: '02:30' }))).toEqual(['startDate gap']);
    expect(rules(concert({ startDate: '', startTime: '19:00' }))).toEqual(['startDate startRequired']);
  });

  it('checks links, lengths and the fields of a new organiser and venue', () => {
    expect(rules(concert({ tickets: 'http://tickets.example' }))).toEqual(['tickets https']);
    expect(check(concert({ title: 'x'.repeat(141) }))).toMatchObject([{ field: 'title', rule: 'tooLong', limit: 140 }]);
    expect(check(concert({ disciplines: ['music', 'dance', 'theatre', 'film', 'games', 'design'] }))).toMatchObject([{ field: 'disciplines', rule: 'tooMany', limit: 5 }]);
    expect(rules(concert({ venue: ONLINE, online: 'ftp://x' }))).toEqual(['online https']);
    expect(rules(concert({ organiser: NEW, organiserCountry: '', organiserEmail: 'nope' }))).toEqual([
      'organiserName required', 'organiserCountry choose', 'organiserEmail email',
    ]);
    expect(rules(concert({ venue: NEW, venueName: 'Nytt hus' }))).toEqual(['venueCity required', 'venueRegion choose']);
    // Nothing filled in yet: every required field, no crash.
    expect(rules(concert({ venue: NEW }))).toEqual(['venueName required', 'venueCity required', 'venueRegion choose']);
    expect(rules({ ...concert({ organiser: NEW }), organiserCountry: '' })).toEqual(['organiserName required', 'organiserCountry choose']);
  });

  it('asks opportunities for where to apply, the deadline and regions', () => {
    expect(rules(concert({ type: 'residency', venue: '', startDate: '', startTime: '' }))).toEqual(['regions regionsRequired', 'apply applyRequired', 'deadlineDate deadlineRequired']);
  });

  it('has a sentence for every rule the form can report, in every language', () => {
    const reachable = ['required', 'choose', 'chooseOne', 'tooLong', 'tooMany', 'https', 'email', 'endBeforeStart', 'sameForm', 'gap', 'startRequired', 'venueRequired', 'applyRequired', 'regionsRequired', 'deadlineRequired'];
    for (const lang of uiLangs) {
      for (const rule of reachable) expect(t(lang).submit.errors[rule as keyof ReturnType<typeof t>['submit']['errors']], `${lang} ${rule}`).toBeTruthy();
    }
    expect(rules(concert({ venue: '' }))).toEqual(['venue venueRequired']);
  });
});
