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
