/**
 * The one view of all content that pages, feeds, the search index and the calendar share:
 * references resolved, occurrences expanded, sorted and grouped by facet. Built once per build.
 */
import type { Content } from './content.ts';
import type { EntryData, OrganiserData, VenueData } from '../schema/index.ts';
import {
  isOpportunityType, regions, type AccessibilityFeature, type Country, type Discipline, type EntryType,
  type RegionId, type UiLang,
} from './taxonomy.ts';
import { nextOccurrence, occurrencesOf, daysCovered, type Occurrence } from './occurrences.ts';
import { localToInstant, instantToLocal, parseLocal, type LocalDate, type LocalMoment } from './time.ts';

export interface Organiser {
  id: string;
  data: OrganiserData;
  body?: string | undefined;
}

export interface Venue {
  id: string;
  data: VenueData;
  body?: string | undefined;
}

export interface Deadline {
  local: LocalMoment;
  /** The last moment to apply; a date alone means 23:59 local time. */
  instant: Date;
}

export interface Entry {
  id: string;
  data: EntryData;
  kind: 'event' | 'opportunity';
  timezone: string;
  organisers: Organiser[];
  venue?: Venue | undefined;
  regions: RegionId[];
  countries: Country[];
  occurrences: Occurrence[];
  deadline?: Deadline | undefined;
  /** Organisers come from both Sweden and Norway. */
  coProduction: boolean;
  /** The entry's own features and its venue's. */
  accessibility: AccessibilityFeature[];
  /** Nothing about it lies ahead any more: every occurrence has ended and the deadline has passed. */
  past: boolean;
  /** The moment it is listed under among upcoming things: its next occurrence, else its deadline. */
  listedAt?: { date: LocalDate; instant: Date } | undefined;
  /** When the last thing about it is over (last end or deadline): the feeds' 90-day window. */
  lastInstant?: Date | undefined;
}

export interface CatalogueInput {
  events: { id: string; data: EntryData; timezone: string }[];
  organisers: Organiser[];
  venues: Venue[];
}

export interface Catalogue {
  now: Date;
  /** Every entry, by first date (entries without dates last, by deadline). */
  entries: Entry[];
  byId: Map<string, Entry>;
  /** Not yet past, in the order they are listed. */
  upcoming: Entry[];
  /** Past entries, most recent first. */
  past: Entry[];
  /** Opportunities one can still apply to (deadline ahead, or none and not over), soonest deadline first. */
  openOpportunities: Entry[];
  organisers: Map<string, Organiser>;
  venues: Map<string, Venue>;
  byRegion: Map<RegionId, Entry[]>;
  byDiscipline: Map<Discipline, Entry[]>;
  byType: Map<EntryType, Entry[]>;
  byOrganiser: Map<string, Entry[]>;
  byVenue: Map<string, Entry[]>;
  /** Every local day with something on, to the occurrences that cover it. */
  byDay: Map<LocalDate, { entry: Entry; occurrence: Occurrence }[]>;
}

function deadlineOf(data: EntryData, zone: string): Deadline | undefined {
  const local = data.deadline ? parseLocal(data.deadline) : undefined;
  if (!local) return undefined;
  const moment = { date: local.date, time: local.time ?? '23:59' };
  const instant = localToInstant(moment.date, moment.time, zone);
  return instant ? { local, instant } : undefined;
}

function resolveEntry(
  source: CatalogueInput['events'][number],
  organisers: Map<string, Organiser>,
  venues: Map<string, Venue>,
  now: Date,
): Entry {
  const { data, timezone } = source;
  const entryOrganisers = data.organisers.map((id) => organisers.get(id)).filter((o): o is Organiser => o !== undefined);
  const venue = data.venue ? venues.get(data.venue) : undefined;
  const regionIds = data.regions ?? (venue ? [venue.data.region] : []);
  const occurrences = occurrencesOf(data, timezone);
  const deadline = deadlineOf(data, timezone);
  const organiserCountries = new Set(entryOrganisers.map((o) => o.data.country));
  const countries = [...new Set<Country>([...regionIds.map((r) => regions[r].country), ...(venue ? [venue.data.country] : [])])];
  const next = nextOccurrence(occurrences, now);
  const deadlineOpen = deadline !== undefined && deadline.instant > now;
  const lastEnd = occurrences.at(-1)?.endInstant;
  const lastInstant = [lastEnd, deadline?.instant].filter((d): d is Date => d !== undefined).sort((a, b) => b.getTime() - a.getTime())[0];
  const undated = occurrences.length === 0 && deadline === undefined;
  const past = !undated && !next && !deadlineOpen;
  let listedAt: Entry['listedAt'];
  if (next) {
    // An entry that is on right now is listed today, not on the day it began.
    const started = next.startInstant <= now;
    listedAt = { date: started ? instantToLocal(now, timezone).date : next.start.date, instant: started ? now : next.startInstant };
  } else if (deadlineOpen) {
    listedAt = { date: deadline.local.date, instant: deadline.instant };
  }
  return {
    id: source.id,
    data,
    kind: isOpportunityType(data.type) ? 'opportunity' : 'event',
    timezone,
    organisers: entryOrganisers,
    venue,
    regions: regionIds,
    countries,
    occurrences,
    deadline,
    coProduction: organiserCountries.has('SE') && organiserCountries.has('NO'),
    accessibility: [...new Set([...(venue?.data.accessibility ?? []), ...(data.accessibility ?? [])])],
    past,
    listedAt,
    lastInstant,
  };
}

