/**
 * The search page's island: a search box and facet filters on Pagefind's JS API. The query,
 * filters and order live in the URL (`?q=…&type=concert&sort=date`), so a shared link gives the
 * same search; the result count is announced in a polite live region.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { hasSelection, queryString, selectionFromParams, toggleValue, type Selection } from '../../lib/filters.ts';
import FacetFieldset, { type FacetProp } from './FacetFieldset.tsx';
import { loadPagefind, type Counts, type Pagefind, type PagefindResponse, type ResultData } from './pagefind.ts';


/** Result-count sentences with `{count}` and `{query}` placeholders, per plural form. */
export interface CountTemplates {
  zero: string;
  one: string;
  many: string;
}

export interface SearchLabels {
  search: string;
  button: string;
  filters: string;
  clear: string;
  sort: string;
  sortRelevance: string;
  sortDate: string;
  hint: string;
  loading: string;
  failed: string;
  results: string;
  more: string;
  when: string;
  where: string;
  deadline: string;
  withQuery: CountTemplates;
  withoutQuery: CountTemplates;
}

interface Props {
  facets: FacetProp[];
  labels: SearchLabels;
}

type Order = 'relevance' | 'date';
interface Found {
  status: 'idle' | 'loading' | 'done' | 'error';
  query: string;
  results: PagefindResponse['results'];
  shown: ResultData[];
}

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 150;

/**
 * Pagefind counts a facet's values only once that facet's filter chunk is loaded, and a search
 * loads only the chunks of the chosen filters. All of them (165 KB at 10,000 entries, where the
 * rest of a first search is about 270 KB) load the first time someone turns to the filters —
 * pointer over them, focus in them, the panel opened, a value ticked — not with the first
 * results. Until then the values are offered without numbers.
 */
let allFilters: Promise<unknown> | undefined;
let filtersLoaded = false;
function loadAllFilters(pagefind: Pagefind): Promise<unknown> {
  allFilters ??= pagefind.filters();
  allFilters.catch(() => (allFilters = undefined));
  return allFilters;
}

/** Pagefind's excerpt is text with `<`/`>` escaped and `<mark>` added: rebuilt as nodes, never as HTML. */
function excerptNodes(excerpt: string): (string | JSX.Element)[] {
  const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return excerpt.split(/(<mark>.*?<\/mark>)/).map((part, i) =>
    part.startsWith('<mark>') ? <mark key={i}>{unescape(part.slice(6, -7))}</mark> : unescape(part),
  );
}

function countText(templates: CountTemplates, count: number, query: string): string {
  const template = count === 0 ? templates.zero : count === 1 ? templates.one : templates.many;
  return template.replace('{count}', String(count)).replace('{query}', query);
}

