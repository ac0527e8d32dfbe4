/**
 * The files of `/admin/` (SPEC §7): Decap CMS from npm, its configuration derived from the schema,
 * three entry pages (sv, nb, en) and their own Content-Security-Policy. Written by
 * src/integrations/editor.ts into the build and served by `astro dev`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../i18n/index.ts';
import { typeNames, uiLangs, type UiLang } from '../taxonomy.ts';
import { editorConfigs, type EditorOptions } from './config.ts';
import { editorWords } from './labels.ts';
import { completedPhrases } from './locales.ts';

export { editorConfig, editorConfigs, enumLabel, LOCAL_BACKEND_PORT, type DecapConfig, type DecapField, type EditorOptions } from './config.ts';

/** Where `/admin/` lives. */
export const ADMIN_PATH = '/admin/';

/**
 * Decap evaluates code (`'unsafe-eval'`) and styles with inline `<style>` (emotion): allowed here
 * only. It talks to GitHub's API, the OAuth helper, and decap-server on this machine when testing.
 */
export function adminPolicy(authUrl?: string): string {
  const auth = authUrl ? ` ${new URL(authUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self' blob: data: https://api.github.com https://*.githubusercontent.com${auth} http://127.0.0.1:* http://localhost:*`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const titles: Record<UiLang, string> = { sv: 'Kulturbro – redigera', nb: 'Kulturbro – rediger', en: 'Kulturbro – editor' };

/** One entry page: the language comes from its path (`/admin/nb/`) or, at `/admin/`, the browser. */
export function adminPage(lang: UiLang | undefined, authUrl?: string): string {
  const htmlLang = lang ?? 'sv';
  return `<!DOCTYPE html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta http-equiv="content-security-policy" content="${adminPolicy(authUrl).replace(/'/g, '&#39;')}">
<title>${titles[htmlLang]}</title>
<link rel="stylesheet" href="${ADMIN_PATH}editor.css">
<script src="${ADMIN_PATH}boot.js"></script>
<script src="${ADMIN_PATH}decap-cms.js"></script>
<script src="${ADMIN_PATH}editor.js"></script>
</head>
<body></body>
</html>
`;
}

const here = dirname(fileURLToPath(import.meta.url));
const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

/** Words the browser script needs: the date widget's and the preview's, per language. */
function browserWords(lang: UiLang) {
  const m = t(lang);
  const w = (key: keyof typeof editorWords) => editorWords[key][lang];
  return {
    date: w('date'),
    time: w('time'),
    allDay: w('allDay'),
    moreDates: w('moreDates'),
    timeRequired: w('timeRequired'),
    types: Object.fromEntries(Object.entries(typeNames).map(([type, names]) => [type, names[lang]])),
    statusCancelled: m.statusCancelled,
    statusPostponed: m.statusPostponed,
    cancelledNotice: m.cancelledNotice,
    postponedNotice: m.postponedNotice,
    deadline: m.deadline,
  };
}

/** Everything the browser script reads at start: configurations, phrases, words, the preview style. */
export function editorSetup(options: EditorOptions) {
  return {
    configs: editorConfigs(options),
    locales: completedPhrases(),
    words: Object.fromEntries(uiLangs.map((lang) => [lang, browserWords(lang)])),
    previewStyle: `${ADMIN_PATH}site.css`,
  };
}

/** The file names Decap's bundle loads from beside itself: the bundle, its chunks and WebAssembly. */
function decapFiles(): string[] {
  return readdirSync(decapDist).filter((name) => /^(?:\d+\.)?decap-cms\.js$|\.wasm$/.test(name));
}

/** Every file of `/admin/`, by path below it, with its contents (read lazily: the bundle is 5 MB). */
export function adminFiles(options: EditorOptions, siteCss: string): Map<string, () => string | Buffer> {
  const files = new Map<string, () => string | Buffer>();
  files.set('index.html', () => adminPage(undefined, options.authUrl));
  for (const lang of uiLangs) files.set(`${lang}/index.html`, () => adminPage(lang, options.authUrl));
  files.set('boot.js', () => '// Decap starts when editor.js has registered the widgets and the configuration.\nwindow.CMS_MANUAL_INIT = true;\n');
  files.set('editor.js', () => readFileSync(join(here, 'browser/editor.js')));
  files.set('editor.css', () => readFileSync(join(here, 'browser/editor.css')));
  files.set('editor-setup.json', () => JSON.stringify(editorSetup(options)));
  files.set('site.css', () => readFileSync(siteCss));
  for (const name of decapFiles()) files.set(name, () => readFileSync(join(decapDist, name)));
  return files;
}
