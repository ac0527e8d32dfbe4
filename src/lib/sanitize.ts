/**
 * What raw HTML in a Markdown body may keep (SPEC §1): GitHub's safe subset, with links and
 * images restricted to https (and mailto for links). Scripts, handlers, iframes, forms and
 * `javascript:`/`data:` URLs never survive.
 */
import { unified, type AstroMarkdownOptions, type RehypePlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options } from 'rehype-sanitize';

export const markdownSanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['input', 'form', 'iframe', 'button', 'select', 'textarea'].includes(tag)),
  protocols: { ...defaultSchema.protocols, href: ['https', 'mailto'], src: ['https'], cite: ['https'], longDesc: ['https'] },
  strip: ['script', 'style', 'template', 'noscript'],
};

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Rehype plugin for body images: only https images stay (a relative `src` would point into the
 * site, where content files' images are not published), and each keeps an `alt` — empty when the
 * author gave none, so the image counts as decorative rather than breaking the page.
 */
export function rehypeContentImages() {
  const visit = (node: HastNode) => {
    if (!node.children) return;
    node.children = node.children.filter((child) => {
      if (child.type !== 'element' || child.tagName !== 'img') return true;
      const src = child.properties?.src;
      return typeof src === 'string' && src.startsWith('https://');
    });
    for (const child of node.children) {
      if (child.type === 'element' && child.tagName === 'img') {
        child.properties ??= {};
        if (typeof child.properties.alt !== 'string') child.properties.alt = '';
      }
      visit(child);
    }
  };
  return (tree: HastNode) => visit(tree);
}

function hasRaw(node: HastNode): boolean {
  return node.type === 'raw' || (node.children?.some(hasRaw) ?? false);
}

/**
 * rehype-raw, for the bodies that hold raw HTML: it parses the HTML so the sanitiser can keep its
 * text and drop only what is unsafe. It re-parses the whole tree, a quarter of Markdown's time at
 * 10,000 entries, so bodies of plain Markdown skip it (the sanitiser runs on every body).
 */
export function rehypeRawWhereNeeded() {
  const parseRaw = rehypeRaw();
  return (tree: HastNode, file: Parameters<typeof parseRaw>[1]) => (hasRaw(tree) ? parseRaw(tree as Parameters<typeof parseRaw>[0], file) : undefined);
}

/** Astro's Markdown processor for content bodies (astro.config.mjs), here so tests render with the same. */
export const markdownProcessor = unified({
  // Raw HTML is parsed first so the sanitiser can keep its text and drop only what is unsafe.
  rehypePlugins: [rehypeRawWhereNeeded, [rehypeSanitize, markdownSanitizeSchema], rehypeContentImages] as RehypePlugins,
  // Typographic quotes are language-specific (”…” in Swedish, «…» in Norwegian): SmartyPants
  // would give every body English “…”. Authors' own characters are kept as written.
  smartypants: false,
});

/** Astro's other Markdown settings, shared by every processor. */
export const markdownShared = { syntaxHighlight: false } satisfies AstroMarkdownOptions;
