/**
 * Facet filter state shared by the search and opportunities islands: kept in the URL query
 * (`?type=concert&type=talk&region=varmland`), values of one facet OR-ed, facets AND-ed.
 * No imports: this ships to the browser.
 */

/** Chosen value ids per facet key; a facet without a choice is absent or empty. */
export type Selection = Record<string, string[]>;

export function selectionFromParams(params: URLSearchParams, keys: readonly string[]): Selection {
  const selection: Selection = {};
  for (const key of keys) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length > 0) selection[key] = values;
  }
  return selection;
}

/** A query string (with `?`, or empty) for the extra single values and the selection, keys in `keys` order. */
export function queryString(keys: readonly string[], selection: Selection, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  for (const key of keys) for (const value of selection[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toggleValue(selection: Selection, key: string, value: string, on: boolean): Selection {
  const current = selection[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const result = { ...selection };
  if (next.length > 0) result[key] = next;
  else delete result[key];
  return result;
}

/** Whether an item with these facet values passes: some chosen value of every chosen facet. */
export function matchesSelection(values: Record<string, readonly string[]>, selection: Selection): boolean {
  return Object.entries(selection).every(([key, chosen]) => chosen.length === 0 || chosen.some((v) => values[key]?.includes(v)));
}

export function hasSelection(selection: Selection): boolean {
  return Object.values(selection).some((values) => values.length > 0);
}