export default function Search({ facets, labels }: Props) {
  const keys = facets.map((f) => f.key);
  const [query, setQuery] = useState('');
  const [selection, setSelection] = useState<Selection>({});
  const [order, setOrder] = useState<Order>('relevance');
  const [found, setFound] = useState<Found>({ status: 'idle', query: '', results: [], shown: [] });
  const [counts, setCounts] = useState<Counts | undefined>();
  // Open beside the results on wide screens; folded above them on narrow ones until asked for.
  const [filtersOpen, setFiltersOpen] = useState(true);
  // Set once the island runs; before that, CSS (search.astro) shows the panel folded on narrow screens, so folding it moves nothing.
  const [hydrated, setHydrated] = useState(false);
  const searchId = useRef(0);
  const typing = useRef<ReturnType<typeof setTimeout>>();
  const form = useRef<HTMLFormElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | undefined>();
  const countsWanted = useRef(false);
  const lastDone = useRef<{ id: number; q: string; chosen: Selection } | undefined>();

  const idOf = (key: string, name: string) => facets.find((f) => f.key === key)?.values.find((v) => v.name === name)?.id;
  /** Pagefind counts are keyed by value names; the page works with ids. */
  const countsById = (byName: Counts, only?: string): Counts => {
    const result: Counts = {};
    for (const [key, values] of Object.entries(byName)) {
      if (only && key !== only) continue;
      result[key] = {};
      for (const [name, count] of Object.entries(values)) {
        const id = idOf(key, name);
        if (id) result[key][id] = count;
      }
    }
    return result;
  };
  const pagefindFilters = (chosen: Selection) =>
    Object.fromEntries(
      Object.entries(chosen).map(([key, ids]) => [
        key,
        { any: ids.map((id) => facets.find((f) => f.key === key)?.values.find((v) => v.id === id)?.name ?? id) },
      ]),
    );

  async function run(term: string, chosen: Selection, sortBy: Order) {
    const id = ++searchId.current;
    const q = term.trim();
    history.replaceState(history.state, '', `${location.pathname}${queryString(keys, chosen, { q, sort: sortBy === 'date' ? 'date' : undefined })}`);
    if (!q && !hasSelection(chosen)) {
      setFound({ status: 'idle', query: '', results: [], shown: [] });
      return;
    }
    setFound((previous) => ({ ...previous, status: 'loading' }));
    try {
      const pagefind = await loadPagefind();
      const options = { filters: pagefindFilters(chosen), sort: sortBy === 'date' || !q ? { date: 'asc' } : {} };
      const complete = filtersLoaded; // then the search's own counts cover every facet
      const response = await pagefind.search(q || null, options);
      if (!response) return;
      // Results appear as their fragments arrive, from the first one on (with those after it that are
      // in too); the live region announces the count once the first page is complete.
      const pending = response.results.slice(0, PAGE_SIZE).map((r) => r.data());
      const arrived: ResultData[] = [];
      pending.forEach((data, i) => void data.then((d) => (arrived[i] = d), () => {}));
      await pending[0];
      if (id !== searchId.current) return;
      const inOrder = [...arrived];
      const gap = inOrder.findIndex((d) => d === undefined);
      setFound({ status: 'loading', query: q, results: response.results, shown: gap === -1 ? inOrder : inOrder.slice(0, gap) });
      const shown = await Promise.all(pending);
      if (id !== searchId.current) return;
      setFound({ status: 'done', query: q, results: response.results, shown });
      lastDone.current = { id, q, chosen };
      if (countsWanted.current) await recount(pagefind, id, q, chosen, complete ? response : undefined);
    } catch {
      if (id === searchId.current) setFound((previous) => ({ ...previous, status: 'error' }));
    }
  }

  /** Counts for search `id`, with every filter chunk loaded; a failure leaves the values without numbers. */
  async function recount(pagefind: Pagefind, id: number, q: string, chosen: Selection, response?: PagefindResponse) {
    try {
      await loadAllFilters(pagefind);
      filtersLoaded = true;
      const counted = await facetCounts(pagefind, q, chosen, response);
      if (id === searchId.current) setCounts(counted);
    } catch {
      // The results stand; the filters still work without their numbers.
    }
  }

  /** Someone turns to the filters: from now on every search brings its counts, starting with the one on screen. */
  function wantCounts() {
    if (countsWanted.current) return;
    countsWanted.current = true;
    const last = lastDone.current;
    void loadPagefind()
      .then((pagefind) => (last && last.id === searchId.current ? recount(pagefind, last.id, last.q, last.chosen) : loadAllFilters(pagefind)))
      .catch(() => {});
  }

  /** Counts per facet value; a facet with a choice counts its values as if it had none (values of one facet add up). */
  async function facetCounts(pagefind: Pagefind, q: string, chosen: Selection, response?: PagefindResponse): Promise<Counts> {
    const all = response ?? (await pagefind.search(q || null, { filters: pagefindFilters(chosen) }));
    const chosenKeys = Object.keys(chosen).filter((key) => chosen[key]?.length);
    const own = await Promise.all(
      chosenKeys.map(async (key) => {
        const { [key]: _, ...others } = chosen;
        const without = await pagefind.search(q || null, { filters: pagefindFilters(others) });
        return without ? countsById(without.filters, key) : {};
      }),
    );
    return Object.assign(all ? countsById(all.filters) : {}, ...own);
  }

  async function prepare() {
    try {
      await loadPagefind();
    } catch {
      setFound((previous) => ({ ...previous, status: 'error' }));
    }
  }

  async function showMore() {
    const from = found.shown.length;
    const more = await Promise.all(found.results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    setFound((previous) => ({ ...previous, shown: [...previous.shown, ...more] }));
    // The button may go away with the last results: keyboard focus moves to the first new one.
    focusFrom.current = from;
  }

  useEffect(() => {
    if (focusFrom.current === undefined) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('.search-result__title a')[focusFrom.current]?.focus();
    focusFrom.current = undefined;
  }, [found.shown.length]);

  useEffect(() => {
    // The URL wins; otherwise whatever was typed or ticked before the island woke up.
    const fromUrl = new URLSearchParams(location.search);
    const fromForm = form.current ? new URLSearchParams(new FormData(form.current) as unknown as Record<string, string>) : fromUrl;
    const params = fromUrl.size > 0 ? fromUrl : fromForm;
    const known = selectionFromParams(params, keys);
    const chosen: Selection = {};
    for (const facet of facets) {
      const ids = known[facet.key]?.filter((id) => facet.values.some((v) => v.id === id));
      if (ids?.length) chosen[facet.key] = ids;
    }
    const q = params.get('q') ?? '';
    const sortBy: Order = params.get('sort') === 'date' ? 'date' : 'relevance';
    setQuery(q);
    setSelection(chosen);
    setOrder(sortBy);
    setFiltersOpen(hasSelection(chosen) || matchMedia('(min-width: 60rem)').matches);
    setHydrated(true);
    if (q.trim() || hasSelection(chosen)) void run(q, chosen, sortBy);
  }, []);

  const onInput = (value: string) => {
    setQuery(value);
    clearTimeout(typing.current);
    typing.current = setTimeout(() => void run(value, selection, order), TYPING_DELAY_MS);
    // The index chunks for the words so far load while the typing pause runs out.
    if (value.trim()) void loadPagefind().then((pagefind) => pagefind.preload(value.trim(), { filters: pagefindFilters(selection) })).catch(() => {});
  };
  const onToggle = (key: string, id: string, on: boolean) => {
    const next = toggleValue(selection, key, id, on);
    setSelection(next);
    void run(query, next, order);
  };
  const onOrder = (value: Order) => {
    setOrder(value);
    void run(query, selection, value);
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    clearTimeout(typing.current);
    void run(query, selection, order);
  };

  const status =
    found.status === 'loading'
      ? labels.loading
      : found.status === 'error'
        ? labels.failed
        : found.status === 'done'
          ? countText(found.query ? labels.withQuery : labels.withoutQuery, found.results.length, found.query)
          : labels.hint;

  return (
    <form ref={form} class="search" role="search" method="get" onSubmit={onSubmit} onFocusIn={() => void prepare()}>
      <div class="search__box">
        <label for="search-query">{labels.search}</label>
        <div class="search__row">
          <input
            id="search-query"
            type="search"
            name="q"
            value={query}
            autocomplete="off"
            spellcheck={false}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
          <button type="submit">{labels.button}</button>
        </div>
        <label class="search__order">
          {labels.sort}{' '}
          <select name="sort" value={order} disabled={!query.trim()} onChange={(event) => onOrder(event.currentTarget.value as Order)}>
            <option value="relevance">{labels.sortRelevance}</option>
            <option value="date">{labels.sortDate}</option>
          </select>
        </label>
      </div>

      <div class="search__layout">
        <section class="search__filters" aria-labelledby="search-filters-heading" onPointerEnter={wantCounts} onFocusIn={wantCounts}>
          <details
            open={filtersOpen}
            data-hydrated={hydrated ? '' : undefined}
            onToggle={(event) => {
              setFiltersOpen(event.currentTarget.open);
              if (event.currentTarget.open && !matchMedia('(min-width: 60rem)').matches) wantCounts();
            }}
          >
            <summary><h2 id="search-filters-heading">{labels.filters}</h2></summary>
            {facets.map((facet) => (
              // Until the filters are turned to (see loadAllFilters), all values are offered, without numbers.
              <FacetFieldset key={facet.key} facet={facet} chosen={selection[facet.key] ?? []} counts={counts?.[facet.key]} hideEmpty onToggle={onToggle} />
            ))}
            {hasSelection(selection) && (
              <button type="button" class="search__clear" onClick={() => { setSelection({}); void run(query, {}, order); }}>
                {labels.clear}
              </button>
            )}
          </details>
        </section>

        <section class="search__results" aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" class="visually-hidden">{labels.results}</h2>
          <p class="search__status" role="status" aria-live="polite">{status}</p>
          <ol class="search__list" ref={list}>
            {found.shown.map((result) => (
              <li key={result.url} class={result.meta.image ? 'search-result search-result--picture' : 'search-result'}>
                {result.meta.image && <img class="search-result__picture" src={result.meta.image} alt={result.meta.image_alt ?? ''} width={400} height={267} loading="lazy" decoding="async" />}
                <h3 class="search-result__title">
                  <a href={result.url} lang={result.meta.title_lang}>{result.meta.title}</a>
                </h3>
                <p class="search-result__meta">
                  {result.meta.type && <span class="badge">{result.meta.type}</span>}
                  {result.meta.status && <span class="badge badge--alert">{result.meta.status}</span>}
                </p>
                <dl class="search-result__facts">
                  {result.meta.date && <><dt>{labels.when}</dt><dd>{result.meta.date}</dd></>}
                  {result.meta.place && <><dt>{labels.where}</dt><dd>{result.meta.place}</dd></>}
                  {result.meta.deadline && <><dt>{labels.deadline}</dt><dd>{result.meta.deadline}</dd></>}
                </dl>
                {found.query && <p class="search-result__excerpt">{excerptNodes(result.excerpt)}</p>}
              </li>
            ))}
          </ol>
          {found.status === 'done' && found.shown.length < found.results.length && (
            <button type="button" class="search__more" onClick={() => void showMore()}>{labels.more}</button>
          )}
        </section>
      </div>
    </form>
  );
}
