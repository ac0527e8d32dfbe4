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
 * Rehype plugin: an image from raw HTML without `alt` gets an empty one (decorative), so a
 * careless body can't break the page's accessibility; authors are told about it by the validator.
 */
export function rehypeImageAlt() {
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.tagName === 'img') {
      node.properties ??= {};
      if (typeof node.properties.alt !== 'string') node.properties.alt = '';
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}
