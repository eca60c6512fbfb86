// Wires the search page: reads ?q= (and category, sort, page), runs the query, renders results, re-runs on
// submit without a reload.
//
// The page provides (see the layout):
//   <meta name="site-base" content="/news/">                 path prefix, ends with "/"
//   <form …><input id="q" name="q" type="search"></form>      the header search form
//   <div id="search-status" role="status" aria-live="polite"></div>
//   <ol id="search-results" data-page-size="10"></ol>         results shown at a time (src/site.ts)
//   <script type="application/json" id="search-text">…</script>   optional: the page's strings (searchText.ts)
// It fills the status with a line and, when the query was changed (any word, corrected spelling), a notice;
// puts a category filter and a sort order before the list and page buttons after it; fills the list with
// renderResult items; and sets aria-busy on the list while a query runs. Strings come from the text table,
// numbers and dates are formatted for the page's language.

import { createSearchSession } from "../search/searchSession.ts";
import type { SearchHit, SearchOutcome } from "../search/types.ts";
import { createFetchText } from "./createFetchText.ts";
import { renderResult, setExcerpt } from "./renderResult.ts";
import { fill, pageSearchText, type SearchText } from "./searchText.ts";
import { counting, statusText } from "./statusText.ts";

/** When the page does not say. */
const DEFAULT_PAGE_SIZE = 10;

export interface SearchPageEnvironment {
  document: Document;
  location: Location;
  history: History;
  fetch: typeof fetch;
}

type Sort = "relevance" | "date";

interface Controls {
  box: HTMLElement;
  category: HTMLSelectElement;
  sort: HTMLSelectElement;
  pager: HTMLElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  pageOf: HTMLElement;
}

