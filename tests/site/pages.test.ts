import { describe, expect, it } from 'vitest';
import { builds } from '../helpers/builds.ts';
import { distHas, readDist } from '../helpers/dist.ts';
import { loadContent } from '../../src/lib/content.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';

for (const site of [builds.fixture, builds.samples]) {
  describe(`${site.name} site`, () => {
    const content = loadContent(site.contentDir);

    it('has valid content', () => {
      expect(content.problems.filter((p) => p.severity === 'error')).toEqual([]);
    });

    it('has a page for every entry, organiser and venue in all three languages', () => {
      for (const lang of uiLangs) {
        for (const entry of content.events) expect(distHas(site.outDir, urls.event(lang, entry.id)), `${lang} ${entry.id}`).toBe(true);
        for (const o of content.organisers) expect(distHas(site.outDir, urls.facet(lang, 'organiser', o.id))).toBe(true);
        for (const v of content.venues) expect(distHas(site.outDir, urls.facet(lang, 'venue', v.id))).toBe(true);
      }
    });

    it('marks each page with its language', () => {
      const entry = content.events[0]!;
      for (const lang of uiLangs) {
        expect(readDist(site.outDir, urls.event(lang, entry.id))).toMatch(new RegExp(`<html lang="${lang}"`));
      }
    });
  });
}

describe('hostile Markdown', () => {
  const html = readDist(builds.fixture.outDir, urls.event('en', '2027-06-01-hostile-markup'));
  const body = html.slice(html.indexOf('class="prose"'), html.indexOf('</article>'));

  it('keeps no script, handler, iframe, form or unsafe URL', () => {
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toMatch(/\son\w+=/i);
    expect(body).not.toMatch(/<iframe|<form|<input|<button/i);
    expect(body).not.toMatch(/javascript:|data:text/i);
    expect(body).not.toMatch(/href="http:/);
    expect(body).not.toMatch(/style=/);
  });

  it('keeps only https images, each with an alt text', () => {
    expect(body).not.toContain('src="x"');
    expect(body).toMatch(/<img src="https:\/\/images\.example\/poster\.jpg" alt="">/);
  });

  it('keeps the readable text', () => {
    expect(body).toContain('styled');
    expect(body).toContain('click');
  });

  it('escapes the title and summary as text', () => {
    expect(html).toContain('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Hostile &amp; friends');
    // Inside a quoted attribute the text is inert; everywhere else it must be escaped.
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain("<script>alert('title')");
    expect(outsideAttributes).not.toContain('<img src=x onerror');
  });
});
