// One result as DOM. Index data only ever becomes text nodes: a title "<script>…" shows as those characters.

import type { SearchResultView, TextRange } from "../search/types.ts";
import { formatDate } from "./formatDate.ts";
import { siteUrl } from "./siteUrl.ts";

/** `text` into `parent`, the `ranges` wrapped in <mark>. */
export function appendHighlighted(parent: Node, text: string, ranges: readonly TextRange[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parent.appendChild(doc.createTextNode(text.slice(at, start)));
    const mark = doc.createElement("mark");
    mark.textContent = text.slice(start, end);
    parent.appendChild(mark);
    at = end;
  }
  if (at < text.length) parent.appendChild(doc.createTextNode(text.slice(at)));
}

/**
 * <li class="search-result" [lang]>
 *   <h2 class="search-result-title"><a href="{base}{url}">title</a></h2>
 *   <p class="search-result-meta"><span class="search-result-category">category</span> · <time datetime="date">…</time></p>
 *   <p class="search-result-excerpt">excerpt</p>
 * </li>
 */
export function renderResult(doc: Document, base: string, view: SearchResultView): HTMLLIElement {
  const item = doc.createElement("li");
  item.className = "search-result";
  if (view.lang && view.lang !== doc.documentElement.lang) item.lang = view.lang;

  const heading = doc.createElement("h2");
  heading.className = "search-result-title";
  const link = doc.createElement("a");
  link.href = siteUrl(base, view.url);
  appendHighlighted(link, view.title, view.titleHighlights);
  heading.appendChild(link);
  item.appendChild(heading);

  const meta = doc.createElement("p");
  meta.className = "search-result-meta";
  if (view.category) {
    const category = doc.createElement("span");
    category.className = "search-result-category";
    category.textContent = view.category;
    meta.appendChild(category);
  }
  if (view.date) {
    if (view.category) meta.appendChild(doc.createTextNode(" · "));
    const time = doc.createElement("time");
    time.dateTime = view.date;
    time.textContent = formatDate(view.date, doc.documentElement.lang || undefined);
    meta.appendChild(time);
  }
  if (meta.childNodes.length > 0) item.appendChild(meta);

  if (view.excerpt) setExcerpt(item, view.excerpt, view.excerptHighlights);
  return item;
}

/** Puts `text` as the excerpt of a result item, in place of the one it has. */
export function setExcerpt(item: HTMLElement, text: string, highlights: readonly TextRange[]): void {
  const doc = item.ownerDocument;
  let excerpt = item.querySelector<HTMLElement>(".search-result-excerpt");
  if (!excerpt) {
    excerpt = doc.createElement("p");
    excerpt.className = "search-result-excerpt";
    item.appendChild(excerpt);
  }
  excerpt.replaceChildren();
  appendHighlighted(excerpt, text, highlights);
}
