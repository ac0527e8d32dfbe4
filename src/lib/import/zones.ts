/**
 * Time-zone names as calendar programs write them → IANA names: IANA itself, Windows names
 * ("W. Europe Standard Time", through windows-iana), Mozilla-style prefixes, Outlook's display
 * names with their "(UTC+01:00)" offset, and the custom names of Exchange ("Customized Time Zone").
 */
import { findIana, WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { offsetAt } from '../time.ts';
import { isTimeZone } from '../entry-checks.ts';

/** Windows zones whose first IANA name is not the one a Scandinavian reader expects. */
const preferredInWindowsZone: Record<string, string[]> = {
  'W. Europe Standard Time': ['Europe/Stockholm', 'Europe/Oslo'],
};

/**
 * The IANA zone a TZID names, or undefined when it names none we can trust (then the caller uses the
 * file's VTIMEZONE, `X-WR-TIMEZONE` or the feed's default). `preferred` breaks ties within a Windows zone.
 */
export function ianaZone(tzid: string | undefined, preferred?: string): string | undefined {
  if (!tzid) return undefined;
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (isTimeZone(name)) return name;
  // "/mozilla.org/20050126_1/Europe/Berlin", "/citadel.org/20190914_1/Europe/Oslo"
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(name)?.[1];
  if (tail && isTimeZone(tail)) return tail;
  const windows = findIana(name);
  if (windows.length > 0) {
    const candidates = [...(preferred ? [preferred] : []), ...(preferredInWindowsZone[name] ?? [])];
    return candidates.find((zone) => windows.includes(zone as never)) ?? windows.find((zone) => isTimeZone(zone));
  }
  return undefined;
}

const words = (text: string) => new Set(text.toLowerCase().replace(/standard time|time/g, ' ').split(/[^a-z]+/).filter((w) => w.length > 1));

/** The smaller of a zone's January and July offsets, in minutes: its standard time. */
function standardOffset(zone: string): number {
  const minutes = (instant: Date) => {
    const [, sign, h, m] = /([+-])(\d{2}):(\d{2})/.exec(offsetAt(instant, zone)) ?? ['', '+', '00', '00'];
    return (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(m));
  };
  return Math.min(minutes(new Date(Date.UTC(2027, 0, 15))), minutes(new Date(Date.UTC(2027, 6, 15))));
}

/**
 * Outlook's display names ("(UTC+10:00) Canberra, Melbourne, Sydney", "(UTC-05:00) Eastern Time
 * (US & Canada)") → the IANA zone: a city the name lists, else the Windows zone with that standard
 * offset whose name shares the most words with it.
 */
export function displayNameZone(tzid: string | undefined): string | undefined {
  const match = /^"?\((?:UTC|GMT)\s*(?:([+-])(\d{1,2}):?(\d{2}))?\)\s*(.+?)"?$/.exec(tzid?.trim() ?? '');
  if (!match) return undefined;
  const offset = match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  const name = match[4]!;
  const cities = name.split(/\s*[,&()]\s*/).map((city) => city.trim().replace(/\s+/g, '_')).filter(Boolean);
  const zones = Intl.supportedValuesOf('timeZone');
  for (const city of cities) {
    const zone = zones.find((z) => z.toLowerCase().endsWith(`/${city.toLowerCase()}`));
    if (zone && standardOffset(zone) === offset) return zone;
  }
  const wanted = words(name);
  let best: { zone: string; score: number } | undefined;
  for (const { windowsName: windows, territory, iana } of WINDOWS_TO_IANA_MAP) {
    if (territory !== '001') continue;
    const zone = iana.find((z) => isTimeZone(z));
    if (!zone || standardOffset(zone) !== offset) continue;
    const score = [...words(windows)].filter((w) => wanted.has(w)).length;
    if (score > 0 && (!best || score > best.score)) best = { zone, score };
  }
  return best?.zone;
}

/**
 * Outlook's display names carry their standard offset: "(UTC+10:00) Canberra, Melbourne, Sydney".
 * Without a VTIMEZONE that is all the file says, so it becomes the fixed-offset zone `Etc/GMT-10`
 * — exact for the standard-time half of the year, and never silently the organiser's own zone.
 */
export function offsetZone(tzid: string | undefined): string | undefined {
  const match = /^\(?(?:UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d{2}))?\)?/.exec((tzid ?? '').replace(/^"/, ''));
  if (!match) return undefined;
  if (/^\(?(?:UTC|GMT)\)?\s/.test(tzid ?? '')) return 'UTC';
  if (match[3] && match[3] !== '00') return undefined;
  const hours = Number(match[2]);
  if (hours === 0) return 'UTC';
  // Etc/GMT signs are inverted: UTC+10 is Etc/GMT-10.
  return `Etc/GMT${match[1] === '+' ? '-' : '+'}${hours}`;
}
