import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, buildNow, daysBetween, instantToLocal, localToInstant, offsetAt, parseLocal, shiftedInstant,
  startOfLocalDay, weekdayIndex,
} from '../../src/lib/time.ts';

const utc = (date: Date | undefined) => date?.toISOString();

describe('parseLocal', () => {
  it('reads dates and local times', () => {
    expect(parseLocal('2027-06-12')).toEqual({ date: '2027-06-12' });
    expect(parseLocal('2027-06-12T19:00')).toEqual({ date: '2027-06-12', time: '19:00' });
  });
  it('rejects impossible dates and other forms', () => {
    for (const bad of ['2027-02-29', '2027-02-30', '2027-13-01', '2027-06-31', '2027-06-12T24:00', '2027-06-12T19:60', '2027-06-12 19:00', '2027-06-12T19:00:00', '2027-06-12T19:00+01:00', '12/06/2027']) {
      expect(parseLocal(bad), bad).toBeUndefined();
    }
  });
  it('accepts 29 February in leap years only', () => {
    expect(parseLocal('2028-02-29')).toEqual({ date: '2028-02-29' });
    expect(parseLocal('2100-02-29')).toBeUndefined();
    expect(parseLocal('2000-02-29')).toEqual({ date: '2000-02-29' });
  });
});

describe('localToInstant', () => {
  for (const zone of ['Europe/Stockholm', 'Europe/Oslo']) {
    describe(zone, () => {
      it('uses +01:00 in winter and +02:00 in summer', () => {
        expect(utc(localToInstant('2027-01-15', '19:00', zone))).toBe('2027-01-15T18:00:00.000Z');
        expect(utc(localToInstant('2027-07-15', '19:00', zone))).toBe('2027-07-15T17:00:00.000Z');
      });
      it('handles the spring-forward night: 02:00–02:59 does not exist', () => {
        expect(utc(localToInstant('2027-03-28', '01:59', zone))).toBe('2027-03-28T00:59:00.000Z');
        expect(localToInstant('2027-03-28', '02:00', zone)).toBeUndefined();
        expect(localToInstant('2027-03-28', '02:30', zone)).toBeUndefined();
        expect(utc(localToInstant('2027-03-28', '03:00', zone))).toBe('2027-03-28T01:00:00.000Z');
        expect(utc(localToInstant('2027-03-28', '15:00', zone))).toBe('2027-03-28T13:00:00.000Z');
      });
      it('handles the fall-back night: a repeated time means its first occurrence', () => {
        expect(utc(localToInstant('2027-10-31', '01:30', zone))).toBe('2027-10-30T23:30:00.000Z');
        expect(utc(localToInstant('2027-10-31', '02:30', zone))).toBe('2027-10-31T00:30:00.000Z');
        expect(utc(localToInstant('2027-10-31', '03:00', zone))).toBe('2027-10-31T02:00:00.000Z');
        expect(utc(localToInstant('2027-10-31', '16:00', zone))).toBe('2027-10-31T15:00:00.000Z');
      });
      it('moves series times in the gap forward by the gap', () => {
        expect(utc(shiftedInstant('2027-03-28', '02:30', zone))).toBe('2027-03-28T01:30:00.000Z');
      });
      it('finds midnight and the offset at an instant', () => {
        expect(utc(startOfLocalDay('2027-07-01', zone))).toBe('2027-06-30T22:00:00.000Z');
        expect(offsetAt(new Date('2027-01-01T12:00:00Z'), zone)).toBe('+01:00');
        expect(offsetAt(new Date('2027-07-01T12:00:00Z'), zone)).toBe('+02:00');
      });
      it('shows an instant as wall-clock time', () => {
        expect(instantToLocal(new Date('2027-10-31T00:30:00Z'), zone)).toEqual({ date: '2027-10-31', time: '02:30' });
        expect(instantToLocal(new Date('2027-10-31T01:30:00Z'), zone)).toEqual({ date: '2027-10-31', time: '02:30' });
      });
    });
  }
});

describe('calendar arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(daysBetween('2027-07-01', '2027-07-04')).toBe(3);
  });
  it('keeps the day of month or reports its absence', () => {
    expect(addMonths('2027-01-31', 1)).toBeUndefined();
    expect(addMonths('2027-01-31', 2)).toBe('2027-03-31');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
  });
  it('numbers weekdays from Monday', () => {
    expect(weekdayIndex('2027-02-01')).toBe(0);
    expect(weekdayIndex('2027-02-07')).toBe(6);
  });
});

describe('buildNow', () => {
  it('takes KULTURBRO_NOW when set', () => {
    expect(buildNow({ KULTURBRO_NOW: '2027-03-01T12:00:00Z' }).toISOString()).toBe('2027-03-01T12:00:00.000Z');
  });
  it('rejects a malformed KULTURBRO_NOW', () => {
    expect(() => buildNow({ KULTURBRO_NOW: 'tomorrow' })).toThrow(/KULTURBRO_NOW/);
  });
});
