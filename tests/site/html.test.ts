import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builds, repoRoot } from '../helpers/builds.ts';
import { distFiles } from '../helpers/dist.ts';

// The checked-in .htmlvalidate.json is the rule set; pages are checked as built, minified.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('built HTML passes html-validate', () => {
  for (const site of [builds.samples, builds.fixture]) {
    it(`${site.name}: every page`, async () => {
      const pages = distFiles(site.outDir, '.html');
      expect(pages.length).toBeGreaterThan(50);
      const problems: string[] = [];
      for (const page of pages) {
        const report = await validator.validateString(readFileSync(join(site.outDir, page), 'utf8'), join(repoRoot, 'dist-check', page));
        for (const result of report.results) {
          for (const message of result.messages) problems.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
      // Repeated template problems would flood the output; the first 40 say enough.
      expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
    });
  }
});
