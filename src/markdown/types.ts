import type { Token } from "markdown-it";

export type { Token };

export interface Heading {
  level: number;
  id: string;
  text: string;
}

/** What one render of an article body needs to know, and what it reports back. */
export interface BodyEnv {
  /** Folder of the article's file relative to the articles folder, e.g. "economy"; "" at the top. */
  sourceDir: string;
  /** The site's path prefix, "/" or e.g. "/news/". */
  pathPrefix: string;
  /** Site-relative URL of the article whose file is at this path (relative to the articles folder), if any. */
  articleUrl?: (sourcePath: string) => string | undefined;
  /** Local images' sizes and variants, for responsive <img> markup (src/images/bodyImages.ts); plain <img> without. */
  images?: import("../images/bodyImages.ts").BodyImages;
  /** Filled by the render: the body's headings with their ids, for a table of contents. */
  headings?: Heading[];
}
