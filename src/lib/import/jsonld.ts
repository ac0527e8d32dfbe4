/**
 * Web pages with schema.org `Event` JSON-LD → `SourceEvent`s: `@graph`, arrays, Event subtypes,
 * `EventSeries`/`subEvent`, `eventStatus`, `location` (Place, PostalAddress, geo, VirtualLocation),
 * `offers`, `image`, `inLanguage`. Lenient the way real pages need: HTML comments and trailing commas
 * inside the block, `type` without `@`, dates without zero padding, prices with decimal commas.
 */
import { instantToLocal, parseLocal, type LocalMoment } from '../time.ts';
import { contentLangs } from '../taxonomy.ts';
import { htmlToMarkdown, httpsOrUndefined } from './text.ts';
import { microdataItems } from './microdata.ts';
import type { ParsedSource, ReadOptions, SourceEvent, SourcePlace, SourceProblem } from './types.ts';

type Node = Record<string, unknown>;

const asArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);
const field = (node: Node, name: string): unknown => node[name] ?? node[`@${name}`] ?? node[`schema:${name}`];
const str = (value: unknown): string | undefined => {
  const first = asArray(value)[0];
  if (typeof first === 'string') return first.trim() || undefined;
  if (typeof first === 'number') return String(first);
  if (isNode(first)) return str(first['@value'] ?? first.name);
  return undefined;
};
const typesOf = (node: Node) => asArray(field(node, 'type')).map((t) => String(t).replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));

/** schema.org's Event subtypes in Kulturbro's words (types and disciplines of taxonomy.ts). */
const subtypeWords: Record<string, string[]> = {
  MusicEvent: ['concert', 'music'], TheaterEvent: ['performance', 'theatre'], DanceEvent: ['performance', 'dance'],
  ScreeningEvent: ['screening', 'film'], ExhibitionEvent: ['exhibition'], VisualArtsEvent: ['exhibition', 'visual-art'],
  LiteraryEvent: ['reading', 'literature'], Festival: ['festival'], ComedyEvent: ['performance'], EducationEvent: ['workshop'],
  SocialEvent: ['meetup'], ChildrensEvent: [], SaleEvent: ['market'],
};

/** Event, its subtypes (MusicEvent, TheaterEvent, Festival…) and EventSeries. */
const isEvent = (node: Node) => typesOf(node).some((type) => /Event$|^Festival$|^EventSeries$/.test(type));

const entityDecode = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&(?:quot|#34);/g, '"').replace(/&(?:apos|#39);/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The JSON-LD blocks of a page, each parsed leniently; one that is not JSON is a problem with its number. */
function blocks(html: string, problems: SourceProblem[]): unknown[] {
  const found: unknown[] = [];
  const pattern = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
  let index = 0;
  for (const match of html.matchAll(pattern)) {
    index++;
    const line = html.slice(0, match.index).split('\n').length;
    const raw = match[1]!.replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*\/\/.*$/gm, '').trim();
    const cleaned = raw.replace(/,\s*([}\]])/g, '$1');
    try {
      found.push(JSON.parse(cleaned));
    } catch {
      try {
        found.push(JSON.parse(entityDecode(cleaned)));
      } catch (error) {
        problems.push({ where: `line ${line} (JSON-LD block ${index})`, message: `is not valid JSON: ${(error as Error).message}` });
      }
    }
  }
  return found;
}

/** Every node of the blocks, through `@graph` and arrays, nested events included. */
function eventNodes(value: unknown): Node[] {
  const nodes: Node[] = [];
  const visit = (item: unknown) => {
    for (const node of asArray(item)) {
      if (!isNode(node)) continue;
      if (node['@graph']) visit(node['@graph']);
      if (isEvent(node)) nodes.push(node);
    }
  };
  visit(value);
  return nodes;
}

