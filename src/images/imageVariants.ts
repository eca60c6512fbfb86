// The files made of one local image: which widths in which formats, at which addresses. The markup and
// the encoder both follow this plan, so a page knows every variant's address and size before it exists.
import { ENCODER_KEY } from "./encoderOptions.ts";
import type { ImageFormat, ImageSettings, SourceImage } from "./types.ts";

export interface Variant {
  /** Site path without the path prefix: "/economy/img/port-3fa9c1d2e0-960.webp" (content hash, encoder settings, width). */
  url: string;
  width: number;
  height: number;
}

export interface VariantSet {
  format: ImageFormat;
  /** MIME type for <source type>. */
  type: string;
  /** Smallest first. */
  variants: Variant[];
}

export interface ImagePlan {
  source: SourceImage;
  /** Preferred formats first; the last is the image's own format (the fallback). Empty for images served as they are. */
  sets: VariantSet[];
}

const MIME: Record<ImageFormat, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
  svg: "image/svg+xml",
};
const EXTENSION: Record<ImageFormat, string> = { jpeg: "jpg", png: "png", webp: "webp", avif: "avif", gif: "gif", svg: "svg" };

/** Formats that are resized and converted; others (SVG scales by itself, GIF may be animated) are served as they are. */
export function isResized(format: ImageFormat): boolean {
  return format === "jpeg" || format === "png" || format === "webp" || format === "avif";
}

/** The widths made of an image `width` pixels wide: the settings' smaller ones, and the image's own width or the largest setting. */
export function variantWidths(width: number, settings: ImageSettings): number[] {
  const largest = Math.max(...settings.widths);
  const widths = new Set(settings.widths.filter((w) => w < width));
  widths.add(Math.min(width, largest));
  return [...widths].sort((a, b) => a - b);
}

/** The height of a resized copy, rounded down as the encoder rounds it. */
export function scaledHeight(source: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.floor((width * source.height) / source.width));
}

export function imagePlan(source: SourceImage, settings: ImageSettings): ImagePlan {
  if (!isResized(source.format)) return { source, sets: [] };
  const formats = [...new Set<ImageFormat>([...settings.formats, source.format])];
  const widths = variantWidths(source.width, settings);
  const slash = source.path.lastIndexOf("/");
  const dot = source.path.lastIndexOf(".");
  const stem = source.path.slice(0, dot > slash ? dot : source.path.length);
  // The file's content and the encoder's settings name the variants: either changing gives new files.
  const key = `${source.hash.slice(0, 6)}${ENCODER_KEY}`;
  return {
    source,
    sets: formats.map((format) => ({
      format,
      type: MIME[format],
      variants: widths.map((width) => ({ url: `${stem}-${key}-${width}.${EXTENSION[format]}`, width, height: scaledHeight(source, width) })),
    })),
  };
}

/** The largest variant in the image's own format: the <img src>, og:image and feed image. The file itself when not resized. */
export function fallbackOf(plan: ImagePlan): Variant {
  const own = plan.sets.at(-1);
  return own?.variants.at(-1) ?? { url: plan.source.path, width: plan.source.width, height: plan.source.height };
}

/** The smallest variant at least `width` pixels wide in the image's own format (or the largest there is). */
export function variantFor(plan: ImagePlan, width: number): Variant {
  const own = plan.sets.at(-1);
  return own?.variants.find((variant) => variant.width >= width) ?? fallbackOf(plan);
}
