/** Text from sources in Kulturbro's terms: HTML → Markdown, places from a LOCATION line, lengths, links. */
import TurndownService from 'turndown';
import type { SourcePlace } from './types.ts';

let turndown: TurndownService | undefined;

/** HTML descriptions as Markdown; the build's sanitiser still runs on whatever survives. */
export function htmlToMarkdown(html: string): string {
  turndown ??= new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' }).remove(['script', 'style', 'iframe', 'form']);
  return turndown.turndown(html).replace(/\n{3,}/g, '\n\n').trim();
}

/** The URL when it is a full https address, else undefined (content carries https links only). */
export function httpsOrUndefined(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && url.hostname && !/\s/.test(value.trim()) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const meetingHosts = /https:\/\/(?:[\w-]+\.)*(?:zoom\.us|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|whereby\.com|meet\.jit\.si|webex\.com|youtube\.com\/live|twitch\.tv)\/[^\s<>"')\]]*/i;

/** The first online-meeting or stream link in a text. */
export function onlineMeetingLink(text: string): string | undefined {
  return httpsOrUndefined(meetingHosts.exec(text)?.[0]);
}

/** Swedish `123 45`, Norwegian `0150`, and most others' 4–5 digit codes, before the city. */
const postcodeCity = /^(?:(SE|NO|S|N)-?\s*)?(\d{3}\s?\d{2}|\d{4})\s+(\p{L}[\p{L} .'-]*)$/u;

/**
 * A place from a LOCATION line: "Name, Street 1, 123 45 City[, Country]" or "Name (Street, City)".
 * Only what the line says: the mapper decides whether it matches a venue.
 */
export function placeFromText(location: string | undefined): SourcePlace | undefined {
  if (!location) return undefined;
  const flat = location.replace(/\s*\n\s*/g, ', ').replace(/\s*\(([^)]*)\)\s*$/, ', $1').trim();
  const parts = flat.split(/\s*,\s*/).filter(Boolean);
  if (parts.length === 0) return undefined;
  const place: SourcePlace = { name: parts[0] };
  const countryWords: Record<string, string> = { sverige: 'SE', sweden: 'SE', norge: 'NO', norway: 'NO', noreg: 'NO', danmark: 'DK', denmark: 'DK', finland: 'FI', suomi: 'FI', island: 'IS', iceland: 'IS' };
  const rest = parts.slice(1);
  const last = rest.at(-1)?.toLowerCase();
  if (last && countryWords[last]) {
    place.country = countryWords[last];
    rest.pop();
  }
  const stateCode = /^[A-Z]{2}\s+(\d{5})(?:-\d{4})?$/;
  const stateIndex = rest.findIndex((part) => stateCode.test(part));
  const codeIndex = rest.findIndex((part) => postcodeCity.test(part));
  if (stateIndex >= 1) {
    // "Street, City, ST 12345": North American order.
    place.postcode = stateCode.exec(rest[stateIndex]!)![1];
    place.city = rest[stateIndex - 1];
    if (stateIndex > 1) place.address = rest.slice(0, stateIndex - 1).join(', ');
  } else if (codeIndex >= 0) {
    const [, , code, city] = postcodeCity.exec(rest[codeIndex]!)!;
    place.postcode = code!.replace(/\s/g, '');
    place.city = city!.trim();
    if (codeIndex > 0) place.address = rest.slice(0, codeIndex).join(', ');
  } else if (rest.length > 0) {
    place.city = rest.at(-1);
    if (rest.length > 1) place.address = rest.slice(0, -1).join(', ');
  }
  return place;
}

/**
 * Text cut to `max` characters at a word boundary, with an ellipsis; the whole text goes in the
 * body, so nothing is lost.
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Some sources cancel only in the title: "CANCELLED - …", "INSTÄLLT: …", "Avlyst! …". */
export const titleSaysCancelled = (title: string) => /^\W*(?:cancell?ed|inställt|inställd|avlyst|avlysning|peruttu)\s*[-–—:!|\])]/i.test(title);

/** The plain text of Markdown, for a summary: no links, emphasis, headings or images. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s*/gm, '')
    .replace(/[*_`>]+/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
