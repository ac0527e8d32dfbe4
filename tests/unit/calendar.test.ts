/** The month calendar: grids that start on Monday, which months get pages, what each day shows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds.ts';
import { catalogueOf } from '../helpers/ics.ts';
import {
  buildDay, calendarMonths, catalogueMonths, dayItems, deadlinesByDay, monthGrid, monthKey, neighbourMonths, shiftMonth,
} from '../../src/lib/calendar.ts';
import { addDays, daysInMonth, weekdayIndex } from '../../src/lib/time.ts';

describe('monthGrid', () => {
  it('lays out March 2027 (starting on a Monday) in five weeks', () => {
    const weeks = monthGrid({ year: 2027, month: 3 });
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toEqual({ date: '2027-03-01', inMonth: true });
    expect(weeks[4]!.map((d) => d.date)).toEqual(['2027-03-29', '2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02', '2027-04-03', '2027-04-04']);
    expect(weeks[4]!.map((d) => d.inMonth)).toEqual([true, true, true, false, false, false, false]);
  });

  it('pads August 2027 (starting on a Sunday) with the end of July, in six weeks', () => {
    const weeks = monthGrid({ year: 2027, month: 8 });
    expect(weeks).toHaveLength(6);
    expect(weeks[0]!.slice(0, 6).every((d) => !d.inMonth && d.date.startsWith('2027-07'))).toBe(true);
    expect(weeks[0]![6]).toEqual({ date: '2027-08-01', inMonth: true });
  });

  it('fits February 2027 exactly in four weeks', () => {
    const weeks = monthGrid({ year: 2027, month: 2 });
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((d) => d.inMonth)).toBe(true);
  });

  it('always gives whole weeks from Monday to Sunday that hold every day of the month once, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const days = monthGrid({ year, month }).flat();
        expect(days.length % 7).toBe(0);
        expect(weekdayIndex(days[0]!.date)).toBe(0);
        expect(weekdayIndex(days.at(-1)!.date)).toBe(6);
        days.slice(1).forEach((day, i) => expect(day.date).toBe(addDays(days[i]!.date, 1)));
        const inMonth = days.filter((d) => d.inMonth).map((d) => d.date);
        expect(inMonth).toHaveLength(daysInMonth(year, month));
        expect(inMonth.every((d) => d.startsWith(`${year}-${String(month).padStart(2, '0')}`))).toBe(true);
      }),
    );
  });
});

describe('which months get a page', () => {
  it('takes every month with something on, and two months either side of today', () => {
    const months = calendarMonths(['2027-07-04', '2027-03-12', '2027-07-01', '2028-02-29'], '2027-03-01');
    expect(months.map(monthKey)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-07', '2028-02']);
  });

  it('crosses the turn of the year around today', () => {
    expect(calendarMonths([], '2027-12-31').map(monthKey)).toEqual(['2027-10', '2027-11', '2027-12', '2028-01', '2028-02']);
    expect(shiftMonth({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
  });

  it('links to the nearest month with a page on either side, over months without one', () => {
    const months = calendarMonths(['2027-09-10'], '2027-03-01');
    expect(neighbourMonths(months, { year: 2027, month: 5 })).toEqual({ previous: { year: 2027, month: 4 }, next: { year: 2027, month: 9 } });
    expect(neighbourMonths(months, { year: 2027, month: 1 })).toEqual({ previous: undefined, next: { year: 2027, month: 2 } });
    expect(neighbourMonths(months, { year: 2027, month: 9 })).toEqual({ previous: { year: 2027, month: 5 }, next: undefined });
  });
});

describe('days of the fixture catalogue', () => {
  const catalogue = catalogueOf(builds.fixture.contentDir);
  const itemsOn = (date: string) => dayItems(date, catalogue.byDay.get(date), deadlinesByDay(catalogue.entries).get(date));
  const idsOn = (date: string) => itemsOn(date).map((item) => item.entry.id);

  it('marks the build day in Swedish and Norwegian time', () => {
    expect(buildDay(new Date('2027-03-01T12:00:00Z'))).toBe('2027-03-01');
    expect(buildDay(new Date('2027-02-28T23:30:00Z'))).toBe('2027-03-01');
  });

  it('puts a weekly series on each of its Tuesdays and not on its exception', () => {
    const series = '2027-02-02-vecko-verkstad';
    for (let day = '2027-02-02'; day <= '2027-05-25'; day = addDays(day, 7)) {
      expect(idsOn(day).includes(series), day).toBe(day !== '2027-03-30');
    }
    expect(idsOn('2027-02-03')).not.toContain(series);
    expect(itemsOn('2027-02-09').find((i) => i.entry.id === series)).toMatchObject({ kind: 'occurrence', time: '18:00', continues: false });
  });

  it('gives every month with something on a page, and the months around the build', () => {
    const keys = catalogueMonths(catalogue).map(monthKey);
    for (const day of catalogue.byDay.keys()) expect(keys).toContain(day.slice(0, 7));
    for (const key of ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05']) expect(keys).toContain(key);
  });

  it('shows a multi-day entry on each of its days, as continuing after the first', () => {
    const multiDay = catalogue.entries.find((e) => e.occurrences.some((o) => (o.end?.date ?? o.start.date) > o.start.date))!;
    const occurrence = multiDay.occurrences.find((o) => (o.end?.date ?? o.start.date) > o.start.date)!;
    expect(itemsOn(occurrence.start.date).find((i) => i.entry === multiDay)?.continues).toBe(false);
    const second = addDays(occurrence.start.date, 1);
    expect(itemsOn(second).find((i) => i.entry === multiDay)).toMatchObject({ continues: true, time: undefined });
  });

  it('lists a deadline on its day, after what happens that day', () => {
    const withDeadline = catalogue.entries.find((e) => e.deadline)!;
    const items = itemsOn(withDeadline.deadline!.local.date);
    expect(items.at(-1)).toMatchObject({ entry: withDeadline, kind: 'deadline' });
  });
});

describe('dayItems order', () => {
  const catalogue = catalogueOf(builds.fixture.contentDir);
  const [a, b, c] = catalogue.entries.filter((e) => e.occurrences.length > 0);

  it('puts continuing and all-day items first, then by start time, deadlines last', () => {
    const at = (entry: typeof a, date: string, time?: string) => ({
      entry: entry!,
      occurrence: { ...entry!.occurrences[0]!, allDay: time === undefined, start: time ? { date, time } : { date } },
    });
    const items = dayItems('2027-05-05', [at(a, '2027-05-05', '19:00'), at(b, '2027-05-04', '10:00'), at(c, '2027-05-05', '09:30')], [a!]);
    expect(items.map((i) => [i.entry.id, i.kind, i.time, i.continues])).toEqual([
      [b!.id, 'occurrence', undefined, true],
      [c!.id, 'occurrence', '09:30', false],
      [a!.id, 'occurrence', '19:00', false],
      [a!.id, 'deadline', a!.deadline?.local.time, false],
    ]);
  });
});