/** Starts the search page in `env`; does nothing on a page without the status and results elements. */
export function mountSearchPage(env: SearchPageEnvironment): void {
  const doc = env.document;
  const elements = pageElements(doc);
  if (!elements) return;
  const { status, list, input } = elements;
  const text = pageSearchText(doc);
  const locale = doc.documentElement.lang || undefined;
  const count = counting(locale);
  const pageSize = Number(list.dataset.pageSize) || DEFAULT_PAGE_SIZE;
  const base = doc.querySelector<HTMLMetaElement>('meta[name="site-base"]')?.content || "/";
  const session = createSearchSession({ fetchText: createFetchText(base, env.fetch) });
  const controls = makeControls(doc, text, list);

  let run = 0;
  let outcome: SearchOutcome | undefined;
  let hits: SearchHit[] = [];
  let facets: Awaited<ReturnType<typeof session.facets>> | undefined;
  const state = { category: "", sort: "relevance" as Sort, page: 1 };
  /** Counts pages shown, so a passage that comes late goes only into its own page. */
  let pageShown = 0;

  function showStatus(line: string, notice?: string): void {
    const lines = [line, notice].filter((l): l is string => l !== undefined).map((l) => {
      const p = doc.createElement("p");
      p.textContent = l;
      return p;
    });
    if (lines[1]) lines[1].className = "search-notice";
    status.replaceChildren(...lines);
  }

  function remember(): void {
    const url = new URL(env.location.href);
    url.searchParams.set("q", input?.value ?? url.searchParams.get("q") ?? "");
    for (const [key, value, unset] of [
      ["category", state.category, ""],
      ["sort", state.sort, "relevance"],
      ["page", String(state.page), "1"],
    ] as const) {
      if (value === unset) url.searchParams.delete(key);
      else url.searchParams.set(key, value);
    }
    env.history.replaceState(env.history.state, "", url);
  }

  /** The hits of the chosen category, in the chosen order. */
  function narrowed(): SearchHit[] {
    if (!facets) return hits;
    const chosen = facets.categories.indexOf(state.category);
    const kept = chosen < 0 ? hits : hits.filter((hit) => facets!.categoryOf(hit.ref) === chosen);
    if (state.sort === "relevance") return kept;
    const byRef = new Map(kept.map((hit) => [hit.ref, hit]));
    return facets.newestFirst(kept.map((hit) => hit.ref)).map((ref) => byRef.get(ref)!);
  }

  /** Fills the category list with this query's counts. */
  function fillCategories(): void {
    const counts = new Map<number, number>();
    if (facets) for (const hit of hits) counts.set(facets.categoryOf(hit.ref), (counts.get(facets.categoryOf(hit.ref)) ?? 0) + 1);
    const options = [option(doc, "", fill(text.allCategories, { count: count.number(hits.length) }))];
    const named = [...counts].filter(([c]) => facets && c >= 0 && c < facets.categories.length);
    named.sort((a, b) => b[1] - a[1] || facets!.categories[a[0]].localeCompare(facets!.categories[b[0]], locale));
    for (const [c, n] of named) {
      const name = facets!.categories[c];
      options.push(option(doc, name, fill(text.categoryOption, { category: name, count: count.number(n) })));
    }
    controls.category.replaceChildren(...options);
    if (!named.some(([c]) => facets!.categories[c] === state.category)) state.category = "";
    controls.category.value = state.category;
    controls.sort.value = state.sort;
  }

  async function showPage(current: number, focus: boolean): Promise<void> {
    const shown = narrowed();
    const pages = Math.max(1, Math.ceil(shown.length / pageSize));
    state.page = Math.min(Math.max(1, state.page), pages);
    list.setAttribute("aria-busy", "true");
    const page = shown.slice((state.page - 1) * pageSize, state.page * pageSize);
    const passages = session.passages(page);
    passages.catch(() => undefined);
    // Titles first, from the metadata; the passages that matched replace the descriptions as their text comes.
    const views = await session.describe(page, { passages: false });
    if (current !== run) return;
    const items = views.map((view) => renderResult(doc, base, view));
    list.replaceChildren(...items);
    list.start = (state.page - 1) * pageSize + 1;
    const shownPage = ++pageShown;
    void passages
      .then((found) => {
        if (current !== run || shownPage !== pageShown) return;
        found.forEach((passage, i) => passage && setExcerpt(items[i], passage.text, passage.highlights));
      })
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        if (current === run && shownPage === pageShown) list.setAttribute("aria-busy", "false");
      });
    controls.pager.hidden = pages <= 1;
    controls.previous.disabled = state.page <= 1;
    controls.next.disabled = state.page >= pages;
    controls.pageOf.textContent = fill(text.pageOf, { page: count.number(state.page), pages: count.number(pages) });
    if (outcome) {
      const { line, notice } = statusText(outcome, text, count);
      const category = state.category ? ` · ${fill(text.inCategory, { count: count.number(shown.length), category: state.category })}` : "";
      showStatus(line + category, notice);
    }
    remember();
    // Keyboard and screen reader users go on from the first result of the new page.
    if (focus) list.querySelector("a")?.focus();
  }

  async function search(query: string): Promise<void> {
    const current = ++run;
    hits = [];
    outcome = undefined;
    list.replaceChildren();
    controls.box.hidden = true;
    controls.pager.hidden = true;
    list.setAttribute("aria-busy", "true");
    showStatus(text.searching);
    // Categories do not depend on the query: fetched beside its shards.
    const facetsLoading = session.facets();
    facetsLoading.catch(() => undefined);
    try {
      const result = await session.search(query);
      if (current !== run) return;
      outcome = result;
      if (result.status === "found") {
        hits = result.hits;
        facets = await facetsLoading;
        if (current !== run) return;
        fillCategories();
        controls.box.hidden = false;
        await showPage(current, false);
      } else {
        const { line, notice } = statusText(result, text, count);
        showStatus(line, notice);
        remember();
      }
    } catch (error) {
      if (current !== run) return;
      showStatus(text.unavailable);
      list.setAttribute("aria-busy", "false");
      console.error(error);
    } finally {
      if (current === run && outcome?.status !== "found") list.setAttribute("aria-busy", "false");
    }
  }

  const change = (update: () => void, focus: boolean) => async () => {
    update();
    try {
      await showPage(run, focus);
    } catch (error) {
      showStatus(text.unavailable);
      list.setAttribute("aria-busy", "false");
      console.error(error);
    }
  };
  controls.category.addEventListener(
    "change",
    change(() => {
      state.category = controls.category.value;
      state.page = 1;
    }, false),
  );
  controls.sort.addEventListener(
    "change",
    change(() => {
      state.sort = controls.sort.value === "date" ? "date" : "relevance";
      state.page = 1;
    }, false),
  );
  controls.previous.addEventListener("click", change(() => (state.page -= 1), true));
  controls.next.addEventListener("click", change(() => (state.page += 1), true));

  input?.form?.addEventListener("submit", (event) => {
    event.preventDefault();
    state.category = "";
    state.page = 1;
    remember();
    void search(input.value);
  });

  const params = new URL(env.location.href).searchParams;
  const initial = params.get("q") ?? "";
  state.category = params.get("category") ?? "";
  state.sort = params.get("sort") === "date" ? "date" : "relevance";
  state.page = Number(params.get("page")) || 1;
  if (input) input.value = initial;
  if (initial.trim() !== "") void search(initial);
  else showStatus(text.prompt);
}

