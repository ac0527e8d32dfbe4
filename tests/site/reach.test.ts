/**
 * Reach (issue 8) in the built sites: JSON-LD, social cards, RSS, open data, sitemap, robots.txt,
 * embeds and their framing headers, and the journey-planner link.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import { localizedText } from '../../src/lib/catalogue.ts';
import { uiLangs, type UiLang } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';
import { builds, TEST_SITE } from '../helpers/builds.ts';
import { distFiles, distHas, readDist } from '../helpers/dist.ts';
import { catalogueOf } from '../helpers/ics.ts';

const fixture = builds.fixture.outDir;
const fixtureCatalogue = catalogueOf(builds.fixture.contentDir);

/** The raw text of every JSON-LD block: from its start tag to the first `</script` after it. */
function jsonLdTexts(html: string): string[] {
  const texts: string[] = [];
  const open = /<script type="application\/ld\+json">/g;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const start = match.index + match[0].length;
    const end = html.toLowerCase().indexOf('</script', start);
    texts.push(html.slice(start, end));
  }
  return texts;
}

function jsonLdEvents(outDir: string, lang: UiLang, id: string): Record<string, unknown>[] {
  const texts = jsonLdTexts(readDist(outDir, urls.event(lang, id)));
  expect(texts, `${lang} ${id}: one JSON-LD block`).toHaveLength(1);
  const value: unknown = JSON.parse(texts[0]!);
  return Array.isArray(value) ? value : [value as Record<string, unknown>];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => entities[name]!);

/** `content` of `<meta property|name="…">`, decoded; every value when the tag repeats. */
function metaValues(html: string, key: string): string[] {
  const pattern = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((m) => decode(m[1]!));
}
const meta = (html: string, key: string) => metaValues(html, key)[0];
const linkHref = (html: string, attributes: string) => new RegExp(`<link ${attributes} href="([^"]*)"`).exec(html)?.[1];

/** A site path for a built HTML file: `sv/events/x/index.html` → `/sv/events/x/`. */
const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

describe('JSON-LD on event pages', () => {
  for (const site of [builds.fixture, builds.fixtureLosAngeles]) {
    it(`carries the local offset on both sides of a DST change (built in ${site.tz})`, () => {
      expect(jsonLdEvents(site.outDir, 'sv', '2027-03-28-vardag-i-arvika')[0]).toMatchObject({
        '@type': 'MusicEvent', startDate: '2027-03-28T15:00:00+02:00', endDate: '2027-03-28T17:00:00+02:00',
      });
      expect(jsonLdEvents(site.outDir, 'en', '2027-03-12-teater-pa-turne').map((e) => e.startDate)).toEqual([
        '2027-03-12T19:00:00+01:00', '2027-03-13T19:00:00+01:00', '2027-04-02T19:00:00+02:00',
      ]);
      expect(jsonLdEvents(site.outDir, 'nb', '2027-10-31-hostkonsert-hamar')[0]).toMatchObject({
        startDate: '2027-10-31T01:30:00+02:00', endDate: '2027-10-31T04:00:00+01:00',
      });
    });
  }

  it('marks the cancelled festival', () => {
    expect(jsonLdEvents(fixture, 'nb', '2027-07-01-grensefestival')[0]).toMatchObject({
      '@type': 'Festival', eventStatus: 'https://schema.org/EventCancelled', startDate: '2027-07-01', endDate: '2027-07-04',
    });
  });

  it('cannot be closed early by a hostile title or summary', () => {
    const id = '2027-06-01-hostile-markup';
    const entry = loadContent(builds.fixture.contentDir).events.find((e) => e.id === id)!;
    for (const lang of uiLangs) {
      const html = readDist(fixture, urls.event(lang, id));
      const [text] = jsonLdTexts(html);
      expect(text).not.toMatch(/[<>]/);
      // The block's real end follows the JSON directly: nothing in the text closed it before.
      const blockEnd = html.indexOf(text!) + text!.length;
      expect(html.slice(blockEnd, blockEnd + 9)).toBe('</script>');
      const [event] = jsonLdEvents(fixture, lang, id);
      expect(event).toMatchObject({ name: entry.data.title, description: entry.data.summary });
      expect(event!.name).toContain('</script>');
    }
  });

  it('is written for every event, in every language, and never for opportunities', () => {
    for (const entry of fixtureCatalogue.entries) {
      for (const lang of uiLangs) {
        const texts = jsonLdTexts(readDist(fixture, urls.event(lang, entry.id)));
        expect(texts.length, `${lang} ${entry.id}`).toBe(entry.kind === 'event' && entry.occurrences.length > 0 ? 1 : 0);
      }
    }
  });
});

