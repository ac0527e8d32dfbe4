/**
 * The sites the test suite builds once (in tests/setup/global.ts) and then reads: the fixture
 * content set under two machine time zones, and the repository's own samples.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
/** Every test build fixes "now" here, so upcoming/past and feed windows are deterministic. */
export const TEST_NOW = '2027-03-01T12:00:00Z';
export const TEST_SITE = 'https://kulturbro.example';
/** The editors' address of the samples build; the fixture builds have none (the form then offers no e-mail). */
export const TEST_EDITORS_EMAIL = 'redaktionen@kulturbro.example';

export interface TestBuild {
  name: string;
  contentDir: string;
  outDir: string;
  tz: string;
}

// Parallel workers (or people) can keep their builds apart with KULTURBRO_TEST_BUILD_ROOT.
const buildRoot = resolve(repoRoot, process.env.KULTURBRO_TEST_BUILD_ROOT ?? '.tmp/test-builds');

/** Where a test that needs a site of its own builds it. */
export const testBuildRoot = buildRoot;

export const builds = {
  fixture: { name: 'fixture', contentDir: resolve(repoRoot, 'tests/fixtures/site'), outDir: resolve(buildRoot, 'fixture'), tz: 'UTC' },
  /** The same content built on a machine in another zone: feeds and pages must not change. */
  fixtureLosAngeles: { name: 'fixture-la', contentDir: resolve(repoRoot, 'tests/fixtures/site'), outDir: resolve(buildRoot, 'fixture-la'), tz: 'America/Los_Angeles' },
  samples: { name: 'samples', contentDir: repoRoot, outDir: resolve(buildRoot, 'samples'), tz: 'UTC' },
} satisfies Record<string, TestBuild>;

export function buildEnv(build: TestBuild): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TZ: build.tz,
    KULTURBRO_NOW: TEST_NOW,
    KULTURBRO_SITE: TEST_SITE,
    KULTURBRO_CONTENT_DIR: build.contentDir,
    KULTURBRO_OUT_DIR: build.outDir,
    KULTURBRO_CACHE_DIR: resolve(buildRoot, `cache-${build.name}`),
    ASTRO_TELEMETRY_DISABLED: '1',
    KULTURBRO_EDITORS_EMAIL: build.name === 'samples' ? TEST_EDITORS_EMAIL : '',
  };
}

/** Builds a content set as `npm run build` does (`astro build`), in a child process; throws with its output on failure. */
export function buildSite(site: TestBuild): void {
  // KULTURBRO_TEST_REUSE=1 skips rebuilding while iterating on tests locally.
  if (process.env.KULTURBRO_TEST_REUSE === '1' && existsSync(resolve(site.outDir, 'index.html'))) return;
  rmSync(site.outDir, { recursive: true, force: true });
  const started = Date.now();
  const result = spawnSync(process.execPath, [resolve(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: repoRoot,
    env: buildEnv(site),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`Building the ${site.name} site failed:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`built ${site.name} site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** A fresh copy of the site fixture to add files to, with a build folder beside it (tests that build a site of their own). */
export function scratchSite(name: string): TestBuild {
  const buildFolder = dirname(builds.fixture.outDir);
  const contentDir = resolve(buildFolder, `${name}-content`);
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(builds.fixture.contentDir, contentDir, { recursive: true });
  return { name, contentDir, outDir: resolve(buildFolder, name), tz: 'UTC' };
}

/** `astro build` of a scratch site; unlike buildSite it reports the status instead of throwing. */
export function astroBuild(site: TestBuild): { status: number | null; output: string } {
  rmSync(site.outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [resolve(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: repoRoot,
    env: buildEnv(site),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
