/**
 * The import's pieces one by one, on small inputs shaped like the real ones (the real files are in
 * import-fixtures.test.ts): iCalendar details, schema.org details, texts, categories, places.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/import/categories.ts';
import { readICalendar } from '../../src/lib/import/ics.ts';
import { readJsonLd, schemaMoment } from '../../src/lib/import/jsonld.ts';
import { scheduleOf, textsOf } from '../../src/lib/import/map.ts';
import { matchVenue, metresBetween } from '../../src/lib/import/match.ts';
import { placeFromText, shorten, titleSaysCancelled } from '../../src/lib/import/text.ts';
import { isAsImported, importedEntryText } from '../../src/lib/import/write.ts';
import { ianaZone } from '../../src/lib/import/zones.ts';
import { disciplineNames, disciplines, eventTypes, typeNames } from '../../src/lib/taxonomy.ts';

const now = new Date('2027-03-01T12:00:00Z');
const options = { defaultTimezone: 'Europe/Stockholm', now, horizon: '2028-03-01' };
const vcalendar = (body: string, head = '') => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${head}${body}\r\nEND:VCALENDAR\r\n`;

describe('iCalendar details', () => {
  it('reads several VCALENDARs in one file, folded lines and escaped text', () => {
    const text = vcalendar('BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270410T170000Z\r\nSUMMARY:Konsert\\, sång \\; dans\r\nDESCRIPTION:Rad ett\\nrad två med en l\r\n ång rad\r\nEND:VEVENT') + vcalendar('BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20270411\r\nSUMMARY:Andra\r\nEND:VEVENT');
    const { events, problems } = readICalendar(text, options);
    expect(problems).toEqual([]);
    expect(events.map((e) => e.title)).toEqual(['Konsert, sång ; dans', 'Andra']);
    expect(events[0]!.description).toBe('Rad ett\nrad två med en lång rad');
    expect(events[0]!.occurrences[0]!.start).toEqual({ date: '2027-04-10', time: '19:00' });
    expect(events[1]!.occurrences[0]!.start).toEqual({ date: '2027-04-11' });
  });

  it('turns HTML descriptions into Markdown, and finds online meeting links and GEO', () => {
    const [event] = readICalendar(vcalendar(`BEGIN:VEVENT\r\nUID:c\r\nDTSTART;TZID=W. Europe Standard Time:20270410T190000\r\nSUMMARY:Samtal\r\nDESCRIPTION:Join: https://teams.microsoft.com/l/meetup-join/abc\r\nX-ALT-DESC;FMTTYPE=text/html:<p>Ett <b>samtal</b> om <a href="https://example.se/bok">boken</a>.</p><script>alert(1)</script>\r\nLOCATION:Stadsbiblioteket, Storgatan 2, 652 25 Karlstad\r\nGEO:59.3793;13.5036\r\nEND:VEVENT`), options).events;
    expect(event!.description).toBe('Ett **samtal** om [boken](https://example.se/bok).');
    expect(event!.online).toBe('https://teams.microsoft.com/l/meetup-join/abc');
    expect(event!.timezone).toBe('Europe/Stockholm');
    expect(event!.place).toEqual({ name: 'Stadsbiblioteket', address: 'Storgatan 2', postcode: '65225', city: 'Karlstad', lat: 59.3793, lon: 13.5036 });
  });

  it('keeps a rule the repeat form cannot say (BYSETPOS) as dates', () => {
    const [event] = readICalendar(vcalendar('BEGIN:VEVENT\r\nUID:d\r\nDTSTART;TZID=Europe/Oslo:20270429T190000\r\nDTEND;TZID=Europe/Oslo:20270429T210000\r\nRRULE:FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1;COUNT=3\r\nSUMMARY:Siste torsdag\r\nEND:VEVENT'), options).events;
    expect(event!.rule).toBeUndefined();
    expect(scheduleOf(event!, now)).toEqual({ start: '2027-04-29T19:00', end: '2027-04-29T21:00', dates: ['2027-05-27T19:00', '2027-06-24T19:00'] });
  });

  it('keeps a weekly series across the DST change at the same wall-clock time, cut at the horizon when unbounded', () => {
    const [event] = readICalendar(vcalendar('BEGIN:VEVENT\r\nUID:e\r\nDTSTART;TZID=Europe/Stockholm:20270320T180000\r\nRRULE:FREQ=WEEKLY;BYDAY=SA\r\nEXDATE;TZID=Europe/Stockholm:20270403T180000\r\nSUMMARY:Dans\r\nEND:VEVENT'), options).events;
    expect(event!.unbounded).toBe(true);
    expect(scheduleOf(event!, now)).toMatchObject({ start: '2027-03-20T18:00', repeat: { every: 'week', on: ['sa'], until: '2028-03-01' }, except: ['2027-04-03'] });
  });

  it('reports a VEVENT without DTSTART and keeps the rest', () => {
    const { events, problems } = readICalendar(vcalendar('BEGIN:VEVENT\r\nUID:f\r\nSUMMARY:Utan tid\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:g\r\nDTSTART:20270410T170000Z\r\nSUMMARY:Med tid\r\nEND:VEVENT'), options);
    expect(events.map((e) => e.title)).toEqual(['Med tid']);
    expect(problems).toEqual([{ where: 'line 4', message: 'VEVENT f has no DTSTART and was left out' }]);
  });

  it('names zones the way calendar programs write them', () => {
    expect(ianaZone('Europe/Oslo')).toBe('Europe/Oslo');
    expect(ianaZone('"W. Europe Standard Time"')).toBe('Europe/Stockholm');
    expect(ianaZone('W. Europe Standard Time', 'Europe/Oslo')).toBe('Europe/Oslo');
    expect(ianaZone('/mozilla.org/20050126_1/Europe/Berlin')).toBe('Europe/Berlin');
    expect(ianaZone('Customized Time Zone')).toBeUndefined();
  });
});

describe('schema.org details', () => {
  it('reads @graph, EventSeries sub-events, VirtualLocation, free offers, inLanguage, offsets and sloppy JSON', () => {
    const html = `<html><head><script type="application/ld+json">
      <!-- SEO plugin -->
      {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "Program"},
        {"type": "EventSeries", "name": "Jazzklubb", "inLanguage": "nb-NO", "location": {"@type": "Place", "name": "Hamar scene", "geo": {"@type": "GeoCoordinates", "latitude": "60.7945", "longitude": 11.0680}},
         "offers": {"@type": "Offer", "price": "0", "priceCurrency": "NOK"},
         "subEvent": [
           {"@type": "MusicEvent", "@id": "https://example.no/jazz/1", "name": "Jazzklubb: trio", "startDate": "2027-4-9T20:00:00+02:00"},
           {"@type": "MusicEvent", "@id": "https://example.no/jazz/2", "name": "Jazzklubb: kvartett", "startDate": "2027-05-14T18:00:00Z",
            "eventStatus": "https://schema.org/EventPostponed", "location": {"@type": "VirtualLocation", "url": "https://stream.example.no/jazz"}},
         ]},
      ]}
      </script></head><body></body></html>`;
    const { events, problems } = readJsonLd(html, { ...options, defaultTimezone: 'Europe/Oslo' });
    expect(problems).toEqual([]);
    expect(events.map((e) => [e.uid, e.title, e.occurrences[0]!.start, e.status, e.price, e.lang])).toEqual([
      ['https://example.no/jazz/1', 'Jazzklubb: trio', { date: '2027-04-09', time: '20:00' }, 'scheduled', 'free', 'nb'],
      ['https://example.no/jazz/2', 'Jazzklubb: kvartett', { date: '2027-05-14', time: '20:00' }, 'postponed', 'free', 'nb'],
    ]);
    expect(events[0]!.place).toMatchObject({ name: 'Hamar scene', lat: 60.7945, lon: 11.068 });
    expect(events[1]!.online).toBe('https://stream.example.no/jazz');
    expect(classify(events[0]!.categories)).toEqual({ type: 'concert', disciplines: ['music'] });
  });

  it('reads a price with a decimal comma, and reports a block that is not JSON by its line', () => {
    const html = `<html>\n<script type="application/ld+json">{"@type":"Event","name":"A","startDate":"2027-04-09","offers":{"price":"150,00","priceCurrency":"SEK","url":"https://tickets.example.se/a"}}</script>\n<script type="application/ld+json">{"@type": "Event", name: }</script></html>`;
    const { events, problems } = readJsonLd(html, options);
    expect(events[0]).toMatchObject({ price: '150,00 SEK', tickets: 'https://tickets.example.se/a', occurrences: [{ start: { date: '2027-04-09' } }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe('line 3 (JSON-LD block 2)');
    expect(problems[0]!.message).toMatch(/^is not valid JSON: /);
  });

  it('reads dates as wall clock in the zone: an offset is honoured, none means local', () => {
    expect(schemaMoment('2027-03-28T03:30:00+02:00', 'Europe/Stockholm')).toEqual({ date: '2027-03-28', time: '03:30' });
    expect(schemaMoment('2027-03-28T00:30:00Z', 'Europe/Stockholm')).toEqual({ date: '2027-03-28', time: '01:30' });
    expect(schemaMoment('2027-06-01T19:00', 'Europe/Oslo')).toEqual({ date: '2027-06-01', time: '19:00' });
    expect(schemaMoment('next Friday', 'Europe/Oslo')).toBeUndefined();
  });
});

describe('texts, categories and places', () => {
  const base = { uid: 'x', description: '', categories: [], status: 'scheduled' as const, occurrences: [], where: 'line 1' };

  it('shortens a long title and summary at a word boundary and keeps the whole text in the body', () => {
    const title = `Stora höstkonserten ${'med många gäster från båda sidor om gränsen '.repeat(4)}`.trim();
    const description = `${'Ett långt program med musik från Värmland och Innlandet. '.repeat(8)}`.trim();
    const texts = textsOf({ ...base, title, description }, { lang: 'sv' });
    expect(texts.title.length).toBeLessThanOrEqual(140);
    expect(texts.title).toMatch(/ gränsen…$|[a-zåäö]…$/);
    expect(title.startsWith(texts.title.slice(0, -1))).toBe(true);
    expect(texts.summary.length).toBeLessThanOrEqual(280);
    expect(texts.body.startsWith(`**${title}**\n\n${description}`)).toBe(true);
    expect(shorten('ord ord ord', 8)).toBe('ord ord…');
  });

  it('reads a cancellation that only the title states', () => {
    expect(['CANCELLED - Typhoon', 'INSTÄLLT: Vårkonsert', 'Avlyst! Jazzkveld', 'Canceled: talk', '[Inställt] Dans'].map(titleSaysCancelled)).toEqual([true, true, true, true, true]);
    expect(['Cancelled dreams (a play)', 'Konsert', 'Avlyst og avblåst: en revy'].map(titleSaysCancelled)).toEqual([false, false, false]);
  });

  it('maps categories through a table derived from taxonomy.ts, in all three languages', () => {
    for (const discipline of disciplines) {
      for (const name of Object.values(disciplineNames[discipline])) expect(classify([name]).disciplines, name).toEqual([discipline]);
    }
    for (const type of eventTypes) {
      for (const name of Object.values(typeNames[type])) expect(classify([name]).type, name).toBe(type);
    }
    expect(classify(['KONSERT', 'Musikk', 'dans', 'Business'])).toEqual({ type: 'concert', disciplines: ['music', 'dance'] });
  });

  it('matches a place to a venue by name, address or within 150 m', () => {
    const venues = [{ id: 'alvudden', name: 'Kulturhuset Älvudden', address: 'Storgatan 1', postcode: '67131', lat: 59.655, lon: 12.585 }];
    expect(matchVenue({ name: 'kulturhuset alvudden' }, venues)?.id).toBe('alvudden');
    expect(matchVenue({ name: 'Stora salen', address: 'Storgatan 1', postcode: '671 31' }, venues)?.id).toBe('alvudden');
    expect(matchVenue({ name: 'Scenen', lat: 59.656, lon: 12.586 }, venues)?.id).toBe('alvudden');
    expect(metresBetween({ lat: 59.655, lon: 12.585 }, { lat: 59.658, lon: 12.585 })).toBeGreaterThan(150);
    expect(matchVenue({ name: 'Scenen', lat: 59.658, lon: 12.585 }, venues)).toBeUndefined();
    expect(placeFromText('Hamar scene, Torggata 5, 2317 Hamar, Norge')).toEqual({ name: 'Hamar scene', address: 'Torggata 5', postcode: '2317', city: 'Hamar', country: 'NO' });
  });

  it('tells a file as imported from one edited by hand', () => {
    const text = importedEntryText({ title: 'A', lang: 'sv', type: 'concert', disciplines: ['music'], summary: 'A', organisers: ['o'], start: '2027-04-10', source: { url: 'https://x.example/f.ics', uid: 'u', checksum: '0'.repeat(16) } }, 'Text.');
    expect(text).toMatch(/\nsource:\n {2}url: https:\/\/x\.example\/f\.ics\n {2}uid: u\n {2}checksum: [0-9a-f]{16}\n---\nText\.\n$/);
    expect(isAsImported(text)).toBe(true);
    expect(isAsImported(text.replace('Text.', 'Text, rättad.'))).toBe(false);
  });
});
