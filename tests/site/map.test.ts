/**
 * The map of the border region (issue 16), read from the built HTML: one mark per venue with
 * coordinates, at the place its coordinates project to; everything else in the list below.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builds, TEST_NOW } from '../helpers/builds.ts';
import { readDist } from '../helpers/dist.ts';
import { buildCatalogue, catalogueInput } from '../../src/lib/catalogue.ts';
import { loadValidContent } from '../../src/lib/content.ts';
import { mapPlaces, overviewMap, regionMap, townName } from '../../src/lib/map/index.ts';
import { regionIds, uiLangs } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

interface DrawnMark {
  href: string;
  label: string;
  x: number;
  y: number;
}

/** The linked marks of the page's venue map, in document order, with their centres. */
function drawnMarks(html: string): DrawnMark[] {
  const svg = /<svg class="venue-map__svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  return [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)" class="map-mark">([\s\S]*?)<\/a>/g)].map(([, href, label, inner]) => {
    const num = (name: string) => Number(new RegExp(`\\s${name}="([-\\d.]+)"`).exec(inner!)?.[1]);
    const isSquare = inner!.startsWith('<rect');
    return {
      href: decode(href!),
      label: decode(label!),
      x: isSquare ? num('x') + num('width') / 2 : num('cx'),
      y: isSquare ? num('y') + num('height') / 2 : num('cy'),
    };
  });
}

