/** Decap's UI strings for the editor's three languages, Norwegian completed from `decap-nb.ts`. */
import en from 'decap-cms-locales/dist/esm/en/index.js';
import nbNo from 'decap-cms-locales/dist/esm/nb_no/index.js';
import { nbCompletion } from './decap-nb.ts';

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

/** Decap's English phrases: the reference every other language is checked against. */
export const decapEnglish = en as Phrases;

/** Decap's bokmål phrases with the project's completion filled in (its own strings win). */
export function norwegianPhrases(): Phrases {
  const own = new Set(phraseKeys(nbNo as Phrases));
  return Object.entries(nbCompletion).reduce(
    (phrases, [key, text]) => (own.has(key) ? phrases : withPhrase(phrases, key, text)),
    nbNo as Phrases,
  );
}
