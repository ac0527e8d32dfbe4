/** getStaticPaths helpers shared by pages: one path per UI language and item, or per page of a list. */
import { PAGE_SIZE } from '../consts.ts';
import { pages } from '../lib/present.ts';
import { uiLangs } from '../lib/taxonomy.ts';
import { catalogue } from './catalogue.ts';

/** The paths of one language's entry pages (src/pages/{sv,nb,en}/events/[id].astro): one per entry. */
export function entryPagePaths() {
  return [...catalogue.byId.values()].map((item) => ({ params: { id: item.id }, props: { item } }));
}

export function langItemPaths<T>(items: Iterable<readonly [string, T]>) {
  const list = [...items];
  return uiLangs.flatMap((lang) => list.map(([id, item]) => ({ params: { lang, id }, props: { item } })));
}

/** `[lang]/[...page]` paths of a paginated list: page 1 has no number, then 2, 3, … */
export function langPagePaths<T>(items: readonly T[]) {
  const chunks = pages(items, PAGE_SIZE);
  return uiLangs.flatMap((lang) =>
    chunks.map((entries, index) => ({
      params: { lang, page: index === 0 ? undefined : String(index + 1) },
      props: { entries, current: index + 1, total: chunks.length },
    })),
  );
}
