/** Small view helpers shared by pages and components (no Astro imports). */
import type { UiLang } from './taxonomy.ts';

/** The `lang` attribute text needs when it is in another language than the page, else undefined. */
export function langIfDifferent(textLang: string, pageLang: UiLang): string | undefined {
  return textLang === pageLang ? undefined : textLang;
}

/** Splits a list into pages of `size` (at least one page, possibly empty). */
export function pages<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result.length > 0 ? result : [[]];
}

/** Groups already-sorted items by a key, keeping the order: day headings of listings. */
export function groupConsecutive<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const groups: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = groups.at(-1);
    if (last && last.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}
