// Which pages an incremental build takes from the previous output and which it renders: a page is taken when
// what it is made from did not change (its fingerprint, src/model/pageFingerprints.ts), the articles its body
// links to have the addresses they had, and its file in the previous output is the one that build wrote.
// Every other page, and every page of a kind not fingerprinted (home, indexes, feeds, sitemap, search), is
// rendered.
import type { SiteModel } from "./buildSiteModel.ts";
import type { PageFingerprints } from "./pageFingerprints.ts";
import { outputPathOf } from "./sitePages.ts";

/** What a build remembers of a page it published. */
export interface PageRecord {
  fingerprint: string;
  /** Article files its body looked up (links between articles), with the address each had then (null: none). */
  links: [relativePath: string, url: string | null][];
}

export interface ReusePlan {
  /** The model narrowed to the pages to render. */
  pages: SiteModel;
  /** Output paths of the pages taken from the previous output. */
  reused: string[];
}

export function reusePages(
  model: SiteModel,
  fingerprints: PageFingerprints,
  previous: ReadonlyMap<string, PageRecord>,
  options: {
    articleUrl: (relativePath: string) => string | undefined;
    /** True when the previous output still holds the file as that build wrote it. */
    intact: (outputPath: string) => boolean;
  },
): ReusePlan {
  const reused: string[] = [];
  const render = (sitePath: string): boolean => {
    const file = outputPathOf(sitePath);
    const before = previous.get(file);
    const same =
      before !== undefined &&
      before.fingerprint === fingerprints.get(file) &&
      before.links.every(([relativePath, url]) => (options.articleUrl(relativePath) ?? null) === url) &&
      options.intact(file);
    if (same) reused.push(file);
    return !same;
  };
  return {
    pages: {
      ...model,
      articlePages: model.articlePages.filter((page) => render(page.article.url)),
      categoryPages: model.categoryPages.filter((page) => render(page.url)),
      tagPages: model.tagPages.filter((page) => render(page.url)),
      authorPages: model.authorPages.filter((page) => render(page.url)),
      redirects: model.redirects.filter((redirect) => render(redirect.from)),
    },
    reused,
  };
}
