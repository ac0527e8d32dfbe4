import { describe, expect, it } from 'vitest';
import { entrySchema, organiserSchema, venueSchema } from '../../src/schema/index.ts';

const event = {
  title: 'Gränsmusik i Arvika',
  lang: 'sv',
  type: 'concert',
  disciplines: ['music'],
  summary: 'Folkmusik från båda sidor om gränsen.',
  organisers: ['kulturforeningen-sol'],
  venue: 'arvika-konsthall',
  start: '2027-06-12T19:00',
};
const opportunity = {
  title: 'Gränsresidens',
  lang: 'sv',
  type: 'residency',
  disciplines: ['visual-art'],
  summary: 'Två månader i Värmland.',
  organisers: ['kulturforeningen-sol'],
  regions: ['varmland'],
  deadline: '2027-05-01',
  apply: 'https://sol.example/ansok',
};

/** The fields that a failing parse complains about, as dotted paths. */
function failingFields(schema: typeof entrySchema | typeof organiserSchema | typeof venueSchema, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k].join('.')) : [issue.path.join('.')],
  );
}

describe('entry schema', () => {
  it('accepts a valid event and a valid opportunity', () => {
    expect(failingFields(entrySchema, event)).toEqual([]);
    expect(failingFields(entrySchema, opportunity)).toEqual([]);
  });

  const cases: [string, Record<string, unknown>, string][] = [
    ['missing title', { ...event, title: undefined }, 'title'],
    ['title too long', { ...event, title: 'x'.repeat(141) }, 'title'],
    ['unknown language', { ...event, lang: 'de' }, 'lang'],
    ['unknown type', { ...event, type: 'party' }, 'type'],
    ['no disciplines', { ...event, disciplines: [] }, 'disciplines'],
    ['six disciplines', { ...event, disciplines: ['music', 'dance', 'film', 'games', 'design', 'crafts'] }, 'disciplines'],
    ['unknown discipline', { ...event, disciplines: ['cooking'] }, 'disciplines.0'],
    ['summary too long', { ...event, summary: 'x'.repeat(281) }, 'summary'],
    ['no organisers', { ...event, organisers: [] }, 'organisers'],
    ['badly formed organiser id', { ...event, organisers: ['Kultur Sol'] }, 'organisers.0'],
    ['event without venue or online', { ...event, venue: undefined }, 'venue'],
    ['event without start', { ...event, start: undefined }, 'start'],
    ['impossible date', { ...event, start: '2027-02-30T19:00' }, 'start'],
    ['end before start', { ...event, end: '2027-06-12T18:00' }, 'end'],
    ['end of another form than start', { ...event, end: '2027-06-13' }, 'end'],
    ['unknown field', { ...event, colour: 'blue' }, 'colour'],
    ['http tickets', { ...event, tickets: 'http://sol.example' }, 'tickets'],
    ['javascript online link', { ...event, venue: undefined, online: 'javascript:alert(1)' }, 'online'],
    ['unknown status', { ...event, status: 'maybe' }, 'status'],
    ['unknown region', { ...event, regions: ['skane'] }, 'regions.0'],
    ['image without alt', { ...event, image: { src: './poster.jpg' } }, 'image.alt'],
    ['image outside the folder', { ...event, image: { src: '../secret.jpg', alt: 'x' } }, 'image.src'],
    ['repeat without until or count', { ...event, repeat: { every: 'week' } }, 'repeat'],
    ['repeat with both until and count', { ...event, repeat: { every: 'week', until: '2027-07-01', count: 3 } }, 'repeat'],
    ['monthly repeat with weekdays', { ...event, repeat: { every: 'month', on: ['mo'], count: 3 } }, 'repeat.on'],
    ['dates and repeat together', { ...event, dates: ['2027-06-13T19:00'], repeat: { every: 'day', count: 2 } }, 'dates'],
    ['except without repeat', { ...event, except: ['2027-06-19'] }, 'except'],
    ['all-day date in a timed run', { ...event, dates: ['2027-06-13'] }, 'dates.0'],
    ['translation in an unknown language', { ...event, translations: { de: { title: 'Grenzmusik' } } }, 'translations.de'],
    ['empty translation', { ...event, translations: { en: {} } }, 'translations.en'],
    ['updated without time', { ...event, updated: '2027-05-01' }, 'updated'],
    ['unknown cover', { ...opportunity, covers: ['food'] }, 'covers.0'],
    ['unknown eligible country', { ...opportunity, eligible_countries: ['DE'] }, 'eligible_countries.0'],
    ['opportunity without apply', { ...opportunity, apply: undefined }, 'apply'],
    ['residency without deadline', { ...opportunity, deadline: undefined }, 'deadline'],
    ['opportunity without venue or regions', { ...opportunity, regions: undefined }, 'regions'],
    ['eligibility too long', { ...opportunity, eligibility: 'x'.repeat(501) }, 'eligibility'],
  ];
  for (const [name, input, field] of cases) {
    it(`reports ${name} on ${field}`, () => {
      expect(failingFields(entrySchema, input)).toContain(field);
    });
  }

  it('lets an online event go without a venue', () => {
    expect(failingFields(entrySchema, { ...event, venue: undefined, online: 'https://stream.example/live', regions: ['oslo'] })).toEqual([]);
  });
  it('lets funding go without a deadline', () => {
    expect(failingFields(entrySchema, { ...opportunity, type: 'funding', deadline: undefined })).toEqual([]);
  });
  it('defaults the status to scheduled', () => {
    expect(entrySchema.parse(event).status).toBe('scheduled');
  });
});

describe('organiser and venue schemas', () => {
  it('require name and country, and https websites', () => {
    expect(failingFields(organiserSchema, { name: 'Sol', country: 'SE' })).toEqual([]);
    expect(failingFields(organiserSchema, { country: 'SE' })).toContain('name');
    expect(failingFields(organiserSchema, { name: 'Sol', country: 'DE' })).toContain('country');
    expect(failingFields(organiserSchema, { name: 'Sol', country: 'SE', website: 'http://sol.example' })).toContain('website');
    expect(failingFields(organiserSchema, { name: 'Sol', country: 'SE', email: 'not an address' })).toContain('email');
  });
  it('require name, city, country and region of a venue', () => {
    const venue = { name: 'Konsthallen', city: 'Arvika', country: 'SE', region: 'varmland' };
    expect(failingFields(venueSchema, venue)).toEqual([]);
    for (const field of ['name', 'city', 'country', 'region']) {
      expect(failingFields(venueSchema, { ...venue, [field]: undefined })).toContain(field);
    }
    expect(failingFields(venueSchema, { ...venue, lat: 123 })).toContain('lat');
    expect(failingFields(venueSchema, { ...venue, accessibility: ['lift'] })).toContain('accessibility.0');
  });
});
