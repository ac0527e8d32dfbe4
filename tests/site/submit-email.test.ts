/** KULTURBRO_EDITORS_EMAIL reaches the submit form when set (samples build) and nothing does when unset (fixture build). */
import { describe, expect, it } from 'vitest';
import { builds, TEST_EDITORS_EMAIL } from '../helpers/builds.ts';
import { readDist } from '../helpers/dist.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';
import { urls } from '../../src/lib/urls.ts';

/** The island's serialised `editorsEmail` prop: Astro writes a string prop as `[0,"…"]`. */
const editorsEmailProp = (html: string) => /editorsEmail&quot;:\[0,&quot;([^&]*)&quot;\]/.exec(html)?.[1];

describe('the editors’ e-mail address in the submit form', () => {
  it('is given to the form in every language when set at build time', () => {
    for (const lang of uiLangs) expect(editorsEmailProp(readDist(builds.samples.outDir, urls.submit(lang)))).toBe(TEST_EDITORS_EMAIL);
  });

  it('is absent when unset, so the form offers no e-mail', () => {
    for (const lang of uiLangs) {
      const html = readDist(builds.fixture.outDir, urls.submit(lang));
      expect(html).toContain('SubmitForm');
      expect(editorsEmailProp(html)).toBeUndefined();
      expect(html).not.toContain('mailto:');
    }
  });
});
