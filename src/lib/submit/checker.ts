/**
 * The submit form's checker as the browser loads it: zod set to run without JIT before the
 * schemas are built, then draft.ts, the picture checks and the e-mail link (none of them needed
 * before the form is in use). Node (build, validator, CLI, unit tests) keeps zod's JIT.
 */
import './jitless.ts';

export * from './draft.ts';
export { checkPicture, PICTURE_HEAD_BYTES } from './picture.ts';
export { editorsMailto } from './mail.ts';
