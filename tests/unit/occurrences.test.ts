import { describe, expect, it } from 'vitest';
import { daysCovered, nextOccurrence, occurrencesOf, seriesDates } from '../../src/lib/occurrences.ts';

const zone = 'Europe/Stockholm';
const starts = (fields: Parameters<typeof occurrencesOf>[0], z = zone) =>
  occurrencesOf(fields, z).map((o) => o.startInstant.toISOString());

describe('single entries', () => {
  it('has no occurrence without a start', () => {
    expect(occurrencesOf({}, zone)).toEqual([]);
  });
  it('keeps a timed start and end', () => {
    const [o] = occurrencesOf({ start: '2027-06-12T19:00', end: '2027-06-12T21:30' }, zone);
    expect(o!.allDay).toBe(false);
    expect(o!.startInstant.toISOString()).toBe('2027-06-12T17:00:00.000Z');
    expect(o!.endInstant.toISOString()).toBe('2027-06-12T19:30:00.000Z');
    expect(o!.key).toBe('20270612T1900');
  });
  it('ends a timed entry without end at its start', () => {
    const [o] = occurrencesOf({ start: '2027-06-12T19:00' }, zone);
    expect(o!.end).toBeUndefined();
    expect(o!.endInstant).toEqual(o!.startInstant);
  });
  it('treats an all-day end as the inclusive last day', () => {
    const [o] = occurrencesOf({ start: '2027-07-01', end: '2027-07-04' }, zone);
    expect(o!.allDay).toBe(true);
    expect(o!.end).toEqual({ date: '2027-07-04' });
    // Over at midnight after the last day, local time.
    expect(o!.endInstant.toISOString()).toBe('2027-07-04T22:00:00.000Z');
    expect(daysCovered(o!)).toEqual(['2027-07-01', '2027-07-02', '2027-07-03', '2027-07-04']);
  });
  it('lets a one-day all-day entry last until midnight', () => {
    const [o] = occurrencesOf({ start: '2027-02-28' }, zone);
    expect(o!.endInstant.toISOString()).toBe('2027-02-28T23:00:00.000Z');
  });
  it('covers 29 February in a leap year', () => {
    const [o] = occurrencesOf({ start: '2028-02-28', end: '2028-03-01' }, zone);
    expect(daysCovered(o!)).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
  });
  it('keeps the real length of a night across the fall-back change', () => {
    const [o] = occurrencesOf({ start: '2027-10-31T01:30', end: '2027-10-31T04:00' }, 'Europe/Oslo');
    expect(o!.startInstant.toISOString()).toBe('2027-10-30T23:30:00.000Z');
    expect(o!.endInstant.toISOString()).toBe('2027-10-31T03:00:00.000Z');
  });
  it('lists an evening that ends after midnight on its evening only', () => {
    const [o] = occurrencesOf({ start: '2027-08-14T21:00', end: '2027-08-15T01:00' }, zone);
    expect(daysCovered(o!)).toEqual(['2027-08-14']);
  });
});

describe('runs of dates', () => {
  it('gives every further date the first one’s length', () => {
    const list = occurrencesOf({ start: '2027-03-12T19:00', end: '2027-03-12T21:30', dates: ['2027-03-13T19:00', '2027-04-02T15:00'] }, zone);
    expect(list.map((o) => [o.startInstant.toISOString(), o.endInstant.toISOString()])).toEqual([
      ['2027-03-12T18:00:00.000Z', '2027-03-12T20:30:00.000Z'],
      ['2027-03-13T18:00:00.000Z', '2027-03-13T20:30:00.000Z'],
      // After the spring change: 15:00 CEST.
      ['2027-04-02T13:00:00.000Z', '2027-04-02T15:30:00.000Z'],
    ]);
    expect(list.map((o) => o.key)).toEqual(['20270312T1900', '20270313T1900', '20270402T1500']);
  });
  it('sorts dates given out of order and drops duplicates', () => {
    expect(starts({ start: '2027-05-10', dates: ['2027-05-01', '2027-05-10'] })).toEqual(['2027-04-30T22:00:00.000Z', '2027-05-09T22:00:00.000Z']);
  });
});

