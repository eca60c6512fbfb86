// Worker thread for a build's local images (src/io/ImageWorker.ts starts it): makes the variants each page's
// markup names (src/images/imageVariants.ts) into the image cache folder with @11ty/eleventy-img (sharp),
// unless the cache holds them already, and puts them into the output folder (a hard link where it can, a copy
// elsewhere). The cache is keyed by content and settings: variant names hold a hash of the image's bytes, and
// a change of settings gives other widths or formats, hence other names. Files enter the cache by rename, so a
// build running beside this one never links a half-written file. Nothing is removed from it: variants of an
// image that changed stay until the folder is deleted.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parentPort } from "node:worker_threads";
import { ENCODER_OPTIONS } from "../images/encoderOptions.ts";

export interface ImageJob {
  /** The image file. */
  input: string;
  /** Variants to make, as paths relative to the cache and output folders ("economy/img/port-3fa9c1d2e0-960.webp"). */
  outputs: { file: string; format: string; width: number }[];
}

export type ImageRequest = {
  type: "start";
  jobs: ImageJob[];
  cacheDir: string;
  outputDir: string;
  /** File path of @11ty/eleventy-img's entry, loaded only when something must be encoded. */
  eleventyImg: string;
};
export type ImageReply =
  | { type: "done"; images: number; encoded: number; files: number; bytes: number; seconds: number }
  | { type: "failed"; message: string };

/** Images encoded at once; sharp spreads each over its own threads. */
const AT_ONCE = 4;

type EleventyImage = (src: string, options: object) => Promise<Record<string, { outputPath: string; width: number }[]>>;

parentPort!.on("message", (request: ImageRequest) => {
  run(request).catch((error: unknown) => reply({ type: "failed", message: error instanceof Error ? error.message : String(error) }));
});

async function run(request: ImageRequest): Promise<void> {
  const started = performance.now();
  const { jobs, cacheDir, outputDir } = request;
  let image: EleventyImage | undefined;
  let encoded = 0;
  fs.mkdirSync(cacheDir, { recursive: true });
  const pending = jobs.filter((job) => job.outputs.some((output) => !fs.existsSync(path.join(cacheDir, output.file))));
  for (let i = 0; i < pending.length; i += AT_ONCE) {
    image ??= ((await import(pathToFileURL(request.eleventyImg).href)) as { default: EleventyImage }).default;
    await Promise.all(pending.slice(i, i + AT_ONCE).map((job) => encode(image!, job, cacheDir)));
    encoded += Math.min(AT_ONCE, pending.length - i);
  }
  let files = 0;
  let bytes = 0;
  const folders = new Set<string>();
  for (const job of jobs) {
    for (const output of job.outputs) {
      bytes += place(path.join(cacheDir, output.file), path.join(outputDir, output.file), folders);
      files++;
    }
  }
  reply({ type: "done", images: jobs.length, encoded, files, bytes, seconds: (performance.now() - started) / 1000 });
}

/** Makes the job's variants with eleventy-img and checks they are the files the pages name. */
async function encode(image: EleventyImage, job: ImageJob, cacheDir: string): Promise<void> {
  const byName = new Map(job.outputs.map((output) => [`${output.width}.${output.format}`, output.file]));
  const folder = fs.mkdtempSync(path.join(cacheDir, ".encoding-"));
  try {
    await encodeInto(image, job, folder, byName).catch((error: unknown) => {
      throw new Error(`${job.input}: ${error instanceof Error ? error.message : String(error)}`);
    });
    for (const output of job.outputs) {
      const to = path.join(cacheDir, output.file);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.renameSync(path.join(folder, path.basename(output.file)), to);
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function encodeInto(image: EleventyImage, job: ImageJob, folder: string, byName: ReadonlyMap<string, string>): Promise<void> {
  const stats = await image(job.input, {
    widths: [...new Set(job.outputs.map((output) => output.width))],
    formats: [...new Set(job.outputs.map((output) => output.format))],
    outputDir: folder,
    urlPath: "/",
    fixOrientation: true,
    useCache: false,
    minimumThreshold: 1,
    sharpAvifOptions: ENCODER_OPTIONS.avif,
    sharpWebpOptions: ENCODER_OPTIONS.webp,
    sharpJpegOptions: ENCODER_OPTIONS.jpeg,
    sharpPngOptions: ENCODER_OPTIONS.png,
    filenameFormat: (_id: string, _src: string, width: number, format: string) => path.basename(byName.get(`${width}.${format}`) ?? `unplanned-${width}.${format}`),
  });
  const written = Object.values(stats).flat().map((stat) => path.relative(folder, stat.outputPath));
  const planned = job.outputs.map((output) => path.basename(output.file));
  const unplanned = written.filter((file) => !planned.includes(file));
  const missing = planned.filter((file) => !written.includes(file));
  if (unplanned.length > 0 || missing.length > 0) {
    throw new Error(`${job.input}: the encoder made ${unplanned.join(", ") || "nothing else"} instead of ${missing.join(", ") || "nothing"}`);
  }
}

/**
 * The cached file into the output: a hard link (no bytes copied) where both are on one disk. Returns its size.
 * `created`: output folders this run made, so empty until it filled them (a production build's staging
 * folder is new): files there need no look first.
 */
function place(from: string, to: string, created: Set<string>): number {
  const size = fs.statSync(from).size;
  const folder = path.dirname(to);
  let existing: fs.Stats | undefined;
  if (!created.has(folder)) {
    if (fs.existsSync(folder)) existing = fs.statSync(to, { throwIfNoEntry: false });
    else {
      fs.mkdirSync(folder, { recursive: true });
      created.add(folder);
    }
  }
  if (existing && existing.size === size) return size;
  if (existing) fs.rmSync(to);
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
  return size;
}

const reply = (message: ImageReply) => parentPort!.postMessage(message);
