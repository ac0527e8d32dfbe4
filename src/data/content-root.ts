/** Where content files live: the repository, or another folder for tests and the benchmark. */
import { resolve } from 'node:path';

export const contentRoot = resolve(process.env.KULTURBRO_CONTENT_DIR ?? process.cwd());
