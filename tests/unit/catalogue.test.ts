import { describe, expect, it } from 'vitest';
import { buildCatalogue, localizedText } from '../../src/lib/catalogue.ts';
import { testEntry as entry, testOrganiser, testVenue } from '../helpers/catalogue-input.ts';

const organisers = [
  testOrganiser('sol', { name: 'Kulturföreningen Sol', country: 'SE' }),
  testOrganiser('nord', { name: 'Scenekollektivet Nord', country: 'NO' }),
];
const venues = [testVenue('hamar', { name: 'Scenen', city: 'Hamar', country: 'NO', region: 'innlandet', accessibility: ['wheelchair'] })];

const now = new Date('2027-03-01T12:00:00Z');
const catalogue = buildCatalogue(
  {
    organisers,
    venues,
    events: [
      entry('past-concert', { type: 'concert', venue: 'hamar', start: '2027-02-01T19:00' }, 'Europe/Oslo'),
      entry('ongoing-exhibition', { type: 'exhibition', venue: 'hamar', start: '2027-02-20', end: '2027-03-10', organisers: ['sol', 'nord'], accessibility: ['hearing-loop'] }, 'Europe/Oslo'),
      entry('next-week', { type: 'talk', venue: 'hamar', start: '2027-03-08T18:00', translations: { en: { title: 'Next week' } } }, 'Europe/Oslo'),
      entry('closed-call', { type: 'open-call', regions: ['varmland'], deadline: '2027-02-15', apply: 'https://a.example', start: '2027-06-01', end: '2027-06-30' }),
      entry('open-call', { type: 'open-call', regions: ['varmland', 'oslo'], deadline: '2027-04-01', apply: 'https://a.example' }),
      entry('closed-residency', { type: 'residency', regions: ['dalarna'], deadline: '2027-01-15', apply: 'https://a.example' }),
    ],
  },
  now,
);
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('catalogue', () => {
  it('splits upcoming from past at "now", listing what is on today first', () => {
    expect(ids(catalogue.upcoming)).toEqual(['ongoing-exhibition', 'next-week', 'open-call', 'closed-call']);
    // Most recent first.
    expect(ids(catalogue.past)).toEqual(['past-concert', 'closed-residency']);
    expect(catalogue.byId.get('ongoing-exhibition')!.listedAt!.date).toBe('2027-03-01');
  });

  it('keeps only opportunities one can still apply to as open, by deadline', () => {
    expect(ids(catalogue.openOpportunities)).toEqual(['open-call']);
  });

  it('resolves regions, countries, co-productions and accessibility', () => {
    const exhibition = catalogue.byId.get('ongoing-exhibition')!;
    expect(exhibition.regions).toEqual(['innlandet']);
    expect(exhibition.countries).toEqual(['NO']);
    expect(exhibition.coProduction).toBe(true);
    expect(exhibition.accessibility).toEqual(['wheelchair', 'hearing-loop']);
    expect(catalogue.byId.get('open-call')!.countries).toEqual(['SE', 'NO']);
    expect(catalogue.byId.get('next-week')!.coProduction).toBe(false);
  });

  it('groups by facet and puts each covered day in the day index', () => {
    expect(ids(catalogue.byRegion.get('varmland')!)).toEqual(expect.arrayContaining(['open-call', 'closed-call']));
    expect(ids(catalogue.byOrganiser.get('nord')!)).toEqual(['ongoing-exhibition']);
    expect(ids(catalogue.byVenue.get('hamar')!)).toHaveLength(3);
    expect(catalogue.byDay.get('2027-03-05')?.map((d) => d.entry.id)).toEqual(['ongoing-exhibition']);
    expect(catalogue.byDay.get('2027-03-11')).toBeUndefined();
  });

  it('uses a translation where there is one, and says which language the text is in', () => {
    const talk = catalogue.byId.get('next-week')!;
    expect(localizedText(talk, 'en')).toMatchObject({ title: 'Next week', titleLang: 'en', summary: 'Text.', summaryLang: 'sv' });
    expect(localizedText(talk, 'nb')).toMatchObject({ title: 'next-week', titleLang: 'sv' });
  });
});
