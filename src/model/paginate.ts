// Splits a list into pages with their addresses and previous/next links; layouts only print them.
import { listPageUrl } from "../urls/sitePaths.ts";

export interface Paged<T> {
  items: T[];
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  url: string;
  previousUrl: string | undefined;
  nextUrl: string | undefined;
}

export function paginate<T>(items: readonly T[], size: number, baseUrl: string): Paged<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number of at least 1, not ${size}`);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const pages: Paged<T>[] = [];
  for (let n = 1; n <= pageCount; n++) {
    pages.push({
      items: items.slice((n - 1) * size, n * size),
      pageNumber: n,
      pageCount,
      url: listPageUrl(baseUrl, n),
      previousUrl: n > 1 ? listPageUrl(baseUrl, n - 1) : undefined,
      nextUrl: n < pageCount ? listPageUrl(baseUrl, n + 1) : undefined,
    });
  }
  return pages;
}
