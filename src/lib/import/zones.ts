/**
 * Time-zone names as calendar programs write them → IANA names: IANA itself, Windows names
 * ("W. Europe Standard Time", through windows-iana), Mozilla-style prefixes, Outlook's display
 * names with their "(UTC+01:00)" offset, and the custom names of Exchange ("Customized Time Zone").
 */
import { findIana } from 'windows-iana';
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
