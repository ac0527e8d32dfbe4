/**
 * schema.org Microdata (`itemscope`/`itemtype`/`itemprop`) as the same nodes JSON-LD gives, so one
 * reader maps both. Pages of older WordPress themes and ticket sellers mark their events up this way.
 */
import { createRequire } from 'node:module';

// The package's own types declare a module named 'domino', not its published name.
const domino = createRequire(import.meta.url)('@mixmark-io/domino') as { createDocument(html: string): Document };

type Node = Record<string, unknown>;

/** The value of an itemprop element, by the HTML Microdata rules. */
function propertyValue(element: Element): unknown {
  if (element.hasAttribute('itemscope')) return item(element);
  if (element.hasAttribute('content')) return element.getAttribute('content');
  switch (element.tagName.toLowerCase()) {
    case 'a': case 'area': case 'link': return element.getAttribute('href');
    case 'img': case 'audio': case 'video': case 'source': case 'embed': case 'iframe': return element.getAttribute('src');
    case 'time': return element.getAttribute('datetime') ?? element.textContent?.trim();
    case 'data': case 'meter': return element.getAttribute('value');
    default: return element.textContent?.replace(/\s+/g, ' ').trim();
  }
}

/** One item: its type and properties, not reaching into nested items' own properties. */
function item(scope: Element): Node {
  const node: Node = {};
  const type = scope.getAttribute('itemtype');
  if (type) node['@type'] = type.split(/\s+/).map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
  const id = scope.getAttribute('itemid');
  if (id) node['@id'] = id;
  const visit = (parent: Element) => {
    for (const child of Array.from(parent.children)) {
      const names = child.getAttribute('itemprop');
      if (names) {
        const value = propertyValue(child);
        for (const name of names.split(/\s+/).filter(Boolean)) {
          node[name] = node[name] === undefined ? value : [node[name], value].flat();
        }
      }
      if (!child.hasAttribute('itemscope')) visit(child);
    }
  };
  visit(scope);
  return node;
}

/** Every top-level item of a page (an itemscope that is not itself a property). */
export function microdataItems(html: string): Node[] {
  const document = domino.createDocument(html);
  return Array.from(document.querySelectorAll('[itemscope]'))
    .filter((element) => !element.hasAttribute('itemprop'))
    .map(item);
}
