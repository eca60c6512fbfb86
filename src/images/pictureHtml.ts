// <img> and <picture> markup for an image, local or remote. Every <img> gets width and height, so the
// browser reserves its box before the file arrives (no layout shift):
// - a local image that is resized: <picture> with a <source> per modern format, srcset and sizes;
// - a local image served as it is (SVG, GIF): its own size;
// - a remote image or a local one whose size is unknown: the build never downloads, so it gets the size
//   of a fixed box (`box`) and the class `img-box`, which the stylesheet gives that aspect ratio with
//   object-fit: the picture is fitted into the box instead of pushing the text down when it arrives.
import { fallbackOf, type ImagePlan } from "./imageVariants.ts";
import type { ImageFormat } from "./types.ts";

export interface PictureOptions {
  alt: string;
  /** The image's width on the page at each viewport, for the browser's pick from srcset. */
  sizes: string;
  /** "eager" for an image in the first screen, "lazy" below it. */
  loading: "eager" | "lazy";
  /** "high" for the page's main image: fetched before other images. */
  fetchpriority?: "high";
  /** Class of the <img>. */
  className?: string;
  /** Site path → address with the path prefix. */
  href: (sitePath: string) => string;
  /** Width and height of the box a remote image is fitted into. */
  box: { width: number; height: number; fit: "cover" | "contain" };
  /** One format only, as a plain <img srcset> (small pictures repeated on many pages: less markup). */
  format?: ImageFormat;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" };
export const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (c) => ESCAPES[c]!);

/**
 * `src`: the image's site path when `plan` is given (a local image the build knows); otherwise its address as
 * it goes into the page (a remote image, or a local one of unknown size).
 */
export function pictureHtml(src: string, plan: ImagePlan | undefined, options: PictureOptions): string {
  const common =
    ` alt="${escapeAttribute(options.alt)}" loading="${options.loading}" decoding="async"` +
    (options.fetchpriority ? ` fetchpriority="${options.fetchpriority}"` : "");
  if (!plan) {
    const { width, height, fit } = options.box;
    const classes = [options.className, "img-box", `img-box--${fit}`].filter(Boolean).join(" ");
    return `<img class="${classes}" src="${escapeAttribute(src)}" width="${width}" height="${height}"${common}>`;
  }
  const className = options.className ? ` class="${escapeAttribute(options.className)}"` : "";
  const fallback = fallbackOf(plan);
  const size = ` width="${fallback.width}" height="${fallback.height}"`;
  if (plan.sets.length === 0) return `<img${className} src="${escapeAttribute(options.href(fallback.url))}"${size}${common}>`;
  const srcset = (set: ImagePlan["sets"][number]) =>
    escapeAttribute(set.variants.map((variant) => `${options.href(variant.url)} ${variant.width}w`).join(", "));
  const sizes = ` sizes="${escapeAttribute(options.sizes)}"`;
  const only = options.format && plan.sets.find((set) => set.format === options.format);
  if (only) {
    const largest = only.variants.at(-1)!;
    return `<img${className} src="${escapeAttribute(options.href(largest.url))}" srcset="${srcset(only)}"${sizes}${size}${common}>`;
  }
  const sources = plan.sets
    .slice(0, -1)
    .map((set) => `<source type="${set.type}" srcset="${srcset(set)}"${sizes}>`)
    .join("");
  const own = plan.sets.at(-1)!;
  return `<picture>${sources}<img${className} src="${escapeAttribute(options.href(fallback.url))}" srcset="${srcset(own)}"${sizes}${size}${common}></picture>`;
}
