/** The subscribe builder: the feed a choice means, and the links that subscribe a calendar app. */
import { describe, expect, it } from 'vitest';
import { feedPath, subscribeLinks, type FeedChoice } from '../../src/lib/subscribe.ts';
import { urls } from '../../src/lib/urls.ts';

const site = 'https://kulturbro.example/';

describe('feedPath', () => {
  it('maps every choice to the feed URL the feeds are built at', () => {
    const cases: [FeedChoice, string][] = [
      [{ facet: 'all' }, urls.feedAll('sv')],
      [{ facet: 'events' }, urls.feedEvents('sv')],
      [{ facet: 'opportunities' }, urls.feedOpportunities('sv')],
      [{ facet: 'region', id: 'varmland' }, urls.feed('sv', 'region', 'varmland')],
      [{ facet: 'discipline', id: 'folk-culture' }, urls.feed('sv', 'discipline', 'folk-culture')],
      [{ facet: 'type', id: 'open-call' }, urls.feed('sv', 'type', 'open-call')],
      [{ facet: 'organiser', id: 'grensekoret' }, urls.feed('sv', 'organiser', 'grensekoret')],
      [{ facet: 'venue', id: 'tista-kulturhus' }, urls.feed('sv', 'venue', 'tista-kulturhus')],
    ];
    for (const [choice, path] of cases) expect(feedPath('sv', choice)).toBe(path);
    expect(feedPath('nb', { facet: 'region', id: 'varmland' })).toBe('/feeds/nb/region/varmland.ics');
  });
});

describe('subscribeLinks', () => {
  const links = subscribeLinks('/feeds/sv/region/varmland.ics', site, 'Kulturbro – Värmland & Dalarna');

  it('gives the https and webcal forms of the same absolute address', () => {
    expect(links.https).toBe('https://kulturbro.example/feeds/sv/region/varmland.ics');
    expect(links.webcal).toBe('webcal://kulturbro.example/feeds/sv/region/varmland.ics');
  });

  it('hands Google the webcal address, fully encoded in cid', () => {
    expect(links.google).toBe('https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fkulturbro.example%2Ffeeds%2Fsv%2Fregion%2Fvarmland.ics');
    expect(new URL(links.google).searchParams.get('cid')).toBe(links.webcal);
  });

  it('hands Outlook.com the https address and the calendar name, both encoded', () => {
    const outlook = new URL(links.outlook);
    expect(`${outlook.origin}${outlook.pathname}`).toBe('https://outlook.live.com/calendar/0/addfromweb');
    expect(outlook.searchParams.get('url')).toBe(links.https);
    expect(outlook.searchParams.get('name')).toBe('Kulturbro – Värmland & Dalarna');
    expect(links.outlook).not.toMatch(/[ &]Dalarna/);
  });

  it('keeps the scheme and port of a local preview site', () => {
    const local = subscribeLinks('/feeds/en/all.ics', 'http://127.0.0.1:4321/', 'Kulturbro');
    expect(local.https).toBe('http://127.0.0.1:4321/feeds/en/all.ics');
    expect(local.webcal).toBe('webcal://127.0.0.1:4321/feeds/en/all.ics');
  });
});
