// An article's lead image wherever it shows: on its page, on the front page, in cards and thumbnails, in
// og:image, JSON-LD and the feeds. One place decides the sizes, loading and the remote-image box of each use.
import type { Article } from "../content/types.ts";
import { isRemoteImage } from "./leadImage.ts";
import { fallbackOf, variantFor, type ImagePlan } from "./imageVariants.ts";
import { pictureHtml } from "./pictureHtml.ts";

/** Where an article's image is shown, with its width on the page at each viewport (layouts/assets/site.css). */
export const IMAGE_USES = {
  /** The article page's lead image: the reading column, in the first screen. */
  lead: { sizes: "(min-width: 46rem) 44rem, calc(100vw - 2rem)", loading: "eager", fetchpriority: "high" },
  /** The front page's lead story: two thirds of the page on a desktop, in the first screen. */
  front: { sizes: "(min-width: 64rem) 44rem, calc(100vw - 2rem)", loading: "eager", fetchpriority: "high" },
  /** A card in a grid. WebP only: a card is repeated on many list pages, and one srcset is half the markup of a <picture>. */
  card: { sizes: "(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, calc(100vw - 2rem)", loading: "lazy", format: "webp" },
  /** A small thumbnail beside a headline (related articles). WebP only, as cards. */
  thumb: { sizes: "7rem", loading: "lazy", format: "webp" },
} as const;

export type ImageUse = keyof typeof IMAGE_USES;

/** Remote images have no known size: every use shows them in a 16:9 box, cropped to fill it. */
const REMOTE_BOX = { width: 1600, height: 900, fit: "cover" } as const;
/** Width looked for in og:image and feeds: what social sites show. */
const SHARE_WIDTH = 1200;

export interface ArticleImages {
  /** The plan of a local image by site path (undefined for remote images). */
  plan: (sitePath: string) => ImagePlan | undefined;
  /** Site path → address with the path prefix. */
  href: (sitePath: string) => string;
  /** Site path → absolute address. */
  absolute: (sitePath: string) => string;
}

/**
 * The markup of an article's lead image for one use; "" without an image. A local image the build could not
 * find shows only on the article's own page, where the link check names it with the article; cards and
 * sharing leave it out.
 */
export function articleImageHtml(article: Article, use: ImageUse, images: ArticleImages, className?: string): string {
  const image = article.image;
  if (!image) return "";
  const plan = isRemoteImage(image.src) ? undefined : images.plan(image.src);
  if (!plan && !isRemoteImage(image.src) && use !== "lead") return "";
  const settings = IMAGE_USES[use];
  return pictureHtml(plan ? image.src : isRemoteImage(image.src) ? image.src : images.href(image.src), plan, {
    alt: image.alt ?? "",
    sizes: settings.sizes,
    loading: settings.loading,
    fetchpriority: "fetchpriority" in settings ? settings.fetchpriority : undefined,
    format: "format" in settings ? settings.format : undefined,
    className,
    href: images.href,
    box: REMOTE_BOX,
  });
}

/** The lead image for sharing (og:image, JSON-LD, feeds): absolute address, size and type when known. */
export function shareImage(article: Article, images: ArticleImages): { url: string; width?: number; height?: number; type?: string } | undefined {
  const image = article.image;
  if (!image) return undefined;
  if (isRemoteImage(image.src)) return { url: image.src };
  const plan = images.plan(image.src);
  if (!plan) return undefined;
  const variant = plan.sets.length > 0 ? variantFor(plan, SHARE_WIDTH) : fallbackOf(plan);
  return { url: images.absolute(variant.url), width: variant.width, height: variant.height, type: plan.sets.at(-1)?.type };
}

/** A phone as the build summary's page weight counts it: 390 CSS pixels wide, two device pixels to one. */
export const PHONE = { width: 390, pixelRatio: 2, margin: 32 };

/** The file a phone downloads for a lead image: the first (most compact) format, the width its screen needs. */
export function phoneImage(plan: ImagePlan): { url: string; format: string } {
  const wanted = (PHONE.width - PHONE.margin) * PHONE.pixelRatio;
  const set = plan.sets[0];
  if (!set) return { url: fallbackOf(plan).url, format: plan.source.format };
  const variant = set.variants.find((v) => v.width >= wanted) ?? set.variants.at(-1)!;
  return { url: variant.url, format: set.format };
}