/** Venue links inside the group list an anchor points to. */
function groupMembers(html: string, anchor: string): string[] {
  const item = new RegExp(`<li id="${anchor.slice(1)}"[^>]*>([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? '';
  return [...item.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
}

for (const site of [builds.samples, builds.fixture]) {
  describe(`the map page (${site.name})`, () => {
    const catalogue = buildCatalogue(catalogueInput(loadValidContent(site.contentDir)), new Date(TEST_NOW));
    const places = mapPlaces(catalogue);
    const { base } = overviewMap(catalogue);

    for (const lang of uiLangs) {
      it(`${lang}: every venue with coordinates has exactly one mark, linking to it, where its coordinates project`, () => {
        const html = readDist(site.outDir, urls.map(lang));
        const marks = drawnMarks(html);
        expect(places.located.length).toBeGreaterThan(0);
        const seen = new Map<string, number>();
        for (const mark of marks) {
          const members = mark.href.startsWith('#') ? groupMembers(html, mark.href) : [mark.href];
          if (mark.href.startsWith('#')) expect(members.length, mark.label).toBeGreaterThan(1);
          for (const href of members) seen.set(href, (seen.get(href) ?? 0) + 1);
        }
        for (const place of places.located) {
          const href = urls.facet(lang, 'venue', place.venue.id);
          expect(seen.get(href), `${place.venue.id} is drawn once`).toBe(1);
          const [x, y] = base.project(place.lon, place.lat)!;
          const mark = marks.find((m) => m.href === href || groupMembers(html, m.href).includes(href))!;
          // A single dot sits exactly on its point; a group within a few dot radii of each member.
          const tolerance = mark.href === href ? 0.11 : 40;
          expect(Math.hypot(mark.x - x, mark.y - y), `${place.venue.id} at its coordinates`).toBeLessThanOrEqual(tolerance);
        }
        expect(seen.size).toBe(places.located.length);
      });

      it(`${lang}: marks come west to east (the keyboard order) and say what is upcoming`, () => {
        const marks = drawnMarks(readDist(site.outDir, urls.map(lang)));
        const xs = marks.map((m) => m.x);
        expect(xs).toEqual([...xs].sort((a, b) => a - b));
        const word = { sv: 'på gång', nb: 'kommende', en: 'upcoming' }[lang];
        for (const mark of marks) expect(mark.label).toMatch(new RegExp(`: \\d+ ${word}$`));
      });

      it(`${lang}: names the towns above the dots, so no dot hides a name`, () => {
        const svg = /<svg class="venue-map__svg"[\s\S]*?<\/svg>/.exec(readDist(site.outDir, urls.map(lang)))?.[0] ?? '';
        const names = /<g class="map-towns map-towns--names"[^>]*>([\s\S]*?)<\/g>/.exec(svg);
        expect(names).not.toBeNull();
        expect(svg.lastIndexOf('class="map-mark"')).toBeLessThan(names!.index);
        const drawn = [...names![1]!.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map(([, name]) => decode(name!));
        expect(drawn).toEqual(base.towns.map(({ town }) => townName(town, lang)));
      });

      it(`${lang}: the list below names every venue, those without coordinates too`, () => {
        const html = readDist(site.outDir, urls.map(lang));
        const list = /<section class="map-list"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
        for (const venue of catalogue.venues.values()) expect(list).toContain(`href="${urls.facet(lang, 'venue', venue.id)}"`);
        if (places.unlocated.length > 0) {
          const unlocated = /<h3 id="map-unlocated">[\s\S]*?<\/ul>/.exec(list)?.[0] ?? '';
          for (const { venue } of places.unlocated) expect(unlocated).toContain(urls.facet(lang, 'venue', venue.id));
        }
      });
    }
  });
}

describe('map geometry', () => {
  const catalogue = buildCatalogue(catalogueInput(loadValidContent(builds.samples.contentDir)), new Date(TEST_NOW));
  const html = readDist(builds.samples.outDir, urls.map('en'));
  // The towns' points (drawn under the dots) and their names (above them) come in the same order.
  const points = [...(/<g class="map-towns"[^>]*>([\s\S]*?)<\/g>/.exec(html)?.[1] ?? '').matchAll(/<circle cx="([-\d.]+)" cy="([-\d.]+)" r="2.2">/g)];
  const names = [...(/<g class="map-towns map-towns--names"[^>]*>([\s\S]*?)<\/g>/.exec(html)?.[1] ?? '').matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
  const town = (name: string) => {
    const match = points[names.indexOf(name)];
    if (!match || names.length !== points.length) throw new Error(`${name} is not named on the map`);
    return { x: Number(match[1]), y: Number(match[2]) };
  };

  it('puts known towns where they are: Karlstad west of Falun, Oslo west of Arvika, Kongsvinger north of Charlottenberg', () => {
    expect(town('Karlstad').x).toBeLessThan(town('Falun').x);
    expect(town('Oslo').x).toBeLessThan(town('Arvika').x);
    const { base } = overviewMap(catalogue);
    const kongsvinger = base.project(11.9977, 60.1907)!;
    const charlottenberg = base.project(12.2833, 59.8833)!;
    expect(kongsvinger[1]).toBeLessThan(charlottenberg[1]);
    expect(town('Kongsvinger').y).toBeCloseTo(kongsvinger[1], 1);
  });

  it('draws Sweden, Norway and the border between them, in the region frame', () => {
    const svg = /<svg class="venue-map__svg"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg).toMatch(/class="map-land map-land--se" d="M/);
    expect(svg).toMatch(/class="map-land map-land--no" d="M/);
    expect(svg).toMatch(/class="map-border" d="M[^"]{200,}"/);
  });

  it('frames each region page on its region', () => {
    for (const region of regionIds) {
      const page = readDist(builds.samples.outDir, urls.facet('en', 'region', region));
      const viewBox = /<svg class="venue-map__svg" viewBox="([^"]+)"/.exec(page)?.[1];
      const { base, marks } = regionMap(catalogue, region);
      expect(viewBox).toBe(`0 0 ${base.width} ${base.height}`);
      const own = mapPlaces(catalogue).located.filter((p) => p.venue.data.region === region);
      const drawn = marks.flatMap((m) => m.places.map((p) => p.venue.id));
      for (const place of own) expect(drawn, `${region}: ${place.venue.id}`).toContain(place.venue.id);
    }
  });
});

describe('locator maps', () => {
  const site = builds.samples;
  it('an event page shows a small map of its venue without script, within 6 KB gzip', () => {
    const html = readDist(site.outDir, urls.event('sv', '2027-03-12-smuglerne-fra-iddefjorden'));
    const svg = /<svg class="locator-map"[\s\S]*?<\/svg>/.exec(html)?.[0];
    expect(svg).toBeDefined();
    expect(svg).toMatch(/role="img" aria-label="Översiktskarta: här ligger /);
    expect(svg).not.toMatch(/<script|on\w+=/i);
    expect(gzipSync(svg!).length).toBeLessThanOrEqual(6 * 1024);
    // The land is one shared same-origin image, with the towns named in the page's language.
    expect(svg).toContain(`<image href="${urls.locatorBase('sv')}"`);
    const base = readDist(site.outDir, urls.locatorBase('en'));
    expect(base).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 600 \d+"/);
    expect(base).toMatch(/<path fill="#f7f3e6"[^>]* d="M/);
    expect(base).toContain('>Gothenburg</text>');
    expect(base).not.toContain('<script');
  });

  it('an online-only entry shows none', () => {
    const html = readDist(site.outDir, urls.event('sv', '2027-11-03-how-to-fund-a-cross-border-project'));
    expect(html).not.toContain('locator-map');
  });

  it('a venue without coordinates shows none', () => {
    const html = readDist(builds.fixture.outDir, urls.facet('sv', 'venue', 'bygdegarden-utan-karta'));
    expect(html).toContain('Bygdegården Utan Karta');
    expect(html).not.toContain('locator-map');
  });
});
