// The local images kept beside the articles, with their size and a hash of their bytes: what the pages'
// <img> markup and the encoder need. A file is read once per version (size and modification time): the
// results are kept in the image cache folder, so a rebuild only lists and stats the files.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { ImageFormat, SourceImage } from "../images/types.ts";

const EXTENSIONS: Record<string, ImageFormat> = {
  jpg: "jpeg",
  jpeg: "jpeg",
  png: "png",
  webp: "webp",
  avif: "avif",
  gif: "gif",
  svg: "svg",
};
const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
/** One manifest per articles folder: builds of other sites (the tests') share the cache folder. */
const manifestName = (articlesDir: string) => `sources-${createHash("sha256").update(path.resolve(articlesDir)).digest("hex").slice(0, 12)}.json`;
/** Bump when what is stored per file changes. */
const MANIFEST_VERSION = 1;

interface Stored {
  version: string;
  image: SourceImage | undefined;
  /** Why the file is not usable as an image. */
  problem?: string;
}

export interface ImageFiles {
  images: Map<string, SourceImage>;
  /** Image files the build cannot read (not an image, or no size): site path → reason. */
  unreadable: Map<string, string>;
}

/** Every image below `articlesDir` by site path ("/economy/img/port.jpg"). Hidden files and folders are left out. */
export function readImageFiles(articlesDir: string, cacheDir: string): ImageFiles {
  const images = new Map<string, SourceImage>();
  const unreadable = new Map<string, string>();
  if (!fs.existsSync(articlesDir)) return { images, unreadable };
  const manifestFile = path.join(cacheDir, manifestName(articlesDir));
  const known = readManifest(manifestFile);
  const next: Record<string, Stored> = {};
  let changed = false;
  for (const entry of fs.readdirSync(articlesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !IMAGE.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(articlesDir, file).split(path.sep).join("/");
    if (relative.split("/").some((part) => part.startsWith(".") || part === "node_modules")) continue;
    const sitePath = `/${relative}`;
    const stat = fs.statSync(file);
    const version = `${stat.size}:${stat.mtimeMs}`;
    let stored = known[sitePath];
    if (!stored || stored.version !== version) {
      stored = readImage(file, sitePath, version);
      changed = true;
    }
    next[sitePath] = stored;
    if (stored.image) images.set(sitePath, stored.image);
    else unreadable.set(sitePath, stored.problem ?? "is not an image");
  }
  // Only a site with images to resize keeps a cache (a site of SVG charts writes nothing beside its output).
  const resized = [...images.values()].some((image) => image.format !== "svg" && image.format !== "gif");
  if (resized && (changed || Object.keys(known).length !== Object.keys(next).length)) writeManifest(manifestFile, next);
  return { images, unreadable };
}

function readImage(file: string, sitePath: string, version: string): Stored {
  const bytes = fs.readFileSync(file);
  const format = EXTENSIONS[sitePath.slice(sitePath.lastIndexOf(".") + 1).toLowerCase()]!;
  try {
    const size = imageSize(bytes);
    if (!size.width || !size.height) return { version, image: undefined, problem: "has no width and height" };
    // EXIF orientations 5–8 turn the picture a quarter: it is shown (and resized) upright.
    const turned = (size.orientation ?? 1) >= 5;
    return {
      version,
      image: {
        path: sitePath,
        width: turned ? size.height : size.width,
        height: turned ? size.width : size.height,
        format,
        hash: createHash("sha256").update(bytes).digest("hex").slice(0, 10),
      },
    };
  } catch {
    return { version, image: undefined, problem: "is not an image the build can read" };
  }
}

function readManifest(file: string): Record<string, Stored> {
  try {
    const data = JSON.parse(fs.readFileSync(file, "utf8")) as { version: number; files: Record<string, Stored> };
    return data.version === MANIFEST_VERSION ? data.files : {};
  } catch {
    return {};
  }
}

function writeManifest(file: string, files: Record<string, Stored>): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, JSON.stringify({ version: MANIFEST_VERSION, files }));
    fs.renameSync(partial, file);
  } catch {
    // A cache that cannot be written only costs the next build the same reads.
  }
}
