// Local images as the build knows them before any is encoded: enough to write each page's <img> markup.

export type ImageFormat = "jpeg" | "png" | "webp" | "avif" | "gif" | "svg";

/** A local image file kept beside the articles. */
export interface SourceImage {
  /** Site path without the path prefix: "/economy/img/port.jpg". */
  path: string;
  width: number;
  height: number;
  format: ImageFormat;
  /** Hash of the file's bytes: variants are named after it, so a changed file gets new names. */
  hash: string;
}

/** Every local image of the site by site path. */
export type ImageTable = ReadonlyMap<string, SourceImage>;

/** How local raster images are resized and converted. */
export interface ImageSettings {
  /** Widths in pixels made of each image, smallest first (never wider than the image itself). */
  widths: number[];
  /** Modern formats offered before the image's own, which stays as the fallback. */
  formats: ("avif" | "webp")[];
}