describe('repeat series', () => {
  it('repeats weekly on the given days until a date, keeping local time across DST', () => {
    const list = occurrencesOf({ start: '2027-03-16T18:00', end: '2027-03-16T20:00', repeat: { every: 'week', on: ['tu'], until: '2027-04-06' } }, zone);
    expect(list.map((o) => o.startInstant.toISOString())).toEqual([
      '2027-03-16T17:00:00.000Z', '2027-03-23T17:00:00.000Z', '2027-03-30T16:00:00.000Z', '2027-04-06T16:00:00.000Z',
    ]);
  });
  it('leaves out exception days', () => {
    const dates = occurrencesOf({ start: '2027-02-02T18:00', repeat: { every: 'week', on: ['tu'], until: '2027-05-25' }, except: ['2027-04-06'] }, zone).map((o) => o.start.date);
    expect(dates).toHaveLength(16);
    expect(dates).not.toContain('2027-04-06');
    expect(dates.at(0)).toBe('2027-02-02');
    expect(dates.at(-1)).toBe('2027-05-25');
  });
  it('supports several weekdays and an interval', () => {
    expect(seriesDates('2027-03-01', { every: 'week', interval: 2, on: ['mo', 'th'], count: 5 })).toEqual([
      '2027-03-01', '2027-03-04', '2027-03-15', '2027-03-18', '2027-03-29',
    ]);
  });
  it('does not go back before the first start in the first week', () => {
    expect(seriesDates('2027-03-03', { every: 'week', on: ['mo', 'fr'], count: 3 })).toEqual(['2027-03-05', '2027-03-08', '2027-03-12']);
  });
  it('repeats daily, with count, and on chosen weekdays', () => {
    expect(seriesDates('2027-08-02', { every: 'day', count: 5 })).toEqual(['2027-08-02', '2027-08-03', '2027-08-04', '2027-08-05', '2027-08-06']);
    expect(seriesDates('2027-08-06', { every: 'day', on: ['sa', 'su'], until: '2027-08-15' })).toEqual(['2027-08-07', '2027-08-08', '2027-08-14', '2027-08-15']);
    expect(seriesDates('2027-01-01', { every: 'day', interval: 10, until: '2027-01-31' })).toEqual(['2027-01-01', '2027-01-11', '2027-01-21', '2027-01-31']);
  });
  it('repeats monthly on the same day, skipping months without it (as RRULE does)', () => {
    expect(seriesDates('2027-01-31', { every: 'month', count: 4 })).toEqual(['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31']);
    expect(seriesDates('2027-11-15', { every: 'month', interval: 2, until: '2028-04-01' })).toEqual(['2027-11-15', '2028-01-15', '2028-03-15']);
  });
  it('counts exceptions among COUNT, as RFC 5545 does', () => {
    const list = occurrencesOf({ start: '2027-08-02T10:00', repeat: { every: 'day', count: 5 }, except: ['2027-08-04'] }, zone);
    expect(list.map((o) => o.start.date)).toEqual(['2027-08-02', '2027-08-03', '2027-08-05', '2027-08-06']);
  });
  it('moves an occurrence that falls in the spring gap forward by the gap', () => {
    const list = occurrencesOf({ start: '2027-03-21T02:30', repeat: { every: 'week', count: 2 } }, zone);
    expect(list.map((o) => o.startInstant.toISOString())).toEqual(['2027-03-21T01:30:00.000Z', '2027-03-28T01:30:00.000Z']);
  });
  it('stops at the safety limit for endless-looking series', () => {
    expect(seriesDates('2027-01-01', { every: 'day', until: '2099-12-31' }).length).toBe(1000);
  });
});

describe('nextOccurrence', () => {
  it('finds the first one not yet over', () => {
    const list = occurrencesOf({ start: '2027-03-12T19:00', end: '2027-03-12T21:30', dates: ['2027-03-13T19:00'] }, zone);
    expect(nextOccurrence(list, new Date('2027-03-12T19:00:00Z'))?.key).toBe('20270312T1900');
    expect(nextOccurrence(list, new Date('2027-03-12T21:00:00Z'))?.key).toBe('20270313T1900');
    expect(nextOccurrence(list, new Date('2027-04-01T00:00:00Z'))).toBeUndefined();
  });
});