const dateTime = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** A schema.org date as wall clock in `zone`: an offset is honoured, a time without one is local. */
export function schemaMoment(value: unknown, zone: string): LocalMoment | undefined {
  const match = dateTime.exec(String(str(value) ?? '').trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, , offset] = match;
  const date = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  if (h === undefined) return parseLocal(date);
  const time = `${h.padStart(2, '0')}:${mi}`;
  if (!parseLocal(`${date}T${time}`)) return undefined;
  if (!offset) return { date, time };
  const sign = offset.toUpperCase() === 'Z' ? 0 : offset.startsWith('-') ? -1 : 1;
  const digits = offset.replace(/[^0-9]/g, '').padEnd(4, '0');
  const minutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  const instant = new Date(Date.parse(`${date}T${time}:00Z`) - minutes * 60_000);
  return instantToLocal(instant, zone);
}

function placeOf(location: unknown): { place?: SourcePlace | undefined; online?: string | undefined } {
  const result: { place?: SourcePlace | undefined; online?: string | undefined } = {};
  for (const item of asArray(location)) {
    if (typeof item === 'string') {
      result.place ??= { name: item };
      continue;
    }
    if (!isNode(item)) continue;
    if (typesOf(item).includes('VirtualLocation')) {
      result.online ??= httpsOrUndefined(str(item.url));
      continue;
    }
    const address = item.address;
    const postal = isNode(address) ? address : undefined;
    const geo = isNode(item.geo) ? item.geo : undefined;
    const place: SourcePlace = {
      name: str(item.name),
      address: postal ? str(postal.streetAddress) : str(address),
      postcode: postal ? str(postal.postalCode) : undefined,
      city: postal ? str(postal.addressLocality) : undefined,
      country: postal ? str(isNode(postal.addressCountry) ? postal.addressCountry.name : postal.addressCountry) : undefined,
    };
    const lat = Number(geo?.latitude);
    const lon = Number(geo?.longitude);
    if (geo && Number.isFinite(lat) && Number.isFinite(lon)) Object.assign(place, { lat, lon });
    result.place ??= place;
  }
  return result;
}

/** `offers` → price text (`free`, `150 SEK`, `13.00 USD / 299.00 USD`) and a ticket link. */
function offersOf(offers: unknown): { price?: string; tickets?: string } {
  const prices: string[] = [];
  let tickets: string | undefined;
  for (const offer of asArray(offers).filter(isNode)) {
    const raw = str(offer.price ?? offer.lowPrice);
    const amount = raw === undefined ? undefined : Number(raw.replace(/\s/g, '').replace(/,(\d{1,2})$/, '.$1').replace(/[^0-9.]/g, ''));
    const currency = ({ kr: 'SEK', ':-': 'SEK', '€': 'EUR', $: 'USD', '£': 'GBP' } as Record<string, string>)[str(offer.priceCurrency)?.toLowerCase() ?? ''] ?? str(offer.priceCurrency);
    if (amount === 0) prices.push('free');
    else if (amount !== undefined && Number.isFinite(amount)) prices.push(`${raw!.replace(/[^0-9.,]/g, '')}${currency ? ` ${currency}` : ''}`);
    tickets ??= httpsOrUndefined(str(offer.url));
  }
  const unique = [...new Set(prices)];
  return { ...(unique.length ? { price: unique.includes('free') && unique.length === 1 ? 'free' : unique.filter((p) => p !== 'free').join(' / ') } : {}), ...(tickets ? { tickets } : {}) };
}

function imageOf(image: unknown, title: string): SourceEvent['image'] {
  const first = asArray(image)[0];
  const url = httpsOrUndefined(typeof first === 'string' ? first : isNode(first) ? str(first.url ?? first.contentUrl) : undefined);
  if (!url) return undefined;
  const alt = isNode(first) ? (str(first.caption) ?? str(first.description) ?? str(first.name)) : undefined;
  const credit = isNode(first) ? (str(isNode(first.author) ? first.author.name : first.author) ?? str(first.creditText) ?? str(first.copyrightHolder)) : undefined;
  return { url, alt: alt ?? title, ...(credit ? { credit } : {}) };
}

const statusOf = (value: unknown): SourceEvent['status'] => {
  const status = str(value) ?? '';
  return /EventCancelled$/.test(status) ? 'cancelled' : /EventPostponed$/.test(status) ? 'postponed' : 'scheduled';
};

