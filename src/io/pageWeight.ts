// What one article page costs a reader on a phone: its HTML and the stylesheet, compressed as a server sends
// them (gzip), and the lead image file the phone picks. Read from the written site.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  /** The page measured, relative to the output folder. */
  page: string;
  htmlGzipBytes: number;
  cssGzipBytes: number;
  /** The lead image as a phone downloads it, when the page has one. */
  image: { file: string; format: string; bytes: number } | undefined;
}

const gzipped = (file: string) => gzipSync(fs.readFileSync(file), { level: 6 }).length;

/** `pageUrl` and `cssUrl` are site paths; `image` the phone's file of the lead image (a site path). */
export function pageWeight(outputDir: string, pageUrl: string, cssUrl: string, image: { url: string; format: string } | undefined): PageWeight | undefined {
  const local = (sitePath: string) => path.join(outputDir, ...sitePath.split("/").filter(Boolean));
  const page = path.join(local(pageUrl), "index.html");
  if (!fs.existsSync(page)) return undefined;
  const imageFile = image && local(image.url);
  return {
    page: path.relative(outputDir, page).split(path.sep).join("/"),
    htmlGzipBytes: gzipped(page),
    cssGzipBytes: gzipped(local(cssUrl)),
    image: imageFile && fs.existsSync(imageFile) ? { file: image.url, format: image.format, bytes: fs.statSync(imageFile).size } : undefined,
  };
}
