/** Google Calendar and Outlook.com add-one-event links, from the same data as the .ics files. */
import { describe, expect, it } from 'vitest';
import { builds, TEST_SITE } from '../helpers/builds.ts';
import { catalogueOf } from '../helpers/ics.ts';
import { googleCalendarUrl, linkEvent, outlookCalendarUrl, type LinkEvent } from '../../src/lib/calendar-links.ts';

const catalogue = catalogueOf(builds.fixture.contentDir, [
  {
    id: 'open-festival',
    fields: {
      title: 'Gränsfest & dans', lang: 'sv', type: 'festival', disciplines: ['music'], summary: 'Tre dagar, två länder; en scen.',
      organisers: ['kulturforeningen-sol'], venue: 'arvika-konsthall', start: '2027-07-01', end: '2027-07-04',
    },
  },
]);
const eventFor = (id: string, lang: 'sv' | 'nb' | 'en' = 'sv') => linkEvent(catalogue.byId.get(id)!, lang, TEST_SITE, catalogue.now);
const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('Google Calendar', () => {
  it('gives a timed event as wall-clock times with the zone in ctz', () => {
    const url = googleCalendarUrl(eventFor('2027-03-28-vardag-i-arvika', 'nb')!);
    expect(url.startsWith('https://calendar.google.com/calendar/render?action=TEMPLATE&')).toBe(true);
    expect(params(url)).toEqual({
      action: 'TEMPLATE',
      text: 'Vårjevndøgn i Arvika',
      dates: '20270328T150000/20270328T170000',
      ctz: 'Europe/Stockholm',
      details: 'En konsert den dagen klokka stilles fram.\n\nhttps://kulturbro.example/nb/events/2027-03-28-vardag-i-arvika/',
      location: 'Arvika testkonsthall, Storgatan 1, 671 31 Arvika',
    });
  });

  it('gives an all-day event as dates with the exclusive end, without ctz', () => {
    const url = googleCalendarUrl(eventFor('open-festival')!);
    expect(url).toContain('&dates=20270701%2F20270705&');
    expect(params(url).ctz).toBeUndefined();
  });

  it('encodes every character of the text (no + for spaces)', () => {
    const url = googleCalendarUrl(eventFor('open-festival')!);
    expect(url).toContain('text=Gr%C3%A4nsfest%20%26%20dans');
    expect(url).not.toContain('+');
    expect(params(url).details).toBe('Tre dagar, två länder; en scen.\n\nhttps://kulturbro.example/sv/events/open-festival/');
  });
});

describe('Outlook.com', () => {
  it('gives a timed event in UTC', () => {
    const url = outlookCalendarUrl(eventFor('2027-10-31-hostkonsert-hamar', 'en')!);
    expect(url.startsWith('https://outlook.live.com/calendar/0/action/compose?rru=addevent&')).toBe(true);
    expect(params(url)).toMatchObject({
      rru: 'addevent', subject: 'Høstkonsert på Hamar', startdt: '2027-10-30T23:30:00Z', enddt: '2027-10-31T03:00:00Z', allday: 'false',
      location: 'Hamar testscene, Hamar',
    });
  });

  it('gives an all-day event as dates with the exclusive end', () => {
    expect(params(outlookCalendarUrl(eventFor('open-festival')!))).toMatchObject({ startdt: '2027-07-01', enddt: '2027-07-05', allday: 'true' });
  });
});

describe('which event the links add', () => {
  it('is the next occurrence of a series', () => {
    const event = eventFor('2027-02-02-vecko-verkstad')!;
    expect(params(googleCalendarUrl(event)).dates).toBe('20270302T180000/20270302T200000');
  });

  it('is the next date of a run', () => {
    expect(params(outlookCalendarUrl(eventFor('2027-03-12-teater-pa-turne', 'en')!)).startdt).toBe('2027-03-12T18:00:00Z');
  });

  it('is the open deadline of an opportunity, named as in the feeds', () => {
    const event = eventFor('2027-gransresidens', 'nb')!;
    expect(event.title).toBe('Søknadsfrist: Gränsresidens 2027');
    expect(params(googleCalendarUrl(event)).dates).toBe('20270501/20270502');
  });

  it('is nothing for what is over or cancelled', () => {
    expect(eventFor('2026-09-10-hostutstallning-arvika')).toBeUndefined();
    expect(eventFor('2027-07-01-grensefestival')).toBeUndefined();
  });

  it('keeps an event without an end as a moment', () => {
    const event: LinkEvent = { title: 'x', details: 'y', zone: 'Europe/Oslo', times: { allDay: false, start: new Date('2027-06-01T16:00:00Z'), end: new Date('2027-06-01T16:00:00Z') } };
    expect(params(googleCalendarUrl(event)).dates).toBe('20270601T180000/20270601T180000');
    expect(params(googleCalendarUrl(event)).location).toBeUndefined();
  });
});
