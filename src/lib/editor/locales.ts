/** Decap's UI strings for the editor's languages, Swedish and Norwegian completed by the project. */
import en from 'decap-cms-locales/dist/esm/en/index.js';
import nbNo from 'decap-cms-locales/dist/esm/nb_no/index.js';
import sv from 'decap-cms-locales/dist/esm/sv/index.js';
import { nbCompletion } from './decap-nb.ts';
import { svCompletion } from './decap-sv.ts';

type Phrases = { [key: string]: string | Phrases };

/** `a.b.c` keys of a nested phrase object. */
export function phraseKeys(phrases: Phrases, prefix = ''): string[] {
  return Object.entries(phrases).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : phraseKeys(value, `${prefix}${key}.`));
}

function withPhrase(phrases: Phrases, path: string, text: string): Phrases {
  const [head, ...rest] = path.split('.');
  const inner = phrases[head!];
  return { ...phrases, [head!]: rest.length === 0 ? text : withPhrase(typeof inner === 'object' ? inner : {}, rest.join('.'), text) };
}

/** Decap's own phrases with a completion filled in where Decap has none (its own strings win). */
function completed(own: Phrases, completion: Record<string, string>): Phrases {
  const present = new Set(phraseKeys(own));
  return Object.entries(completion).reduce((phrases, [key, text]) => (present.has(key) ? phrases : withPhrase(phrases, key, text)), own);
}

/** Decap's English phrases: the reference every other language is checked against. */
export const decapEnglish = en as Phrases;

/** The completed phrase sets, by Decap's locale name, registered by the browser script over Decap's own. */
export function completedPhrases(): Record<'sv' | 'nb_no', Phrases> {
  return { sv: completed(sv as Phrases, svCompletion), nb_no: completed(nbNo as Phrases, nbCompletion) };
}