function groupBy<Key>(entries: Entry[], keys: (entry: Entry) => readonly Key[]): Map<Key, Entry[]> {
  const groups = new Map<Key, Entry[]>();
  for (const entry of entries) {
    for (const key of keys(entry)) {
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  return groups;
}

const firstInstant = (entry: Entry) => (entry.occurrences[0]?.startInstant ?? entry.deadline?.instant)?.getTime() ?? Infinity;

/** The catalogue's input from content read straight from disk (src/lib/content.ts) rather than from Astro's collections. */
export function catalogueInput(content: Pick<Content, 'events' | 'organisers' | 'venues'>): CatalogueInput {
  return {
    events: content.events.map((e) => ({ id: e.id, data: e.data, timezone: e.timezone })),
    organisers: content.organisers.map((o) => ({ id: o.id, data: o.data })),
    venues: content.venues.map((v) => ({ id: v.id, data: v.data })),
  };
}

export function buildCatalogue(input: CatalogueInput, now: Date): Catalogue {
  const organisers = new Map(input.organisers.map((o) => [o.id, o]));
  const venues = new Map(input.venues.map((v) => [v.id, v]));
  const entries = input.events
    .map((source) => resolveEntry(source, organisers, venues, now))
    .sort((a, b) => firstInstant(a) - firstInstant(b) || a.id.localeCompare(b.id));
  const upcoming = entries
    .filter((e) => !e.past)
    .sort((a, b) => (a.listedAt?.instant.getTime() ?? Infinity) - (b.listedAt?.instant.getTime() ?? Infinity) || a.id.localeCompare(b.id));
  const past = entries.filter((e) => e.past).reverse();
  // Open for applications: a passed deadline closes an opportunity even when its activity lies ahead.
  const openOpportunities = upcoming
    .filter((e) => e.kind === 'opportunity' && (!e.deadline || e.deadline.instant > now))
    .sort((a, b) => (a.deadline?.instant.getTime() ?? Infinity) - (b.deadline?.instant.getTime() ?? Infinity) || a.id.localeCompare(b.id));
  const byDay = new Map<LocalDate, { entry: Entry; occurrence: Occurrence }[]>();
  for (const entry of entries) {
    for (const occurrence of entry.occurrences) {
      for (const day of daysCovered(occurrence)) {
        const list = byDay.get(day);
        if (list) list.push({ entry, occurrence });
        else byDay.set(day, [{ entry, occurrence }]);
      }
    }
  }
  return {
    now,
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    upcoming,
    past,
    openOpportunities,
    organisers,
    venues,
    byRegion: groupBy(entries, (e) => e.regions),
    byDiscipline: groupBy(entries, (e) => e.data.disciplines),
    byType: groupBy(entries, (e) => [e.data.type]),
    byOrganiser: groupBy(entries, (e) => e.data.organisers),
    byVenue: groupBy(entries, (e) => (e.data.venue ? [e.data.venue] : [])),
    byDay,
  };
}

/** Title and summary in a UI language, with the language they are actually written in. */
export function localizedText(entry: Entry, lang: UiLang) {
  const translation = entry.data.translations?.[lang];
  return {
    title: translation?.title ?? entry.data.title,
    titleLang: translation?.title ? lang : entry.data.lang,
    summary: translation?.summary ?? entry.data.summary,
    summaryLang: translation?.summary ? lang : entry.data.lang,
  };
}

export function organiserName(organiser: Organiser, lang: UiLang): string {
  return organiser.data.translations?.[lang]?.name ?? organiser.data.name;
}
