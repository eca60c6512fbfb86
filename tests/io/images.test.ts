// Local images on disk: their sizes read once per file version, and their variants made by the image thread
// (eleventy-img and sharp) into the cache, then linked into the output; a second build encodes nothing.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { imagePlan } from "../../src/images/imageVariants.ts";
import { imageJobs, processImages } from "../../src/io/ImageWorker.ts";
import { readImageFiles } from "../../src/io/readImageFiles.ts";
import { tempDir } from "../support/buildSite.ts";

const settings = { widths: [200, 400], formats: ["webp"] as ("avif" | "webp")[] };

async function site() {
  const root = tempDir("images-");
  const articles = path.join(root, "articles");
  fs.mkdirSync(path.join(articles, "economy", "img"), { recursive: true });
  await sharp({ create: { width: 600, height: 300, channels: 3, background: "#336699" } }).jpeg().toFile(path.join(articles, "economy", "img", "port.jpg"));
  fs.writeFileSync(path.join(articles, "economy", "img", "chart.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="280"></svg>');
  fs.writeFileSync(path.join(articles, "economy", "img", "broken.png"), "not a png");
  fs.mkdirSync(path.join(articles, ".drafts"));
  fs.writeFileSync(path.join(articles, ".drafts", "hidden.png"), "x");
  return { root, articles, cache: path.join(root, ".cache", "images"), output: path.join(root, "dist") };
}

describe("readImageFiles", () => {
  it("reads each image's size, format and a hash of its bytes; names the files it cannot read", async () => {
    const { articles, cache } = await site();
    const { images, unreadable } = readImageFiles(articles, cache);
    expect([...images.keys()].sort()).toEqual(["/economy/img/chart.svg", "/economy/img/port.jpg"]);
    expect(images.get("/economy/img/port.jpg")).toEqual({ path: "/economy/img/port.jpg", width: 600, height: 300, format: "jpeg", hash: expect.stringMatching(/^[0-9a-f]{10}$/) });
    expect(images.get("/economy/img/chart.svg")).toMatchObject({ width: 480, height: 280, format: "svg" });
    expect([...unreadable]).toEqual([["/economy/img/broken.png", "is not an image the build can read"]]);
  });

  it("reads a file again only when it changed, and gives a changed file another hash", async () => {
    const { articles, cache } = await site();
    const first = readImageFiles(articles, cache).images.get("/economy/img/port.jpg")!;
    const file = path.join(articles, "economy", "img", "port.jpg");
    // A stored entry is trusted while size and time match: a changed cache entry shows it was not read again.
    const manifest = fs.readdirSync(cache).find((name) => name.startsWith("sources-"))!;
    const stored = JSON.parse(fs.readFileSync(path.join(cache, manifest), "utf8"));
    stored.files["/economy/img/port.jpg"].image.width = 601;
    fs.writeFileSync(path.join(cache, manifest), JSON.stringify(stored));
    expect(readImageFiles(articles, cache).images.get("/economy/img/port.jpg")!.width).toBe(601);
    await sharp({ create: { width: 600, height: 300, channels: 3, background: "#993366" } }).jpeg().toFile(file);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const changed = readImageFiles(articles, cache).images.get("/economy/img/port.jpg")!;
    expect(changed.width).toBe(600);
    expect(changed.hash).not.toBe(first.hash);
  });
});

describe("the image thread", () => {
  it("makes every planned variant into the cache and the output, and takes them from the cache the next time", async () => {
    const { articles, cache, output } = await site();
    const { images } = readImageFiles(articles, cache);
    const plans = [...images.values()].map((image) => imagePlan(image, settings));
    const jobs = imageJobs(plans, articles);
    expect(jobs).toHaveLength(1); // the SVG is served as it is
    const first = await processImages(jobs, cache, output).done;
    expect(first).toMatchObject({ images: 1, encoded: 1, files: 4 });
    for (const variant of plans.find((plan) => plan.sets.length > 0)!.sets.flatMap((set) => set.variants)) {
      const file = path.join(output, variant.url);
      const meta = await sharp(file).metadata();
      expect([variant.url, meta.width, meta.height]).toEqual([variant.url, variant.width, variant.height]);
    }
    const second = await processImages(jobs, cache, path.join(output, "..", "dist2")).done;
    expect(second).toMatchObject({ images: 1, encoded: 0, files: 4 });
    expect(fs.readdirSync(path.join(output, "..", "dist2", "economy", "img")).sort()).toEqual(fs.readdirSync(path.join(output, "economy", "img")).sort());
  });

  it("reports an image it cannot encode, naming the file", async () => {
    const { articles, cache, output } = await site();
    const fake = { path: "/economy/img/broken.png", width: 600, height: 300, format: "png" as const, hash: "0000000000" };
    await expect(processImages(imageJobs([imagePlan(fake, settings)], articles), cache, output).done).rejects.toThrow(/images: .*broken\.png/);
  });
});
