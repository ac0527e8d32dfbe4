/**
 * The embeddable list (`/embed/{lang}/{organiser|venue|region}/{id}/`): which entries it shows
 * and the copy-paste code an organisation puts on its own site.
 */
import type { Entry } from './catalogue.ts';

/** A compact list: the next this many entries, then a link to the full page. */
export const EMBED_ENTRY_LIMIT = 30;
/** The `type` of the message the embed posts to its parent page with its height. */
export const HEIGHT_MESSAGE = 'kulturbro:height';

/** Upcoming entries of a facet, soonest first (a facet's list is sorted by first date instead). */
export function embedEntries(entries: readonly Entry[]): Entry[] {
  return entries
    .filter((entry) => !entry.past && entry.listedAt)
    .sort((a, b) => a.listedAt!.instant.getTime() - b.listedAt!.instant.getTime() || a.id.localeCompare(b.id))
    .slice(0, EMBED_ENTRY_LIMIT);
}

const attributeEscapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', "'": '&#39;' };
const escapeAttribute = (text: string) => text.replace(/[&"<>']/g, (c) => attributeEscapes[c]!);

/**
 * The HTML to paste: the iframe, and a listener that sets its height from the embed's message.
 * It accepts messages from the embed's own origin only, and only for the iframe that sent them.
 */
export function embedSnippet(src: string, title: string): string {
  const origin = new URL(src).origin;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" loading="lazy" style="width: 100%; height: 480px; border: 0;"></iframe>`,
    '<script>',
    "window.addEventListener('message', function (event) {",
    `  if (event.origin !== ${JSON.stringify(origin)} || !event.data || event.data.type !== '${HEIGHT_MESSAGE}') return;`,
    '  var height = Math.ceil(Number(event.data.height));',
    '  if (!(height > 0 && height < 20000)) return;',
    "  document.querySelectorAll('iframe').forEach(function (frame) {",
    "    if (frame.contentWindow === event.source) frame.style.height = height + 'px';",
    '  });',
    '});',
    '</script>',
  ].join('\n');
}
