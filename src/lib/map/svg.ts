/**
 * A base map as a standalone SVG file, for the locator maps to show as an image: one same-origin
 * file per language, cached by the browser, instead of the same land repeated in every entry page.
 * Colours are attributes (an SVG image takes no style sheet from the page; the page dims it in
 * dark mode).
 */
import type { UiLang } from '../taxonomy.ts';
import type { BaseMap } from './base.ts';
import { townName } from './towns.ts';

const colours = { sea: '#d6e6f0', land: '#ecebe3', se: '#f7f3e6', no: '#eef2e4', edge: '#8ea9bd', border: '#7a3e00', text: '#1c1c1c', halo: '#fdfcf8' };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function baseMapSvg(base: BaseMap, lang: UiLang): string {
  const land = base.land
    .map(({ country, d }) => {
      const fill = country === 'SE' ? colours.se : country === 'NO' ? colours.no : colours.land;
      return `<path fill="${fill}" stroke="${colours.edge}" stroke-width="0.6" stroke-linejoin="round" d="${d}"/>`;
    })
    .join('');
  const lakes = base.lakes ? `<path fill="${colours.sea}" stroke="${colours.edge}" stroke-width="0.5" d="${base.lakes}"/>` : '';
  const border = `<path fill="none" stroke="${colours.border}" stroke-width="1.4" stroke-dasharray="5 2.5" stroke-linejoin="round" d="${base.border}"/>`;
  const towns = base.towns
    .map(({ town, x, y, anchor }) => `<circle cx="${x}" cy="${y}" r="2.2"/><text x="${anchor === 'end' ? x - 5 : x + 5}" y="${y - 4}" text-anchor="${anchor}">${escapeXml(townName(town, lang))}</text>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${base.width} ${base.height}" width="${base.width}" height="${base.height}">` +
    `<rect fill="${colours.sea}" width="${base.width}" height="${base.height}"/>${land}${lakes}${border}` +
    `<g fill="${colours.text}" font-family="system-ui, sans-serif" font-size="15" paint-order="stroke" stroke="${colours.halo}" stroke-width="3" stroke-linejoin="round">${towns}</g></svg>\n`
  );
}