function langOf(value: unknown): string | undefined {
  const tag = (str(isNode(value) ? value.alternateName ?? value.name : value) ?? '').toLowerCase();
  const base = tag.split(/[-_]/)[0]!;
  const mapped = base === 'no' ? 'nb' : base;
  return (contentLangs as readonly string[]).includes(mapped) ? mapped : undefined;
}

/** One Event node (with what its series says, for sub-events) → a source event. */
function readEvent(node: Node, inherited: Node, options: ReadOptions, where: string, problems: SourceProblem[]): SourceEvent | undefined {
  const get = (name: string) => field(node, name) ?? field(inherited, name);
  const title = entityDecode(str(get('name')) ?? '');
  const start = schemaMoment(get('startDate'), options.defaultTimezone);
  if (!start) {
    problems.push({ where, message: `Event "${title}" has no readable startDate (got ${JSON.stringify(str(get('startDate')) ?? null)}) and was left out` });
    return undefined;
  }
  const end = schemaMoment(get('endDate'), options.defaultTimezone);
  const description = str(get('description')) ?? '';
  const { place, online } = placeOf(get('location'));
  const uid = str(node['@id']) ?? str(node.url) ?? `${title}|${str(get('startDate'))}`;
  const categories = [...asArray(get('keywords')).flatMap((k) => String(k).split(',')), ...asArray(get('genre')).map(String), ...typesOf(node).flatMap((t) => subtypeWords[t] ?? [])];
  return {
    uid,
    title,
    description: /<\/?[a-z][^>]*>/i.test(description) ? htmlToMarkdown(description) : entityDecode(description),
    url: httpsOrUndefined(str(node.url)),
    place,
    online: online ?? (str(get('eventAttendanceMode'))?.endsWith('OnlineEventAttendanceMode') ? httpsOrUndefined(str(node.url)) : undefined),
    categories: categories.map((c) => c.trim()).filter(Boolean),
    status: statusOf(get('eventStatus')),
    timezone: options.defaultTimezone,
    occurrences: [{ start, end: end && (end.time === undefined) === (start.time === undefined) && `${end.date}${end.time}` > `${start.date}${start.time}` ? end : undefined }],
    ...offersOf(get('offers')),
    image: imageOf(get('image'), title),
    lang: langOf(get('inLanguage')),
    organizers: asArray(get('organizer')).map((o) => entityDecode(str(o) ?? '')).filter(Boolean),
    where,
  };
}

/** Every Event of a page's JSON-LD. A page without any is a problem, named as such. */
export function readJsonLd(html: string, options: ReadOptions): ParsedSource {
  const problems: SourceProblem[] = [];
  const events: SourceEvent[] = [];
  const fromJsonLd = blocks(html, problems).flatMap(eventNodes);
  // Microdata only when the page has no JSON-LD events: pages that have both say the same twice.
  const nodes = fromJsonLd.length > 0 ? fromJsonLd : microdataItems(html).flatMap(eventNodes);
  nodes.forEach((node, index) => {
    const where = `Event ${index + 1}`;
    const subEvents = asArray(node.subEvent ?? node.subEvents).filter(isNode);
    if (subEvents.length > 0) {
      // A series: each sub-event is an entry; the series lends them what they leave out.
      const { subEvent: _sub, subEvents: _subs, '@id': _id, url: _url, ...series } = node;
      subEvents.forEach((sub, subIndex) => {
        const event = readEvent(sub, series, options, `${where}, subEvent ${subIndex + 1}`, problems);
        if (event) events.push(event);
      });
      return;
    }
    if (typesOf(node).includes('EventSeries') && !field(node, 'startDate')) return;
    const event = readEvent(node, {}, options, where, problems);
    if (event) events.push(event);
  });
  if (nodes.length === 0 && problems.length === 0) problems.push({ where: 'page', message: 'has no schema.org Event data (no JSON-LD or Microdata Event)' });
  return { events, problems };
}