function option(doc: Document, value: string, label: string): HTMLOptionElement {
  const o = doc.createElement("option");
  o.value = value;
  o.textContent = label;
  return o;
}

/**
 * <div class="search-controls">
 *   <label for="search-category">…</label> <select id="search-category">
 *   <label for="search-sort">…</label> <select id="search-sort">
 * </div>
 * (before the list) and <nav class="search-pager" aria-label="…"><button>…</button> <span>Page 1 of 3</span> <button>…</button></nav> (after it).
 */
function makeControls(doc: Document, text: SearchText, list: HTMLElement): Controls {
  const box = doc.createElement("div");
  box.className = "search-controls";
  box.hidden = true;
  const labelled = (id: string, label: string, select: HTMLSelectElement) => {
    const wrap = doc.createElement("span");
    wrap.className = "search-control";
    const l = doc.createElement("label");
    l.htmlFor = id;
    l.textContent = label;
    select.id = id;
    wrap.append(l, select);
    return wrap;
  };
  const category = doc.createElement("select");
  const sort = doc.createElement("select");
  sort.append(option(doc, "relevance", text.sortRelevance), option(doc, "date", text.sortNewest));
  box.append(labelled("search-category", text.categoryLabel, category), labelled("search-sort", text.sortLabel, sort));
  list.before(box);

  const pager = doc.createElement("nav");
  pager.className = "search-pager";
  pager.setAttribute("aria-label", text.pagesLabel);
  pager.hidden = true;
  const button = (label: string) => {
    const b = doc.createElement("button");
    b.type = "button";
    b.textContent = label;
    return b;
  };
  const previous = button(text.previousPage);
  previous.className = "search-previous";
  const next = button(text.nextPage);
  next.className = "search-next";
  const pageOf = doc.createElement("span");
  pageOf.className = "search-page-of";
  pager.append(previous, pageOf, next);
  list.after(pager);
  return { box, category, sort, pager, previous, next, pageOf };
}

function pageElements(doc: Document): { status: HTMLElement; list: HTMLOListElement; input: HTMLInputElement | null } | undefined {
  const status = doc.getElementById("search-status");
  const list = doc.getElementById("search-results");
  const input = doc.getElementById("q");
  if (!status || !list || list.tagName !== "OL") return undefined;
  return { status, list: list as HTMLOListElement, input: input?.tagName === "INPUT" ? (input as HTMLInputElement) : null };
}

