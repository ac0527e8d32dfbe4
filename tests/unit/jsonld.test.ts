import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventJsonLd, jsonForScript, MAX_MARKED_UP_OCCURRENCES, schemaType, type JsonLdObject } from '../../src/lib/jsonld.ts';
import { builds, TEST_SITE } from '../helpers/builds.ts';
import { catalogueOf } from '../helpers/ics.ts';

const base = { lang: 'sv', disciplines: ['music'], summary: 'Text.', organisers: ['kulturforeningen-sol'] };
const catalogue = catalogueOf(builds.fixture.contentDir, [
  { id: 'dans-i-arvika', fields: { ...base, title: 'Dans', type: 'performance', disciplines: ['dance'], venue: 'arvika-konsthall', start: '2027-04-10T19:00' } },
  { id: 'blandat', fields: { ...base, title: 'Blandat', type: 'performance', disciplines: ['dance', 'theatre'], venue: 'arvika-konsthall', start: '2027-04-11T19:00' } },
  { id: 'hybrid', fields: { ...base, title: 'Hybrid', type: 'talk', venue: 'arvika-konsthall', online: 'https://sol.example/live', start: '2027-04-12T18:00', price: '150 SEK / 170 NOK', tickets: 'https://sol.example/t' } },
  { id: 'utsatt', fields: { ...base, title: 'Utsatt', type: 'market', venue: 'arvika-konsthall', start: '2027-04-13', status: 'postponed', price: 'Frivillig entré' } },
  { id: 'dagligen', fields: { ...base, title: 'Dagligen', type: 'guided-tour', venue: 'arvika-konsthall', start: '2027-03-01T10:00', end: '2027-03-01T11:00', repeat: { every: 'day', count: 60 } } },
  // A series whose 02:30 falls into the spring-forward gap on 2027-03-28.
  { id: 'natt', fields: { ...base, title: 'Natt', type: 'other', venue: 'arvika-konsthall', start: '2027-03-26T02:30', repeat: { every: 'day', count: 4 } } },
]);
const options = { site: TEST_SITE, now: catalogue.now, image: [`${TEST_SITE}/cards/sv.png`] };
const markup = (id: string, lang: 'sv' | 'nb' | 'en' = 'sv') => eventJsonLd(catalogue.byId.get(id)!, lang, options);
const only = (id: string, lang: 'sv' | 'nb' | 'en' = 'sv'): JsonLdObject => {
  const objects = markup(id, lang);
  expect(objects).toHaveLength(1);
  return objects[0]!;
};

describe('event types', () => {
  it('picks the schema.org subtype from the type and, for performances, the discipline', () => {
    const type = (id: string) => schemaType(catalogue.byId.get(id)!);
    expect(type('2027-03-28-vardag-i-arvika')).toBe('MusicEvent');
    expect(type('2027-03-12-teater-pa-turne')).toBe('TheaterEvent');
    expect(type('dans-i-arvika')).toBe('DanceEvent');
    expect(type('blandat')).toBe('TheaterEvent');
    expect(type('2027-07-01-grensefestival')).toBe('Festival');
    expect(type('2027-02-02-vecko-verkstad')).toBe('EducationEvent');
    expect(type('utsatt')).toBe('SaleEvent');
    expect(type('dagligen')).toBe('Event');
  });

  it('writes nothing for opportunities', () => {
    expect(markup('2027-gransresidens')).toEqual([]);
  });
});

describe('dates carry the local offset', () => {
  it('is +02:00 on the day clocks go forward and +01:00 in winter', () => {
    expect(only('2027-03-28-vardag-i-arvika')).toMatchObject({ startDate: '2027-03-28T15:00:00+02:00', endDate: '2027-03-28T17:00:00+02:00' });
    const run = markup('2027-03-12-teater-pa-turne');
    expect(run.map((o) => o.startDate)).toEqual(['2027-03-12T19:00:00+01:00', '2027-03-13T19:00:00+01:00', '2027-04-02T19:00:00+02:00']);
    expect(run[0]!.endDate).toBe('2027-03-12T21:30:00+01:00');
  });

  it('keeps summer time for 01:30 on the night clocks go back, winter time after 03:00', () => {
    expect(only('2027-10-31-hostkonsert-hamar')).toMatchObject({ startDate: '2027-10-31T01:30:00+02:00', endDate: '2027-10-31T04:00:00+01:00' });
  });

  it('moves a series time in the spring-forward gap forward by the gap', () => {
    expect(markup('natt').map((o) => o.startDate)).toEqual([
      '2027-03-26T02:30:00+01:00', '2027-03-27T02:30:00+01:00', '2027-03-28T03:30:00+02:00', '2027-03-29T02:30:00+02:00',
    ]);
  });

  it('writes all-day entries as dates, the end being the last day', () => {
    expect(only('2027-07-01-grensefestival')).toMatchObject({ startDate: '2027-07-01', endDate: '2027-07-04' });
    expect(only('utsatt').endDate).toBeUndefined();
  });
});