describe('social cards', () => {
  const pages = distFiles(fixture, '.html').filter((file) => /^(sv|nb|en)\/|^index\.html$/.test(file));
  const ogLocales: Record<UiLang, string> = { sv: 'sv_SE', nb: 'nb_NO', en: 'en_GB' };

  it('has Open Graph and Twitter tags on every page, with an image that exists', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = readFileSync(join(fixture, file), 'utf8');
      const path = pathOf(file);
      const lang = (/^\/(sv|nb|en)\//.exec(path)?.[1] ?? 'sv') as UiLang;
      const where = `${file}: `;
      expect(meta(html, 'og:title'), where + 'og:title').toBeTruthy();
      expect(meta(html, 'og:description'), where + 'og:description').toBeTruthy();
      expect(meta(html, 'og:url'), where + 'og:url').toBe(`${TEST_SITE}${path}`);
      expect(linkHref(html, 'rel="canonical"'), where + 'canonical').toBe(`${TEST_SITE}${path}`);
      expect(['website', 'article'], where + 'og:type').toContain(meta(html, 'og:type'));
      expect(meta(html, 'og:locale'), where + 'og:locale').toBe(ogLocales[lang]);
      expect(metaValues(html, 'og:locale:alternate').sort(), where).toEqual(uiLangs.filter((l) => l !== lang).map((l) => ogLocales[l]).sort());
      const image = new URL(meta(html, 'og:image')!);
      expect(image.origin, where + 'og:image is absolute on the site').toBe(TEST_SITE);
      expect(distHas(fixture, image.pathname), where + image.pathname).toBe(true);
      expect(meta(html, 'og:image:alt'), where).toBeTruthy();
      expect(meta(html, 'twitter:card'), where).toBe('summary_large_image');
      expect(meta(html, 'twitter:image'), where).toBe(image.href);
    }
  });

  it('uses the page language’s card (for an entry without a picture), the page’s own title, and og:type article for events', () => {
    for (const lang of uiLangs) {
      const html = readDist(fixture, urls.event(lang, '2027-10-31-hostkonsert-hamar'));
      const entry = fixtureCatalogue.byId.get('2027-10-31-hostkonsert-hamar')!;
      expect(meta(html, 'og:image')).toBe(`${TEST_SITE}/cards/${lang}.png`);
      expect(meta(html, 'og:title')).toBe(localizedText(entry, lang).title);
      expect(meta(html, 'og:type')).toBe('article');
      expect(meta(readDist(fixture, urls.home(lang)), 'og:type')).toBe('website');
    }
    expect(meta(readDist(fixture, urls.event('en', '2027-06-01-hostile-markup')), 'og:title')).toBe("<script>alert('title')</script> Hostile & friends");
  });

  it('ships 1200×630 PNG cards', () => {
    for (const lang of uiLangs) {
      const png = readFileSync(join(fixture, urls.card(lang)));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(png.length).toBeLessThan(100_000);
    }
  });

  it('links the language versions with hreflang, x-default included', () => {
    const hreflangs = (html: string) => Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
    expect(hreflangs(readDist(fixture, urls.event('nb', '2027-07-01-grensefestival')))).toEqual({
      sv: `${TEST_SITE}/sv/events/2027-07-01-grensefestival/`,
      nb: `${TEST_SITE}/nb/events/2027-07-01-grensefestival/`,
      en: `${TEST_SITE}/en/events/2027-07-01-grensefestival/`,
      'x-default': `${TEST_SITE}/en/events/2027-07-01-grensefestival/`,
    });
    for (const html of [readDist(fixture, urls.home('sv')), readDist(fixture, '/')]) {
      expect(hreflangs(html)).toEqual({ sv: `${TEST_SITE}/sv/`, nb: `${TEST_SITE}/nb/`, en: `${TEST_SITE}/en/`, 'x-default': `${TEST_SITE}/` });
    }
  });
});

