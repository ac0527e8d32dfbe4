/** getStaticPaths helper shared by pages: one path per UI language and item. */
import { uiLangs } from '../lib/taxonomy.ts';

export function langItemPaths<T>(items: Iterable<readonly [string, T]>) {
  const list = [...items];
  return uiLangs.flatMap((lang) => list.map(([id, item]) => ({ params: { lang, id }, props: { item } })));
}
