/**
 * zod without its JIT, for the browser. zod compiles object parsers with `new Function` and first
 * probes whether it may; under the site's policy (no 'unsafe-eval') Chromium reports that probe as
 * a CSP violation even though zod catches it. The setting is read when a schema is built, so this
 * module must run before any schema module: checker.ts imports it first.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
