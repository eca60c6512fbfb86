// Wires the search page: reads ?q=, runs the query, renders results, re-runs on submit without a reload.
//
// The page provides (see the layout):
//   <meta name="site-base" content="/news/">                 path prefix, ends with "/"
//   <form …><input id="q" name="q" type="search"></form>      the header search form
//   <div id="search-status" role="status" aria-live="polite"></div>
//   <ol id="search-results" data-page-size="10"></ol>         results shown at a time (src/site.ts)
// It adds <button type="button" class="search-more">Show more results</button> after the list (hidden when
// there is nothing more), fills the list with renderResult items, and sets aria-busy on the list while a query runs.

import { createSearchSession } from "../search/searchSession.ts";
import type { SearchHit } from "../search/types.ts";
import { createFetchText } from "./createFetchText.ts";
import { renderResult } from "./renderResult.ts";
import { searchingText, statusText, unavailableText } from "./statusText.ts";

/** When the page does not say. */
const DEFAULT_PAGE_SIZE = 10;

export interface SearchPageEnvironment {
  document: Document;
  location: Location;
  history: History;
  fetch: typeof fetch;
}

/** Starts the search page in `env`; does nothing on a page without the status and results elements. */
export function mountSearchPage(env: SearchPageEnvironment): void {
  const doc = env.document;
  const elements = pageElements(doc);
  if (!elements) return;
  const { status, list, input } = elements;
  const pageSize = Number(list.dataset.pageSize) || DEFAULT_PAGE_SIZE;
  const base = doc.querySelector<HTMLMetaElement>('meta[name="site-base"]')?.content || "/";
  const session = createSearchSession({ fetchText: createFetchText(base, env.fetch) });
  const more = doc.createElement("button");
  more.type = "button";
  more.className = "search-more";
  more.textContent = "Show more results";
  more.hidden = true;
  list.after(more);

  let run = 0;
  let hits: SearchHit[] = [];
  let shown = 0;

  async function showPage(current: number): Promise<void> {
    const views = await session.describe(hits.slice(shown, shown + pageSize));
    if (current !== run) return;
    const items = views.map((view) => renderResult(doc, base, view));
    list.append(...items);
    shown += views.length;
    more.hidden = shown >= hits.length;
  }

  async function search(query: string): Promise<void> {
    const current = ++run;
    hits = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    list.setAttribute("aria-busy", "true");
    status.textContent = searchingText;
    try {
      const outcome = await session.search(query);
      if (current !== run) return;
      if (outcome.status === "found") {
        hits = outcome.hits;
        await showPage(current);
      }
      if (current === run) status.textContent = statusText(outcome);
    } catch (error) {
      if (current !== run) return;
      status.textContent = unavailableText;
      console.error(error);
    } finally {
      if (current === run) list.setAttribute("aria-busy", "false");
    }
  }

  more.addEventListener("click", async () => {
    const current = run;
    const firstNew = shown;
    more.disabled = true;
    try {
      await showPage(current);
      // Keyboard users continue from the first new result rather than from a button that may be gone.
      list.children[firstNew]?.querySelector("a")?.focus();
    } catch (error) {
      status.textContent = unavailableText;
      console.error(error);
    } finally {
      more.disabled = false;
    }
  });

  input?.form?.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value;
    const url = new URL(env.location.href);
    url.searchParams.set("q", query);
    env.history.replaceState(env.history.state, "", url);
    void search(query);
  });

  const initial = new URL(env.location.href).searchParams.get("q") ?? "";
  if (input) input.value = initial;
  if (initial.trim() !== "") void search(initial);
}

function pageElements(doc: Document): { status: HTMLElement; list: HTMLElement; input: HTMLInputElement | null } | undefined {
  const status = doc.getElementById("search-status");
  const list = doc.getElementById("search-results");
  const input = doc.getElementById("q");
  if (!status || !list) return undefined;
  return { status, list, input: input?.tagName === "INPUT" ? (input as HTMLInputElement) : null };
}
