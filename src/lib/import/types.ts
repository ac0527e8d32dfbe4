/** What every reader of a source (iCalendar, schema.org) hands the mapper: one event in neutral terms. */
import type { LocalMoment } from '../time.ts';
import type { RepeatRule } from '../occurrences.ts';
import type { Status } from '../taxonomy.ts';

/** A place as a source describes it; any part may be missing. */
export interface SourcePlace {
  name?: string | undefined;
  address?: string | undefined;
  postcode?: string | undefined;
  city?: string | undefined;
  /** ISO country code when the source gives one. */
  country?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
}

/** One occurrence, local to the event's `timezone`. */
export interface SourceOccurrence {
  start: LocalMoment;
  end?: LocalMoment | undefined;
}

export interface SourceEvent {
  /** Identity in the source: iCalendar UID, schema.org `@id` or URL. */
  uid: string;
  /** For a moved occurrence imported on its own: its original start (RECURRENCE-ID), local. */
  occurrence?: string | undefined;
  title: string;
  /** Markdown. */
  description: string;
  /** The event's own page. */
  url?: string | undefined;
  place?: SourcePlace | undefined;
  online?: string | undefined;
  categories: string[];
  status: Status;
  /** IANA zone the occurrences' local times are in; undefined when the source gives none (floating). */
  timezone?: string | undefined;
  /** Sorted; cancelled occurrences are left out. */
  occurrences: SourceOccurrence[];
  /** A series rule the `repeat` form may express; the mapper checks it against `occurrences`. */
  rule?: RepeatRule | undefined;
  /** The series has no end in the source: it was cut at the horizon. */
  unbounded?: boolean | undefined;
  price?: string | undefined;
  tickets?: string | undefined;
  image?: { url: string; alt?: string | undefined; credit?: string | undefined } | undefined;
  lang?: string | undefined;
  /** Names of the organisers the source gives (schema.org `organizer`), matched to organiser files by name. */
  organizers?: string[] | undefined;
  /** Where in the source this came from, for messages: `line 12` or `event 3`. */
  where: string;
}

/** A part of a source that could not be read: one line for the summary. */
export interface SourceProblem {
  where: string;
  message: string;
}

export interface ParsedSource {
  events: SourceEvent[];
  problems: SourceProblem[];
}

/** How to read a source's times: the zone for floating times, the horizon for unbounded series. */
export interface ReadOptions {
  /** Zone of floating times and of times the source gives in UTC. */
  defaultTimezone: string;
  now: Date;
  /** Series are expanded up to this day (inclusive). */
  horizon: string;
}
