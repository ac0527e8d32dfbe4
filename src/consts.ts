/** Site-wide settings; deployments override them with environment variables. */
export const SITE_URL = process.env.KULTURBRO_SITE ?? 'https://kulturbro.example';
/** Where `npm run build` writes the site (tests and the benchmark build into other folders). */
export const OUT_DIR = process.env.KULTURBRO_OUT_DIR ?? './dist';
/** The GitHub repository that receives proposed content files (owner/name). */
export const CONTENT_REPOSITORY = process.env.KULTURBRO_REPOSITORY ?? 'kulturbro/kulturbro';
/** Entries per listing page. */
export const PAGE_SIZE = 40;
/**
 * Where the submit form's "send to the editors by e-mail" goes (KULTURBRO_EDITORS_EMAIL, read at
 * build time). Unset or empty: the form offers no e-mail, only GitHub, copy and download.
 */
export const EDITORS_EMAIL = editorsEmail(process.env.KULTURBRO_EDITORS_EMAIL);

function editorsEmail(value: string | undefined): string | undefined {
  const address = value?.trim();
  if (!address) return undefined;
  // A mistyped address would send every proposal nowhere: stop the build instead.
  if (!/^[^\s@<>"?&%]+@[^\s@<>"?&%]+\.[^\s@<>"?&%]+$/.test(address)) {
    throw new Error(`KULTURBRO_EDITORS_EMAIL must be one e-mail address (got ${JSON.stringify(address)})`);
  }
  return address;
}
/** The OAuth helper that signs editors in to GitHub at /admin/ (docs/editor.md); none: Decap's default. */
export const EDITOR_AUTH_URL = process.env.KULTURBRO_EDITOR_AUTH_URL || undefined;
