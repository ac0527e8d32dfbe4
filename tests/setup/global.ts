/** Builds every test site once before any test file runs (they are read-only afterwards). */
import { builds, buildSite } from '../helpers/builds.ts';

export default function setup(): void {
  for (const site of Object.values(builds)) buildSite(site);
}
