/**
 * The submit form's checker as the browser loads it: zod set to run without JIT before the
 * schemas are built, then draft.ts. Node (build, validator, CLI, unit tests) keeps zod's JIT.
 */
import './jitless.ts';

export * from './draft.ts';
