/** Site-wide settings; deployments override them with environment variables. */
export const SITE_URL = process.env.KULTURBRO_SITE ?? 'https://kulturbro.example';
/** Where `npm run build` writes the site (tests and the benchmark build into other folders). */
export const OUT_DIR = process.env.KULTURBRO_OUT_DIR ?? './dist';
/** The GitHub repository that receives proposed content files (owner/name). */
export const CONTENT_REPOSITORY = process.env.KULTURBRO_REPOSITORY ?? 'kulturbro/kulturbro';
/** Entries per listing page. */
export const PAGE_SIZE = 40;
/** The OAuth helper that signs editors in to GitHub at /admin/ (docs/editor.md); none: Decap's default. */
export const EDITOR_AUTH_URL = process.env.KULTURBRO_EDITOR_AUTH_URL || undefined;
