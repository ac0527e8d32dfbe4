/** Field types shared by the entry, organiser and venue schemas (SPEC §1). */
import { z } from 'astro/zod';
import { parseLocal } from '../lib/time.ts';
import { accessibilityFeatures, countries } from '../lib/taxonomy.ts';

/** A file's id: lower-case letters, digits and hyphens (the file name without `.md`). */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = z.string().regex(idPattern, { error: 'must be an id of lower-case a-z, 0-9 and hyphens' });

/** A link that content may carry: https only, so nothing can point at `javascript:` or plain http. */
export const httpsUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.length > 0 && !/\s/.test(value);
    } catch {
      return false;
    }
  },
  { error: 'must be a full https:// address', params: { rule: 'https' } },
);

/** A day, or a day and a local time of day, in the entry's time zone. */
export const localMoment = z.string({ error: 'must be a date YYYY-MM-DD or a local time YYYY-MM-DDTHH:mm' }).refine(
  (value) => parseLocal(value) !== undefined,
  { error: 'must be a real date YYYY-MM-DD or local time YYYY-MM-DDTHH:mm', params: { rule: 'date' } },
);

/** A day without a time. */
export const localDate = z.string({ error: 'must be a date YYYY-MM-DD' }).refine(
  (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && parseLocal(value) !== undefined,
  { error: 'must be a real date YYYY-MM-DD', params: { rule: 'date' } },
);

/** A local time of day on a date, without offset. */
export const localDateTime = z.string({ error: 'must be a local time YYYY-MM-DDTHH:mm' }).refine(
  (value) => /T/.test(value) && parseLocal(value) !== undefined,
  { error: 'must be a real local time YYYY-MM-DDTHH:mm', params: { rule: 'date' } },
);

/**
 * Characters that change how surrounding text is shown without being visible themselves:
 * bidi embeddings/overrides/isolates, zero-width spaces, word joiners, BOMs and C0/C1 controls
 * other than tab and newline. In one-line fields they can only disguise text, so they go.
 */
const invisibleControls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .transform((value) => value.replace(invisibleControls, '').trim())
    .pipe(
      z.string().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` }),
    );

export const country = z.enum(countries);
export const accessibility = z.array(z.enum(accessibilityFeatures));

/** `./file.jpg`: an image file beside the content file. */
export const imageSrcPattern = /^\.\/[A-Za-z0-9._-]+\.(?:jpe?g|png|webp|avif|gif)$/i;

/** An image beside the content file; `alt` describes it for people who cannot see it. */
export const image = z.strictObject({
  src: z.string().regex(imageSrcPattern, {
    error: 'must be a file beside the Markdown file, like ./poster.jpg',
  }),
  alt: text(300),
  /** The photographer or rights holder, shown with the picture. */
  credit: text(120).optional(),
});

export const email = z.string().regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, { error: 'must be an e-mail address' });
