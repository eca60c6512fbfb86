// Images in article bodies: `![alt](img/chart.png)` becomes the same responsive markup as a lead image
// (src/images/pictureHtml.ts), with the size of the file, so nothing moves when it arrives. Loaded lazily:
// a body image is below the title, the standfirst and usually the lead image.
import type { MarkdownIt } from "markdown-it";
import { imagePlan, type ImagePlan } from "./imageVariants.ts";
import { escapeAttribute, pictureHtml } from "./pictureHtml.ts";
import type { ImageSettings, ImageTable } from "./types.ts";

/** Width of a body image at each viewport: the reading column (layouts/assets/site.css: --measure). */
export const BODY_IMAGE_SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";
/** The box a remote image is fitted into: 3:2, the whole picture shown. */
const REMOTE_BOX = { width: 1200, height: 800, fit: "contain" } as const;

/** What the body renderer needs to know of the site's images. */
export interface BodyImages {
  /** The plan of a local image by site path; undefined for one the build does not know. */
  plan: (sitePath: string) => ImagePlan | undefined;
  pathPrefix: string;
}

/** Plans made on demand from the image table, once each. */
export function bodyImages(table: ImageTable, settings: ImageSettings, pathPrefix: string): BodyImages {
  const plans = new Map<string, ImagePlan>();
  return {
    pathPrefix,
    plan: (sitePath) => {
      let plan = plans.get(sitePath);
      if (!plan) {
        const source = table.get(sitePath);
        if (!source) return undefined;
        plans.set(sitePath, (plan = imagePlan(source, settings)));
      }
      return plan;
    },
  };
}

/** A site path with the path prefix, as an address (the form src/markdown/localUrls.ts writes). */
export function prefixedHref(pathPrefix: string): (sitePath: string) => string {
  const base = pathPrefix.replace(/\/$/, "");
  return (sitePath) => encodeURI(base + sitePath);
}

export function responsiveBodyImages(md: MarkdownIt): void {
  const fallback = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const images = (env as { images?: BodyImages }).images;
    if (!images) return fallback(tokens, idx, options, env, self);
    const token = tokens[idx]!;
    const src = String(token.attrGet("src") ?? "");
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const title = token.attrGet("title");
    const sitePath = localPath(src, images.pathPrefix);
    const plan = sitePath === undefined ? undefined : images.plan(sitePath);
    const html = pictureHtml(plan ? plan.source.path : src, plan, {
      alt,
      sizes: BODY_IMAGE_SIZES,
      loading: "lazy",
      href: prefixedHref(images.pathPrefix),
      box: REMOTE_BOX,
    });
    return title ? html.replace("<img ", `<img title="${escapeAttribute(String(title))}" `) : html;
  };
}

/** The site path of an address that src/markdown/localUrls.ts made from a relative one; undefined for others. */
function localPath(src: string, pathPrefix: string): string | undefined {
  const base = pathPrefix.replace(/\/$/, "");
  if (!src.startsWith(`${base}/`) || src.startsWith("//")) return undefined;
  const path = src.slice(base.length).replace(/[?#].*$/, "");
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