describe('RSS per language', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });

  for (const lang of uiLangs) {
    it(`/feeds/${lang}/rss.xml is well-formed RSS 2.0 with the upcoming entries in ${lang}`, () => {
      const text = readDist(fixture, urls.rss(lang));
      expect(XMLValidator.validate(text)).toBe(true);
      const { rss } = parser.parse(text);
      expect(rss['@_version']).toBe('2.0');
      const channel = rss.channel;
      expect(channel.link).toBe(`${TEST_SITE}/${lang}/`);
      expect(channel.language).toBe({ sv: 'sv-SE', nb: 'nb-NO', en: 'en' }[lang]);
      const items: { title: string; link: string; description: string; pubDate: string; category: string[] }[] = channel.item;
      expect(items.map((i) => i.link)).toEqual(fixtureCatalogue.upcoming.map((e) => `${TEST_SITE}${urls.event(lang, e.id)}`));
      for (const [index, item] of items.entries()) {
        const entry = fixtureCatalogue.upcoming[index]!;
        const text = localizedText(entry, lang);
        expect(item.title).toContain(text.title);
        expect(item.description).toBe(text.summary);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
        expect(item.category.length).toBeGreaterThan(1);
      }
      const cancelled = items.find((i) => i.link.includes('2027-07-01-grensefestival'))!;
      expect(cancelled.title).toBe({ sv: 'Inställt: Grensefestivalen', nb: 'Avlyst: Grensefestivalen', en: 'Cancelled: Grensefestivalen' }[lang]);
    });
  }

  it('uses the translation of the feed’s language', () => {
    const { rss } = parser.parse(readDist(fixture, urls.rss('nb')));
    const item = rss.channel.item.find((i: { link: string }) => i.link.endsWith('/nb/events/2027-03-28-vardag-i-arvika/'));
    expect(item).toMatchObject({ title: 'Vårjevndøgn i Arvika', description: 'En konsert den dagen klokka stilles fram.' });
  });

  it('keeps hostile text as text', () => {
    const { rss } = parser.parse(readDist(fixture, urls.rss('en')));
    const item = rss.channel.item.find((i: { link: string }) => i.link.includes('hostile-markup'));
    expect(item.title).toBe("<script>alert('title')</script> Hostile & friends");
  });

  it('writes the same feed in another machine time zone', () => {
    for (const lang of uiLangs) {
      expect(readDist(builds.fixtureLosAngeles.outDir, urls.rss(lang))).toBe(readDist(fixture, urls.rss(lang)));
    }
  });
});

