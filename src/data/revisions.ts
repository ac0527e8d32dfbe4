/** When each content file last changed, read from git once per build for the RSS and open-data endpoints. */
import { contentRoot } from './content-root.ts';
import { readRevisions } from '../lib/revisions.ts';

export const revisions = readRevisions(contentRoot);
