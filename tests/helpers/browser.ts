/** Chromium and `astro preview` for browser tests (shared with scripts/, see scripts/lib/). */
import { startPreview as startAstroPreview, type PreviewServer } from '../../scripts/lib/preview.ts';
import { buildEnv, type TestBuild } from './builds.ts';

export { chromiumFlags, chromiumPath, launchBrowser } from '../../scripts/lib/chromium.ts';
export type { PreviewServer };

/** Starts `astro preview` for a built test site. */
export function startPreview(build: TestBuild): Promise<PreviewServer> {
  return startAstroPreview(buildEnv(build));
}
