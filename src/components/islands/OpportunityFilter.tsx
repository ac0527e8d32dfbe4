/**
 * Filters the server-rendered list of open opportunities in place: checkboxes per filter
 * (values of one filter OR-ed, filters AND-ed), counts that follow the other choices, choices in
 * the URL. It replaces the facet links, which keep working without JavaScript.
 */
import { useEffect, useState } from 'preact/hooks';
import { hasSelection, matchesSelection, queryString, selectionFromParams, toggleValue, type Selection } from '../../lib/filters.ts';
import FacetFieldset, { type FacetProp } from './FacetFieldset.tsx';


interface Props {
  facets: FacetProp[];
  /** The list whose items carry `data-{key}` attributes with space-separated value ids. */
  listId: string;
  /** The facet links this island stands in for. */
  linksId: string;
  labels: {
    filters: string;
    clear: string;
    /** With `{shown}` and `{total}` placeholders. */
    showing: string;
  };
}

type Item = { element: HTMLElement; values: Record<string, string[]> };

export default function OpportunityFilter({ facets, listId, linksId, labels }: Props) {
  const keys = facets.map((f) => f.key);
  const [items, setItems] = useState<Item[] | undefined>();
  const [selection, setSelection] = useState<Selection>({});

  useEffect(() => {
    const elements = [...(document.getElementById(listId)?.children ?? [])] as HTMLElement[];
    setItems(
      elements.map((element) => ({
        element,
        values: Object.fromEntries(keys.map((key) => [key, element.dataset[key]?.split(' ').filter(Boolean) ?? []])),
      })),
    );
    setSelection(selectionFromParams(new URLSearchParams(location.search), keys));
    const links = document.getElementById(linksId);
    if (links) links.hidden = true;
  }, []);

  useEffect(() => {
    if (!items) return;
    for (const item of items) item.element.hidden = !matchesSelection(item.values, selection);
    history.replaceState(history.state, '', `${location.pathname}${queryString(keys, selection)}`);
  }, [items, selection]);

  // Rendered only once the list is known, so the server output stays the facet links alone.
  if (!items) return null;

  const shown = items.filter((item) => matchesSelection(item.values, selection)).length;
  /** How many items a value would show, given the choices in the other filters. */
  const countFor = (key: string, id: string) => {
    const { [key]: _, ...others } = selection;
    return items.filter((item) => item.values[key]?.includes(id) && matchesSelection(item.values, others)).length;
  };

  return (
    <form class="opportunity-filter" onSubmit={(event) => event.preventDefault()} aria-labelledby="opportunity-filter-heading">
      <h2 id="opportunity-filter-heading">{labels.filters}</h2>
      <div class="opportunity-filter__groups">
        {facets.map((facet) => (
          <FacetFieldset
            key={facet.key}
            facet={facet}
            chosen={selection[facet.key] ?? []}
            counts={Object.fromEntries(facet.values.map((v) => [v.id, countFor(facet.key, v.id)]))}
            onToggle={(key, id, on) => setSelection(toggleValue(selection, key, id, on))}
          />
        ))}
      </div>
      <p class="opportunity-filter__status" role="status">
        {labels.showing.replace('{shown}', String(shown)).replace('{total}', String(items.length))}
      </p>
      {hasSelection(selection) && (
        <button type="button" onClick={() => setSelection({})}>{labels.clear}</button>
      )}
    </form>
  );
}
