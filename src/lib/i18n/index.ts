/** UI text and date formatting per UI language. */
import { TZDate } from '@date-fns/tz';
// Deep imports: date-fns' index modules load all 250 functions and 100 locales, and Node reads
// date-fns' 200 KB package.json once per module it loads (~1.8 s per process, docs/performance.md).
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import { enGB } from 'date-fns/locale/en-GB';
import { nb as nbLocale } from 'date-fns/locale/nb';
import { sv as svLocale } from 'date-fns/locale/sv';
import { sv, type Messages } from './sv.ts';
import { nb } from './nb.ts';
import { en } from './en.ts';
import type { UiLang } from '../taxonomy.ts';
import type { LocalDate, LocalMoment } from '../time.ts';

export type { Messages };
export const messages: Record<UiLang, Messages> = { sv, nb, en };
export const dateLocales: Record<UiLang, Locale> = { sv: svLocale, nb: nbLocale, en: enGB };

export function t(lang: UiLang): Messages {
  return messages[lang];
}

// Local dates are formatted as they are written, never through the build machine's time zone.
function asUtcDate(date: LocalDate, time = '00:00'): TZDate {
  return new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5)), 'UTC');
}

const formatCache = new Map<string, string>();
function cached(key: string, compute: () => string): string {
  let value = formatCache.get(key);
  if (value === undefined) {
    value = compute();
    formatCache.set(key, value);
  }
  return value;
}

const patterns: Record<UiLang, { long: string; date: string; short: string }> = {
  sv: { long: 'EEEE d MMMM yyyy', date: 'd MMMM yyyy', short: 'EEE d MMM yyyy' },
  nb: { long: 'EEEE d. MMMM yyyy', date: 'd. MMMM yyyy', short: 'EEE d. MMM yyyy' },
  en: { long: 'EEEE d MMMM yyyy', date: 'd MMMM yyyy', short: 'EEE d MMM yyyy' },
};

const capitalise = (text: string) => text.replace(/^\p{L}/u, (c) => c.toUpperCase());

function formatWith(kind: keyof (typeof patterns)[UiLang], date: LocalDate, lang: UiLang): string {
  return cached(`${kind}|${lang}|${date}`, () => format(asUtcDate(date), patterns[lang][kind], { locale: dateLocales[lang] }));
}

/** "Lördag 12 juni 2027" / "Saturday 12 June 2027": day headings. */
export function formatDayLong(date: LocalDate, lang: UiLang): string {
  return capitalise(formatWith('long', date, lang));
}

/** "12 juni 2027". */
export function formatDate(date: LocalDate, lang: UiLang): string {
  return formatWith('date', date, lang);
}

/** "lör 12 juni 2027": compact, for lists of dates. */
export function formatDateShort(date: LocalDate, lang: UiLang): string {
  return formatWith('short', date, lang);
}

/** Day of month and short month ("12", "juni" → "jun"): a card's date badge. */
export function formatBadgeDate(date: LocalDate, lang: UiLang): { day: string; month: string } {
  const month = cached(`badge|${lang}|${date.slice(0, 7)}`, () => format(asUtcDate(date), 'LLL', { locale: dateLocales[lang] }).replace(/\.$/, ''));
  return { day: String(Number(date.slice(8, 10))), month };
}

export function formatMonth(year: number, month: number, lang: UiLang): string {
  const date = `${year}-${String(month).padStart(2, '0')}-01`;
  return cached(`month|${lang}|${date}`, () => capitalise(format(asUtcDate(date), 'LLLL yyyy', { locale: dateLocales[lang] })));
}

/** A time of day in 24-hour form as each language writes it: "19.00" (sv, nb), "19:00" (en). */
export function formatClock(time: string, lang: UiLang): string {
  return lang === 'en' ? time : time.replace(':', '.');
}

/** "kl. 19.00" / "19:00". */
export function formatTime(time: string, lang: UiLang): string {
  return lang === 'en' ? time : `kl. ${formatClock(time, lang)}`;
}

/** A start–end span, as short as it can be read: same day → one date, two times. */
export function formatSpan(start: LocalMoment, end: LocalMoment | undefined, lang: UiLang, allDayLabel: string): string {
  const startText = formatDate(start.date, lang);
  if (!start.time) {
    if (!end || end.date === start.date) return `${startText}, ${allDayLabel.toLowerCase()}`;
    return `${startText} – ${formatDate(end.date, lang)}`;
  }
  if (!end?.time) return `${startText} ${formatTime(start.time, lang)}`;
  if (end.date === start.date) return `${startText} ${formatTime(start.time, lang)}–${formatClock(end.time, lang)}`;
  return `${startText} ${formatTime(start.time, lang)} – ${formatDate(end.date, lang)} ${formatTime(end.time, lang)}`;
}
