/** Builds every test site once before any test file runs (they are read-only afterwards). */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { builds, buildEnv, repoRoot, type TestBuild } from '../helpers/builds.ts';

function build(site: TestBuild): void {
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

export default function setup(): void {
  for (const site of Object.values(builds)) build(site);
}
