import { describe, expect, it } from 'vitest';
import { journeyPlannerLink } from '../../src/lib/transit.ts';

const arvika = { name: 'Arvika Konsthall', city: 'Arvika', country: 'SE' as const, lat: 59.654, lon: 12.591 };
const hamar = { name: 'Hamar & Co scene', city: 'Hamar', country: 'NO' as const, lat: 60.794, lon: 11.068 };

describe('journey planners', () => {
  it('opens ResRobot for a Swedish venue with the venue as the destination (micro-degrees, HAFAS triple id)', () => {
    const link = journeyPlannerLink(arvika)!;
    expect(link.planner).toBe('Resrobot');
    const url = new URL(link.href);
    expect(url.origin + url.pathname).toBe('https://reseplanerare.resrobot.se/bin/query.exe/sn');
    expect(url.searchParams.get('ZID')).toBe('A=16@X=12591000@Y=59654000@O=Arvika Konsthall, Arvika');
    // No origin and no start=1: ResRobot shows its form with the destination filled in.
    expect(url.searchParams.has('start')).toBe(false);
    expect(url.searchParams.has('S')).toBe(false);
  });

  it('keeps @ out of the place name, which would break the triple id', () => {
    const url = new URL(journeyPlannerLink({ ...arvika, name: 'Scen @ Kajen' })!.href);
    expect(url.searchParams.get('ZID')!.split('@')).toHaveLength(4);
  });

  it('opens Entur for a Norwegian venue with stop coordinates and label', () => {
    const link = journeyPlannerLink(hamar)!;
    expect(link.planner).toBe('Entur');
    const url = new URL(link.href);
    expect(url.origin + url.pathname).toBe('https://entur.no/travel-result');
    expect(Object.fromEntries(url.searchParams)).toEqual({ stopLabel: 'Hamar & Co scene, Hamar', stopLat: '60.794', stopLon: '11.068' });
    expect(link.href).toContain('Hamar+%26+Co');
  });

  it('falls back to the planner’s front page without coordinates', () => {
    expect(journeyPlannerLink({ ...arvika, lat: undefined, lon: undefined })?.href).toBe('https://www.resrobot.se/');
    expect(journeyPlannerLink({ ...hamar, lat: undefined, lon: undefined })?.href).toBe('https://entur.no/');
  });

  it('offers none for other countries', () => {
    expect(journeyPlannerLink({ ...arvika, country: 'DK' })).toBeUndefined();
  });

  it('rounds coordinates to whole micro-degrees', () => {
    const url = new URL(journeyPlannerLink({ ...arvika, lat: 59.1234567, lon: 12.0000004 })!.href);
    expect(url.searchParams.get('ZID')).toMatch(/^A=16@X=12000000@Y=59123457@O=/);
  });
});
