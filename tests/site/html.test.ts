import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builds, repoRoot } from '../helpers/builds.ts';
import { distFiles, readDist } from '../helpers/dist.ts';
import { pageKinds } from '../../scripts/lib/page-kinds.ts';
import { uiLangs } from '../../src/lib/taxonomy.ts';

// The checked-in .htmlvalidate.json is the rule set; pages are checked as built, minified.
const validator = new HtmlValidate(new FileSystemConfigLoader());

async function problemsOf(pages: { name: string; html: string }[]): Promise<string[]> {
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, join(repoRoot, 'dist-check', page.name));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${page.name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  return problems;
}

describe('built HTML passes html-validate', () => {
  it('fixture site: every page (hostile content, DST cases, series, cancelled)', async () => {
    const site = builds.fixture;
    const pages = distFiles(site.outDir, '.html').map((name) => ({ name, html: readFileSync(join(site.outDir, name), 'utf8') }));
    expect(pages.length).toBeGreaterThan(50);
    const problems = await problemsOf(pages);
    // Repeated template problems would flood the output; the first 40 say enough.
    expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
  });

  it('samples site: every page kind in every language', async () => {
    const pages = uiLangs.flatMap((lang) => pageKinds.map((kind) => ({ name: kind.path(lang), html: readDist(builds.samples.outDir, kind.path(lang)) })));
    const problems = await problemsOf(pages);
    expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
  });
});