describe('occurrences', () => {
  it('gives each occurrence of a run its own @id', () => {
    const ids = markup('2027-03-12-teater-pa-turne').map((o) => o['@id']);
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(`${TEST_SITE}/sv/events/2027-03-12-teater-pa-turne/#20270312T1900`);
  });

  it(`describes a long series by its next ${MAX_MARKED_UP_OCCURRENCES} occurrences from now`, () => {
    const series = markup('dagligen');
    expect(series).toHaveLength(MAX_MARKED_UP_OCCURRENCES);
    // KULTURBRO_NOW is 2027-03-01T12:00Z: that morning's tour is over.
    expect(series[0]!.startDate).toBe('2027-03-02T10:00:00+01:00');
  });

  it('skips a weekly series’ past weeks and its except days', () => {
    const dates = markup('2027-02-02-vecko-verkstad').map((o) => String(o.startDate).slice(0, 10));
    expect(dates[0]).toBe('2027-03-02');
    expect(dates).not.toContain('2027-03-30');
  });
});

describe('status, place, organisers and offers', () => {
  it('marks cancelled and postponed events', () => {
    expect(only('2027-07-01-grensefestival').eventStatus).toBe('https://schema.org/EventCancelled');
    expect(only('utsatt').eventStatus).toBe('https://schema.org/EventPostponed');
    expect(only('2027-03-28-vardag-i-arvika').eventStatus).toBe('https://schema.org/EventScheduled');
  });

  it('describes the venue as a Place with address and coordinates', () => {
    expect(only('2027-03-28-vardag-i-arvika')).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Arvika testkonsthall',
        address: { '@type': 'PostalAddress', streetAddress: 'Storgatan 1', postalCode: '671 31', addressLocality: 'Arvika', addressRegion: 'Värmland', addressCountry: 'SE' },
        geo: { '@type': 'GeoCoordinates', latitude: 59.654, longitude: 12.591 },
      },
    });
  });

  it('uses VirtualLocation online, and both for a hybrid event', () => {
    expect(only('2027-06-01-hostile-markup', 'en')).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://sol.example/stream' },
    });
    const hybrid = only('hybrid');
    expect(hybrid.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect((hybrid.location as JsonLdObject[]).map((l) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
  });

  it('names organisers in the page language, linking their website or their page here', () => {
    expect(only('2027-03-28-vardag-i-arvika', 'en').organizer).toEqual([
      { '@type': 'Organization', name: 'Kulturföreningen Sol', url: 'https://sol.example' },
      { '@type': 'Organization', name: 'The North Stage Collective', url: `${TEST_SITE}/en/organisers/scenekollektivet-nord/` },
    ]);
  });

  it('marks free events and turns a price text into an offer', () => {
    expect(only('2027-03-28-vardag-i-arvika')).toMatchObject({ isAccessibleForFree: true, offers: { price: 0, priceCurrency: 'SEK' } });
    expect(only('hybrid').offers).toEqual({ '@type': 'Offer', url: 'https://sol.example/t', description: '150 SEK / 170 NOK', price: 150, priceCurrency: 'SEK' });
    expect(only('utsatt').offers).toEqual({ '@type': 'Offer', url: `${TEST_SITE}/sv/events/utsatt/`, description: 'Frivillig entré' });
    expect(only('2027-10-31-hostkonsert-hamar').offers).toBeUndefined();
  });

  it('writes name and description in the page language where translated', () => {
    expect(only('2027-03-28-vardag-i-arvika', 'nb')).toMatchObject({
      name: 'Vårjevndøgn i Arvika', description: 'En konsert den dagen klokka stilles fram.', inLanguage: 'sv',
      url: `${TEST_SITE}/nb/events/2027-03-28-vardag-i-arvika/`,
    });
  });
});

describe('jsonForScript', () => {
  it('escapes what could end the script element or start a comment', () => {
    const text = jsonForScript({ t: '</script><!-- & \u2028\u2029 >' });
    expect(text).toBe('{"t":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e"}');
  });

  it('never lets < > & or a line separator through, and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = jsonForScript(value);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