describe('open data: /feeds/events.json', () => {
  const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  const https = z.string().regex(/^https:\/\//);
  const localised = z.strictObject({ page: https, ics: https });
  const entryShape = z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(['event', 'opportunity']),
    type: z.string(),
    status: z.enum(['scheduled', 'cancelled', 'postponed']),
    lang: z.string(),
    title: z.string().min(1),
    summary: z.string().min(1),
    translations: z.record(z.string(), z.strictObject({ title: z.string().optional(), summary: z.string().optional() })),
    disciplines: z.array(z.string()).min(1),
    organisers: z.array(z.strictObject({ id: z.string(), name: z.string(), country: z.string().length(2), region: z.string().nullable(), website: https.nullable() })).min(1),
    venue: z.strictObject({
      id: z.string(), name: z.string(), address: z.string().nullable(), postcode: z.string().nullable(), city: z.string(),
      country: z.string().length(2), region: z.string(), lat: z.number().nullable(), lon: z.number().nullable(),
    }).nullable(),
    online: https.nullable(),
    regions: z.array(z.strictObject({ id: z.string(), country: z.string().length(2) })),
    timezone: z.string(),
    occurrences: z.array(z.strictObject({ start: isoInstant, end: isoInstant.nullable(), allDay: z.boolean() })),
    deadline: isoInstant.nullable(),
    price: z.string().nullable(),
    tickets: https.nullable(),
    apply: https.nullable(),
    eligibility: z.string().nullable(),
    eligibleCountries: z.array(z.string()),
    covers: z.array(z.string()),
    audience: z.array(z.string()),
    accessibility: z.array(z.string()),
    coProduction: z.boolean(),
    links: z.strictObject({ sv: localised, nb: localised, en: localised }),
    image: z.strictObject({
      alt: z.string().min(1),
      credit: z.string().nullable(),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      url: https,
      copies: z.array(z.strictObject({ url: https, width: z.number().int().positive(), height: z.number().int().positive(), type: z.literal('image/jpeg') })).length(3),
    }).nullable(),
    updated: isoInstant.nullable(),
  });
  const documentShape = z.strictObject({
    format: z.literal('kulturbro-events'),
    version: z.literal(1),
    license: z.strictObject({ id: z.literal('CC0-1.0'), url: z.literal('https://creativecommons.org/publicdomain/zero/1.0/') }),
    site: z.literal(`${TEST_SITE}/`),
    generated: z.string(),
    entries: z.array(entryShape),
  });

  for (const site of [builds.fixture, builds.samples]) {
    it(`matches the documented shape and lists every valid entry (${site.name})`, () => {
      const document = documentShape.parse(JSON.parse(readDist(site.outDir, urls.openData())));
      const ids = loadContent(site.contentDir).events.map((e) => e.id).sort();
      expect(document.entries.map((e) => e.id).sort()).toEqual(ids);
      for (const entry of document.entries) {
        for (const lang of uiLangs) expect(distHas(site.outDir, new URL(entry.links[lang].page).pathname), entry.id).toBe(true);
        for (const o of entry.occurrences) if (o.end) expect(Date.parse(o.end)).toBeGreaterThanOrEqual(Date.parse(o.start));
      }
    });
  }

  it('resolves references and writes instants with their offsets', () => {
    const { entries } = JSON.parse(readDist(fixture, urls.openData())) as z.infer<typeof documentShape>;
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get('2027-03-28-vardag-i-arvika')).toMatchObject({
      organisers: [{ id: 'kulturforeningen-sol', name: 'Kulturföreningen Sol', country: 'SE', website: 'https://sol.example' }, { id: 'scenekollektivet-nord', country: 'NO', website: null }],
      venue: { id: 'arvika-konsthall', city: 'Arvika', country: 'SE', region: 'varmland', lat: 59.654, lon: 12.591 },
      regions: [{ id: 'varmland', country: 'SE' }],
      occurrences: [{ start: '2027-03-28T15:00:00+02:00', end: '2027-03-28T17:00:00+02:00', allDay: false }],
      coProduction: true,
    });
    expect(byId.get('2027-10-31-hostkonsert-hamar')!.occurrences).toEqual([{ start: '2027-10-31T01:30:00+02:00', end: '2027-10-31T04:00:00+01:00', allDay: false }]);
    expect(byId.get('2027-07-01-grensefestival')).toMatchObject({
      status: 'cancelled', occurrences: [{ start: '2027-07-01T00:00:00+02:00', end: '2027-07-05T00:00:00+02:00', allDay: true }],
    });
    expect(byId.get('2027-gransresidens')).toMatchObject({ kind: 'opportunity', deadline: '2027-05-01T23:59:00+02:00', venue: null, apply: 'https://sol.example/ansok' });
    expect(byId.get('2027-06-01-hostile-markup')!.title).toBe("<script>alert('title')</script> Hostile & friends");
    // Past entries are open data too.
    expect(entries.some((e) => e.occurrences.every((o) => Date.parse(o.end ?? o.start) < Date.parse('2027-03-01T12:00:00Z')))).toBe(true);
  });
});

