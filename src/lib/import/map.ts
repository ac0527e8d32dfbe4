/**
 * A source event in Kulturbro's model (SPEC §1): the schedule in the nearest faithful form
 * (`start`/`end`, a `repeat` series with `except`, or `dates`), texts within their lengths with the
 * whole text kept in the body, categories through the taxonomy table.
 */
import { formatLocal, type LocalMoment } from '../time.ts';
import { MAX_OCCURRENCES, seriesDates, type RepeatRule } from '../occurrences.ts';
import type { EntryFields } from '../entry-file.ts';
import type { ContentLang, Discipline, EntryType } from '../taxonomy.ts';
import { classify } from './categories.ts';
import { plainText, shorten } from './text.ts';
import type { SourceEvent, SourceOccurrence } from './types.ts';

export type Schedule = Pick<EntryFields, 'start' | 'end' | 'dates' | 'repeat' | 'except'>;

const minutes = (o: SourceOccurrence) =>
  o.end === undefined ? undefined : Date.parse(`${o.end.date}T${o.end.time ?? '00:00'}Z`) - Date.parse(`${o.start.date}T${o.start.time ?? '00:00'}Z`);

/** Whether `rule` from `first` gives exactly these dates, missing ones being `except` days. */
function asRepeat(occurrences: readonly SourceOccurrence[], rule: RepeatRule): { repeat: RepeatRule; except: string[] } | undefined {
  const first = occurrences[0]!;
  if (occurrences.some((o) => o.start.time !== first.start.time || minutes(o) !== minutes(first))) return undefined;
  const last = occurrences.at(-1)!.start.date;
  const series = seriesDates(first.start.date, rule);
  if (series.length >= MAX_OCCURRENCES) return undefined;
  const inSeries = new Set(series);
  const dates = new Set(occurrences.map((o) => o.start.date));
  if (![...dates].every((date) => inSeries.has(date))) return undefined;
  // Days of the series the source leaves out (EXDATE, cancelled occurrences) up to its last one, or its end.
  const bound = rule.count !== undefined || rule.until !== undefined ? series.at(-1)! : last;
  const except = series.filter((date) => date <= bound && !dates.has(date));
  return { repeat: rule, except };
}

/**
 * The occurrences as SPEC §1 fields. Series the `repeat` form expresses stay series; the rest
 * (BYSETPOS, several rules, RDATEs, moved occurrences) become `dates`, each with the first one's length.
 */
export function scheduleOf(event: SourceEvent, now: Date): Schedule | undefined {
  let occurrences = event.occurrences;
  if (occurrences.length === 0) return undefined;
  const first = occurrences[0]!;
  if (occurrences.length === 1 && !event.rule) return { start: formatLocal(first.start), end: first.end && formatLocal(first.end) };
  if (event.rule) {
    const series = asRepeat(occurrences, event.rule);
    if (series) {
      return {
        start: formatLocal(first.start), end: first.end && formatLocal(first.end), repeat: series.repeat,
        ...(series.except.length ? { except: series.except } : {}),
      };
    }
  }
  if (occurrences.length === 1) return { start: formatLocal(first.start), end: first.end && formatLocal(first.end) };
  // Past occurrences of a very long run go first, so what is still to come fits the limit.
  if (occurrences.length > MAX_OCCURRENCES) {
    const today = now.toISOString().slice(0, 10);
    const upcoming = occurrences.filter((o) => (o.end ?? o.start).date >= today);
    occurrences = upcoming.slice(0, MAX_OCCURRENCES);
    if (occurrences.length === 0) return undefined;
  }
  const head = occurrences[0]!;
  return { start: formatLocal(head.start), end: head.end && formatLocal(head.end), dates: occurrences.slice(1).map((o) => formatLocal(o.start)) };
}

/** When the last occurrence is over, as a sortable local string (date, or date and time). */
export function lastLocalEnd(event: SourceEvent): LocalMoment | undefined {
  const last = event.occurrences.at(-1);
  if (!last) return undefined;
  return last.end ?? last.start;
}

export interface TextDefaults {
  lang: ContentLang;
  type?: EntryType | undefined;
  disciplines?: Discipline[] | undefined;
}

/** Title, summary, body, type and disciplines of an entry. */
export function textsOf(event: SourceEvent, defaults: TextDefaults) {
  const fullTitle = event.title.replace(/\s+/g, ' ').trim() || 'Untitled';
  const title = shorten(fullTitle, 140);
  const plain = plainText(event.description.split(/\n\s*\n/)[0] ?? '');
  const summary = shorten(plain || fullTitle, 280);
  const bodyParts = [
    ...(title !== fullTitle ? [`**${fullTitle.replace(/([*_\\[\]])/g, '\\$1')}**`] : []),
    event.description.trim(),
    ...(event.url ? [`<${event.url}>`] : []),
  ].filter(Boolean);
  const { type, disciplines } = classify(event.categories);
  const lang = ((['sv', 'nb', 'nn', 'en', 'se', 'sma', 'fi'] as const).find((l) => l === event.lang) ?? defaults.lang) as ContentLang;
  return {
    title, summary, lang, body: bodyParts.join('\n\n'),
    type: type ?? defaults.type ?? 'other',
    disciplines: disciplines.length > 0 ? disciplines : (defaults.disciplines ?? ['multidisciplinary']),
  };
}
