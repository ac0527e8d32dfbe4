/**
 * What raw HTML in a Markdown body may keep (SPEC §1): GitHub's safe subset, with links and
 * images restricted to https (and mailto for links). Scripts, handlers, iframes, forms and
 * `javascript:`/`data:` URLs never survive.
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

export const markdownSanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['input', 'form', 'iframe', 'button', 'select', 'textarea'].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ['https', 'mailto'], src: ['https'], cite: ['https'], longDesc: ['https'] },
  strip: ['script', 'style', 'template', 'noscript'],
};