describe('sitemap and robots.txt', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' || name === 'xhtml:link' });

  for (const site of [builds.samples, builds.fixture]) {
    it(`lists only pages that exist in dist, none of the embeds or the editor (${site.name})`, () => {
      const index = parser.parse(readDist(site.outDir, '/sitemap-index.xml'));
      const sitemaps: string[] = index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
      expect(sitemaps.length).toBeGreaterThan(0);
      const entries = sitemaps.flatMap((loc) => {
        const text = readDist(site.outDir, new URL(loc).pathname);
        expect(XMLValidator.validate(text)).toBe(true);
        return parser.parse(text).urlset.url as { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[];
      });
      const htmlPages = distFiles(site.outDir, '.html').filter((f) => !f.startsWith('embed/') && !f.startsWith('pagefind/') && !f.startsWith('admin/'));
      expect(entries.length).toBe(htmlPages.length);
      for (const entry of entries) {
        const url = new URL(entry.loc);
        expect(url.origin).toBe(TEST_SITE);
        expect(url.pathname.startsWith('/embed/'), url.pathname).toBe(false);
        expect(distHas(site.outDir, url.pathname), url.pathname).toBe(true);
        for (const link of entry['xhtml:link'] ?? []) expect(distHas(site.outDir, new URL(link['@_href']).pathname), link['@_href']).toBe(true);
      }
    });
  }

  it('writes language alternates for each page', () => {
    const text = readDist(fixture, '/sitemap-0.xml');
    const { urlset } = parser.parse(text);
    const entry = urlset.url.find((u: { loc: string }) => u.loc === `${TEST_SITE}/nb/events/2027-07-01-grensefestival/`);
    const links = Object.fromEntries(entry['xhtml:link'].map((l: { '@_hreflang': string; '@_href': string }) => [l['@_hreflang'], l['@_href']]));
    expect(links).toEqual({
      'sv-SE': `${TEST_SITE}/sv/events/2027-07-01-grensefestival/`,
      'nb-NO': `${TEST_SITE}/nb/events/2027-07-01-grensefestival/`,
      en: `${TEST_SITE}/en/events/2027-07-01-grensefestival/`,
      'x-default': `${TEST_SITE}/en/events/2027-07-01-grensefestival/`,
    });
    const root = urlset.url.find((u: { loc: string }) => u.loc === `${TEST_SITE}/`);
    const rootLinks = root['xhtml:link'].map((l: { '@_hreflang': string; '@_href': string }) => `${l['@_hreflang']} ${l['@_href']}`).sort();
    expect(rootLinks).toEqual([`en ${TEST_SITE}/en/`, `nb-NO ${TEST_SITE}/nb/`, `sv-SE ${TEST_SITE}/sv/`, `x-default ${TEST_SITE}/`]);
  });

  it('robots.txt allows everything and names the sitemap on the configured site', () => {
    const robots = readDist(fixture, '/robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/^Disallow: \S/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
    expect(sitemap).toBe(`${TEST_SITE}/sitemap-index.xml`);
    expect(distHas(fixture, new URL(sitemap).pathname)).toBe(true);
  });
});

/** Netlify/Cloudflare `_headers`: each path pattern with its header lines. */
function headerRules(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name!.trim().toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}

describe('embeds', () => {
  const embedPath = urls.embed('sv', 'organiser', 'kulturforeningen-sol');

  it('exist for every organiser, venue and region in every language', () => {
    const content = loadContent(builds.fixture.contentDir);
    for (const lang of uiLangs) {
      for (const o of content.organisers) expect(distHas(fixture, urls.embed(lang, 'organiser', o.id))).toBe(true);
      for (const v of content.venues) expect(distHas(fixture, urls.embed(lang, 'venue', v.id))).toBe(true);
      expect(distHas(fixture, urls.embed(lang, 'region', 'varmland'))).toBe(true);
    }
  });

  it('list upcoming entries without site chrome, opening events in a new tab', () => {
    const html = readDist(fixture, embedPath);
    expect(html).not.toContain('class="site-header"');
    expect(html).toContain('<meta name="robots" content="noindex">');
    const links = [...html.matchAll(/<a href="([^"]+)"([^>]*)>/g)];
    const upcoming = fixtureCatalogue.upcoming.filter((e) => e.data.organisers.includes('kulturforeningen-sol'));
    expect(links.map((l) => l[1]!).filter((href) => href.includes('/events/'))).toEqual(upcoming.map((e) => urls.event('sv', e.id)));
    for (const link of links) expect(link[2]).toMatch(/target="_blank" rel="noopener"/);
  });

  it('are offered as copy-paste code on organiser, venue and region pages', () => {
    const pages = [
      [urls.facet('en', 'organiser', 'kulturforeningen-sol'), urls.embed('en', 'organiser', 'kulturforeningen-sol')],
      [urls.facet('en', 'venue', 'hamar-scene'), urls.embed('en', 'venue', 'hamar-scene')],
      [urls.facet('en', 'region', 'innlandet'), urls.embed('en', 'region', 'innlandet')],
    ];
    for (const [page, embed] of pages) {
      const html = readDist(fixture, page!);
      const code = decode(/<textarea[^>]*class="embed-snippet__code"[^>]*>([^<]*)<\/textarea>/.exec(html)![1]!);
      expect(code).toContain(`<iframe src="${TEST_SITE}${embed}" title="`);
      expect(code).toContain(`event.origin !== "${TEST_SITE}"`);
      expect(distHas(fixture, embed!)).toBe(true);
    }
  });

  it('may be framed by any site, while no other page may (HTTP headers; meta CSP cannot say it)', () => {
    const rules = headerRules(readDist(fixture, '/_headers'));
    const frameAncestors = (path: string) =>
      rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers)
        .filter(([name, value]) => name === 'content-security-policy' && value.includes('frame-ancestors'))
        .map(([, value]) => /frame-ancestors ([^;]+)/.exec(value)![1]!.trim());
    expect(frameAncestors(embedPath)).toEqual(['*']);
    for (const path of ['/', urls.home('nb'), urls.event('en', '2027-07-01-grensefestival'), urls.facet('sv', 'organiser', 'kulturforeningen-sol')]) {
      expect(frameAncestors(path), path).toEqual(["'none'"]);
    }
    // frame-ancestors in a <meta> policy is ignored, with a console error: keep it out.
    expect(readDist(fixture, embedPath)).not.toContain('frame-ancestors');
  });
});

describe('getting there', () => {
  it('links the national journey planner of the venue’s country', () => {
    const swedish = readDist(fixture, urls.event('sv', '2027-03-28-vardag-i-arvika'));
    expect(swedish).toMatch(/<a href="https:\/\/reseplanerare\.resrobot\.se\/bin\/query\.exe\/sn\?ZID=[^"]+">Planera resan med kollektivtrafik \(Resrobot\)<\/a>/);
    const norwegian = readDist(fixture, urls.event('nb', '2027-10-31-hostkonsert-hamar'));
    expect(norwegian).toContain('<a href="https://entur.no/travel-result?stopLabel=Hamar+testscene%2C+Hamar&amp;stopLat=60.794&amp;stopLon=11.068">Planlegg reisen med kollektivtransport (Entur)</a>');
    expect(norwegian).toContain('Kort gange fra Hamar stasjon.');
    expect(norwegian).toContain('https://www.openstreetmap.org/?mlat=60.794');
    expect(readDist(fixture, urls.event('en', '2027-06-01-hostile-markup'))).not.toContain('journey-planner');
  });
});

