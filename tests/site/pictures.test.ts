import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds.ts';
import { distFiles, readDist } from '../helpers/dist.ts';
import { loadContent } from '../../src/lib/content.ts';
import { buildCatalogue, catalogueInput } from '../../src/lib/catalogue.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';

/** What Astro writes into a quoted attribute for `text` (& and " escaped; < and > are inert there). */
const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** What Astro writes as text for `text`. */
const textNode = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Every `/_astro/…` picture URL in a piece of HTML or XML. */
const pictureUrls = (html: string) => [...html.matchAll(/\/_astro\/[^\s"'<>,]+\.(?:avif|webp|jpe?g|png)/g)].map((m) => m[0]);

function jsonLd(html: string): Record<string, unknown>[] {
  const found = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  if (!found) return [];
  const value = JSON.parse(found[1]!) as Record<string, unknown> | Record<string, unknown>[];
  return Array.isArray(value) ? value : [value];
}

for (const site of [builds.fixture, builds.samples]) {
  describe(`pictures on the ${site.name} site`, () => {
    const content = loadContent(site.contentDir);
    const catalogue = buildCatalogue(catalogueInput(content), new Date('2027-03-01T12:00:00Z'));
    const withPicture = catalogue.entries.filter((e) => e.data.image);
    const published = (url: string) => existsSync(join(site.outDir, url));

    it('has entries with pictures to check', () => {
      expect(withPicture.length).toBeGreaterThanOrEqual(site === builds.samples ? 30 : 3);
    });

    it('shows every picture on its entry page in all three languages, with alt text, size, credit and high priority', () => {
      for (const entry of withPicture) {
        const image = entry.data.image!;
        for (const lang of uiLangs) {
          const html = readDist(site.outDir, urls.event(lang, entry.id));
          const hero = /<figure class="entry__hero">(.*?)<\/figure>/s.exec(html)?.[1];
          expect(hero, `${lang} ${entry.id}`).toBeDefined();
          expect(hero).toContain('<source type="image/avif" srcset="/_astro/');
          expect(hero).toContain('<source type="image/webp" srcset="/_astro/');
          const img = /<img(?:\s+[a-z-]+(?:="[^"]*")?)*\s*>/.exec(hero!)![0];
          expect(img).toContain(` alt="${attr(image.alt)}"`);
          expect(img).toMatch(/ width="\d+" height="\d+"/);
          expect(img).toContain('fetchpriority="high"');
          expect(img).not.toContain('loading="lazy"');
          if (image.credit) expect(hero).toContain(`<figcaption class="picture-credit">`);
          if (image.credit) expect(hero).toContain(textNode(image.credit));
          for (const url of pictureUrls(hero!)) expect(published(url), url).toBe(true);
        }
      }
    });

    it('gives flyers a box of their own shape instead of cropping them', () => {
      for (const entry of withPicture) {
        const html = readDist(site.outDir, urls.event('sv', entry.id));
        expect(html).toMatch(/<picture class="picture picture--hero picture--(?:landscape|portrait|square)">/);
      }
      if (site === builds.fixture) {
        expect(readDist(site.outDir, urls.event('nb', '2027-07-01-grensefestival'))).toContain('picture--hero picture--portrait');
      }
    });

    it('puts the picture in the search index, the social card and the structured data', () => {
      for (const entry of withPicture) {
        const html = readDist(site.outDir, urls.event('en', entry.id));
        const image = /data-pagefind-meta="image">([^<]+)</.exec(html)?.[1];
        expect(image && published(image), `${entry.id} search image`).toBe(true);
        expect(html).toContain(`<span data-pagefind-meta="image_alt">${textNode(entry.data.image!.alt)}</span>`);
        const og = /<meta property="og:image" content="https:\/\/kulturbro\.example(\/_astro\/[^"]+\.jpeg)"/.exec(html)?.[1];
        expect(og && published(og), `${entry.id} og:image`).toBe(true);
        expect(html).toContain(`<meta property="og:image:alt" content="${attr(entry.data.image!.alt)}"`);
        if (entry.kind !== 'event') continue;
        for (const object of jsonLd(html)) {
          const images = object.image as { contentUrl: string; width: number; height: number; creditText?: string }[];
          expect(images.map((i) => (i.width / i.height).toFixed(2))).toEqual(['1.78', '1.33', '1.00']);
          for (const i of images) {
            expect(published(new URL(i.contentUrl).pathname)).toBe(true);
            expect(i.creditText).toBe(entry.data.image!.credit);
          }
        }
      }
    });

    it('keeps the generic social card for entries without a picture', () => {
      const plain = catalogue.entries.find((e) => !e.data.image)!;
      expect(readDist(site.outDir, urls.event('sv', plain.id))).toContain('<meta property="og:image" content="https://kulturbro.example/cards/sv.png"');
    });

    it('shows the picture on cards, in the embed, the RSS feed and events.json', async () => {
      for (const entry of withPicture) {
        const alt = attr(entry.data.image!.alt);
        const organiser = entry.organisers[0]!.id;
        const facet = readDist(site.outDir, urls.facet('sv', 'organiser', organiser));
        const listed = entry.past ? catalogue.byOrganiser.get(organiser)!.filter((e) => e.past).reverse().slice(0, 20).includes(entry) : true;
        if (listed) expect(facet, `${entry.id} card`).toMatch(new RegExp(`<article class="entry-card[^"]*"><div class="entry-card__media"><picture[^>]*>.*?alt="${alt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 's'));
        if (!entry.past && entry.kind === 'event') {
          expect(readDist(site.outDir, `/embed/sv/organiser/${organiser}/`), `${entry.id} embed`).toContain(`alt="${alt}"`);
        }
      }
      const rss = readDist(site.outDir, '/feeds/sv/rss.xml');
      expect(rss).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
      const upcomingWithPicture = catalogue.upcoming.filter((e) => e.data.image).slice(0, 5);
      for (const entry of upcomingWithPicture) {
        const item = rss.slice(rss.indexOf(`/events/${entry.id}/</link>`));
        expect(item.slice(0, item.indexOf('</item>'))).toMatch(/<media:content url="https:\/\/kulturbro\.example\/_astro\/[^"]+\.jpeg" medium="image" type="image\/jpeg" width="\d+" height="\d+"><media:description type="plain">/);
      }
      const data = JSON.parse(readDist(site.outDir, '/feeds/events.json')) as { entries: { id: string; image: { alt: string; credit: string | null; url: string; copies: { url: string }[] } | null }[] };
      for (const record of data.entries) {
        const entry = catalogue.byId.get(record.id)!;
        if (!entry.data.image) {
          expect(record.image).toBeNull();
          continue;
        }
        expect(record.image).toMatchObject({ alt: entry.data.image.alt, credit: entry.data.image.credit ?? null });
        expect(published(new URL(record.image!.url).pathname)).toBe(true);
        expect(record.image!.copies).toHaveLength(3);
      }
    });

    it('publishes no picture with EXIF, GPS, XMP or IPTC data, and no original', async () => {
      const files = distFiles(site.outDir, '').filter((f) => /\.(?:jpe?g|png|webp|avif)$/i.test(f) && f.startsWith('_astro/'));
      expect(files.length).toBeGreaterThan(withPicture.length * 5);
      for (const file of files) {
        const meta = await sharp(readFileSync(join(site.outDir, file))).metadata();
        expect({ file, exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc }).toEqual({ file, exif: undefined, xmp: undefined, iptc: undefined });
        // Astro names resized copies `<name>.<hash>_<transform>.<ext>`; an original keeps `<name>.<hash>.<ext>`.
        expect(file, 'an original was published').toMatch(/_[A-Za-z0-9]+\.[a-z]+$/);
      }
    });
  });
}

describe('pictures in the fixture', () => {
  it('escapes alt text and credit that look like markup', () => {
    const html = readDist(builds.fixture.outDir, urls.event('en', '2027-06-01-hostile-markup'));
    expect(html).toContain('alt="<script>alert(1)</script> &amp; &quot;quotes&quot;"');
    expect(html).toContain('Picture: &lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot;');
    // Outside quoted attribute values no markup from the alt text or credit survives.
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain('<script>alert(1)');
    expect(outsideAttributes).not.toContain('<b>Bold');
  });

  it('shows an organiser’s logo on its page', () => {
    for (const lang of uiLangs) {
      const html = readDist(builds.fixture.outDir, urls.facet(lang, 'organiser', 'kulturforeningen-sol'));
      expect(html).toMatch(/<figure class="organiser-logo"><picture class="picture picture--logo[^"]*">/);
      expect(html).toContain('alt="Kulturföreningen Sols logotyp: en orange sol"');
    }
  });

  it('the camera photo had GPS data before the build', async () => {
    const meta = await sharp(join(builds.fixture.contentDir, 'events/a/gps-photo.jpg')).metadata();
    // The GPS IFD pointer, tag 0x8825, in the file's byte order.
    const gpsTag = meta.exif?.includes(Buffer.from([0x88, 0x25])) || meta.exif?.includes(Buffer.from([0x25, 0x88]));
    expect(gpsTag).toBe(true);
  });
});
