// Inlined into /{lang}/search/ as an async module script (src/pages/[lang]/search.astro; allowed
// by its CSP hash), which runs as soon as it is parsed, without waiting for the style sheet: a page
// opened with a search in its URL starts Pagefind here and loads the index chunks for the words
// and the chosen filters (which chunks depends only on the words and the filter keys, so the value
// ids from the URL do). The island takes the promise over (pagefind.ts, loadPagefind).
(() => {
  const params = new URLSearchParams(location.search);
  const q = (params.get('q') || '').trim();
  const filters = {};
  for (const key of new Set(params.keys())) if (key !== 'q' && key !== 'sort') filters[key] = { any: params.getAll(key) };
  if (!q && Object.keys(filters).length === 0) return;
  const pagefind = import('/pagefind/pagefind.js').then(async (api) => {
    await api.init();
    return api;
  });
  window.kulturbroPagefind = pagefind;
  // Pagefind looks every 50 ms whether its metadata is ready before it loads any chunk: preloads
  // 10 ms apart start the chunks within 10 ms of that instead of up to 50.
  pagefind.then((api) => {
    for (let i = 0; i < 5; i++) setTimeout(() => api.preload(q || null, { filters }).catch(() => {}), i * 10);
  }).catch(() => {});
})();
