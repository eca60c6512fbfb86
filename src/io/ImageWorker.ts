// The main thread's side of src/io/imageThread.ts: hands it the variants the pages name and waits for them
// to be in the output folder. Started only for a site that has images to resize.
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import type { ImagePlan } from "../images/imageVariants.ts";
import type { ImageJob, ImageReply, ImageRequest } from "./imageThread.ts";
import { prepareWorkers, startWorker } from "./startWorker.ts";

export const IMAGE_THREAD = new URL("./imageThread.ts", import.meta.url);

export interface ImageStats {
  /** Images resized. */
  images: number;
  /** Of those, encoded by this build (the others came from the cache). */
  encoded: number;
  /** Variant files put into the output, and their bytes. */
  files: number;
  bytes: number;
  seconds: number;
}

/** The encoder's work for these plans: each image's file and its variants, relative to the cache and output folders. */
export function imageJobs(plans: Iterable<ImagePlan>, articlesDir: string): ImageJob[] {
  const jobs: ImageJob[] = [];
  for (const plan of plans) {
    if (plan.sets.length === 0) continue;
    jobs.push({
      input: path.join(articlesDir, ...plan.source.path.split("/")),
      outputs: plan.sets.flatMap((set) => set.variants.map((variant) => ({ file: variant.url.slice(1), format: set.format, width: variant.width }))),
    });
  }
  return jobs;
}

/** Starts the image thread on `jobs`; its code is bundled in esbuild's process first, so this thread goes on rendering. */
export function processImages(jobs: ImageJob[], cacheDir: string, outputDir: string): { done: Promise<ImageStats>; stop: () => Promise<void> } {
  let stopped = false;
  let worker: Worker | undefined;
  const done = prepareWorkers([IMAGE_THREAD]).then(
    () =>
      new Promise<ImageStats>((resolve, reject) => {
        if (stopped) return reject(new Error("images: stopped"));
        const thread = (worker = startWorker(IMAGE_THREAD));
        thread.on("message", (reply: ImageReply) => {
          if (reply.type === "done") resolve(reply);
          else reject(new Error(`images: ${reply.message}`));
          void thread.terminate();
        });
        thread.on("error", (error) => reject(new Error(`images: ${error.message}`)));
        thread.on("exit", (code) => reject(new Error(`images: the thread stopped (exit code ${code})`)));
        const request: ImageRequest = { type: "start", jobs, cacheDir, outputDir, eleventyImg: fileURLToPath(import.meta.resolve("@11ty/eleventy-img")) };
        thread.postMessage(request);
      }),
  );
  return {
    done,
    /** Resolves once the thread has stopped: it writes nothing after that. */
    stop: () => {
      stopped = true;
      worker?.removeAllListeners("exit");
      return worker ? worker.terminate().then(() => undefined) : Promise.resolve();
    },
  };
}
