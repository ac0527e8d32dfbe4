import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { CLOSING_SOON_SHOWN, frontPageOverview, quickView, quickViewListing, quickViewRange } from '../../src/lib/front-page/index.ts';
import { testEntry as entry, testOrganiser, testVenue } from '../helpers/catalogue-input.ts';

describe('quickViewRange', () => {
  // 2027-03-01 is a Monday.
  const week = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07'];

  it('today is the build day alone', () => {
    expect(quickViewRange('today', '2027-03-03')).toEqual({ from: '2027-03-03', to: '2027-03-03' });
  });

  it('the week is today and the six days after it, across a month end', () => {
    expect(quickViewRange('week', '2027-02-26')).toEqual({ from: '2027-02-26', to: '2027-03-04' });
  });

  it('from Monday to Thursday the weekend is the coming Friday to Sunday', () => {
    for (const day of week.slice(0, 4)) expect(quickViewRange('weekend', day), day).toEqual({ from: '2027-03-05', to: '2027-03-07' });
  });

  it('on Friday, Saturday and Sunday it is what is left of the current weekend', () => {
    expect(quickViewRange('weekend', week[4]!)).toEqual({ from: '2027-03-05', to: '2027-03-07' });
    expect(quickViewRange('weekend', week[5]!)).toEqual({ from: '2027-03-06', to: '2027-03-07' });
    expect(quickViewRange('weekend', week[6]!)).toEqual({ from: '2027-03-07', to: '2027-03-07' });
  });

  it('the Monday after a weekend looks ahead to the next one', () => {
    expect(quickViewRange('weekend', '2027-03-08')).toEqual({ from: '2027-03-12', to: '2027-03-14' });
  });
});

const organisers = [testOrganiser('sol', { name: 'Sol', country: 'SE' })];
const venues = [
  testVenue('arvika', { name: 'Hallen', city: 'Arvika', country: 'SE', region: 'varmland' }),
  testVenue('hamar', { name: 'Scenen', city: 'Hamar', country: 'NO', region: 'innlandet' }),
];

// Monday 1 March 2027, 13:00 in Sweden and Norway.
const now = new Date('2027-03-01T12:00:00Z');
const catalogue = buildCatalogue(
  {
    organisers,
    venues,
    events: [
      entry('over-this-morning', { type: 'talk', venue: 'arvika', start: '2027-03-01T08:00', end: '2027-03-01T09:00' }),
      entry('on-now', { type: 'workshop', venue: 'arvika', start: '2027-03-01T12:30', end: '2027-03-01T14:00' }),
      entry('tonight', { type: 'concert', venue: 'hamar', start: '2027-03-01T19:00' }, 'Europe/Oslo'),
      entry('just-after-midnight', { type: 'concert', venue: 'hamar', start: '2027-03-02T00:30' }, 'Europe/Oslo'),
      entry('running-exhibition', { type: 'exhibition', venue: 'arvika', start: '2027-02-01', end: '2027-04-01', disciplines: ['visual-art'] }),
      entry('two-nights', { type: 'performance', venue: 'hamar', start: '2027-03-05T19:00', dates: ['2027-03-06T19:00', '2027-03-09T19:00'], disciplines: ['theatre'] }, 'Europe/Oslo'),
      entry('twice-saturday', { type: 'concert', venue: 'arvika', start: '2027-03-06T14:00', dates: ['2027-03-06T20:00'] }),
      entry('all-weekend', { type: 'festival', venue: 'hamar', start: '2027-03-05', end: '2027-03-07', disciplines: ['music', 'dance'] }, 'Europe/Oslo'),
      entry('sunday', { type: 'reading', venue: 'arvika', start: '2027-03-07T15:00', disciplines: ['literature'] }),
      entry('next-monday', { type: 'talk', venue: 'arvika', start: '2027-03-08T18:00' }),
      entry('call-soon', { type: 'open-call', regions: ['varmland', 'oslo'], deadline: '2027-03-10', apply: 'https://a.example' }),
      entry('call-later', { type: 'open-call', regions: ['oslo'], deadline: '2027-05-01', apply: 'https://a.example' }),
      entry('call-closed', { type: 'open-call', regions: ['oslo'], deadline: '2027-02-01', apply: 'https://a.example' }),
      entry('funding-open', { type: 'funding', regions: ['dalarna'], apply: 'https://a.example' }),
    ],
  },
  now,
);

const ids = (view: 'today' | 'weekend' | 'week') =>
  Object.fromEntries(quickViewListing(catalogue, view).days.map((day) => [day.date, day.entries.map((e) => e.id)]));

describe('quickViewListing', () => {
  it('today: what is on and not over at build time, ongoing first, then by start', () => {
    expect(ids('today')).toEqual({ '2027-03-01': ['running-exhibition', 'on-now', 'tonight'] });
  });

  it('the weekend: each occurrence under its day, running things under the first day, an entry once per day', () => {
    expect(ids('weekend')).toEqual({
      '2027-03-05': ['running-exhibition', 'all-weekend', 'two-nights'],
      '2027-03-06': ['twice-saturday', 'two-nights'],
      '2027-03-07': ['sunday'],
    });
  });

  it('the week: today to Sunday, nothing from the Monday after', () => {
    expect(ids('week')).toEqual({
      '2027-03-01': ['running-exhibition', 'on-now', 'tonight'],
      '2027-03-02': ['just-after-midnight'],
      '2027-03-05': ['all-weekend', 'two-nights'],
      '2027-03-06': ['twice-saturday', 'two-nights'],
      '2027-03-07': ['sunday'],
    });
  });

  it('counts distinct entries', () => {
    expect(quickViewListing(catalogue, 'today').count).toBe(3);
    expect(quickViewListing(catalogue, 'weekend').count).toBe(5);
    expect(quickViewListing(catalogue, 'week').count).toBe(8);
  });

  it('is computed once per catalogue and view', () => {
    expect(quickView(catalogue, 'week')).toBe(quickView(catalogue, 'week'));
    expect(quickView(catalogue, 'week')).toEqual(quickViewListing(catalogue, 'week'));
  });
});

describe('frontPageOverview', () => {
  const overview = frontPageOverview(catalogue);

  it('groups all eight regions by country, Sweden first, counting upcoming entries', () => {
    expect(overview.regionsByCountry).toEqual([
      { country: 'SE', regions: [{ id: 'varmland', count: 6 }, { id: 'dalarna', count: 1 }, { id: 'vastra-gotaland', count: 0 }] },
      {
        country: 'NO',
        regions: [
          { id: 'innlandet', count: 4 },
          { id: 'akershus', count: 0 },
          { id: 'ostfold', count: 0 },
          { id: 'buskerud', count: 0 },
          { id: 'oslo', count: 2 },
        ],
      },
    ]);
  });

  it('lists the disciplines with something upcoming, in taxonomy order', () => {
    expect(overview.disciplines).toEqual([
      { id: 'music', count: 9 },
      { id: 'theatre', count: 1 },
      { id: 'dance', count: 1 },
      { id: 'visual-art', count: 1 },
      { id: 'literature', count: 1 },
    ]);
  });

  it('shows the open opportunities with a deadline, soonest first', () => {
    expect(overview.closingSoon.map((e) => e.id)).toEqual(['call-soon', 'call-later']);
    expect(CLOSING_SOON_SHOWN).toBeGreaterThanOrEqual(2);
  });
});
