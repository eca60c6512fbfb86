import { describe, expect, it } from "vitest";
import { load } from "cheerio";
import { ENCODER_KEY } from "../../src/images/encoderOptions.ts";
import { imagePlan } from "../../src/images/imageVariants.ts";
import { pictureHtml } from "../../src/images/pictureHtml.ts";

const settings = { widths: [480, 960], formats: ["avif", "webp"] as ("avif" | "webp")[] };
const plan = imagePlan({ path: "/economy/img/my port.jpg", width: 1200, height: 800, format: "jpeg", hash: "abcdef0123" }, settings);
const options = {
  alt: 'Cranes "at dawn" & <ships>',
  sizes: "100vw",
  loading: "lazy" as const,
  href: (sitePath: string) => encodeURI(`/news${sitePath}`),
  box: { width: 1600, height: 900, fit: "cover" as const },
};

describe("pictureHtml", () => {
  it("gives a local image a source per modern format, srcset and sizes, and the size of its fallback", () => {
    const $ = load(pictureHtml(plan.source.path, plan, options));
    expect($("picture > source").map((_, el) => $(el).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
    expect($("source").first().attr("srcset")).toBe(`/news/economy/img/my%20port-abcdef${ENCODER_KEY}-480.avif 480w, /news/economy/img/my%20port-abcdef${ENCODER_KEY}-960.avif 960w`);
    const img = $("picture > img");
    expect(img.attr("src")).toBe(`/news/economy/img/my%20port-abcdef${ENCODER_KEY}-960.jpg`);
    expect([img.attr("width"), img.attr("height")]).toEqual(["960", "640"]);
    expect(img.attr("sizes")).toBe("100vw");
    expect(img.attr("loading")).toBe("lazy");
    expect(img.attr("alt")).toBe('Cranes "at dawn" & <ships>');
    expect(img.attr("fetchpriority")).toBeUndefined();
  });

  it("asks for the page's main image first", () => {
    const $ = load(pictureHtml(plan.source.path, plan, { ...options, loading: "eager", fetchpriority: "high" }));
    expect($("img").attr("fetchpriority")).toBe("high");
    expect($("img").attr("loading")).toBe("eager");
  });

  it("gives a remote image the size of a fixed box, and its address as written", () => {
    const $ = load(pictureHtml("https://images.example.org/a.jpg?w=2000&h=1", undefined, options));
    const img = $("img");
    expect(img.attr("src")).toBe("https://images.example.org/a.jpg?w=2000&h=1");
    expect([img.attr("width"), img.attr("height")]).toEqual(["1600", "900"]);
    expect(img.attr("class")).toBe("img-box img-box--cover");
    expect($("picture").length).toBe(0);
  });

  it("serves an SVG as it is, with its own size", () => {
    const svg = imagePlan({ path: "/a/chart.svg", width: 480, height: 280, format: "svg", hash: "x" }, settings);
    const $ = load(pictureHtml(svg.source.path, svg, options));
    expect($("img").attr("src")).toBe("/news/a/chart.svg");
    expect([$("img").attr("width"), $("img").attr("height")]).toEqual(["480", "280"]);
  });
});

describe("pictureHtml with one format", () => {
  it("writes a plain <img srcset> in that format: less markup for pictures repeated on many pages", () => {
    const $ = load(pictureHtml(plan.source.path, plan, { ...options, format: "webp" }));
    expect($("picture").length).toBe(0);
    const img = $("img");
    expect(img.attr("srcset")).toBe(`/news/economy/img/my%20port-abcdef${ENCODER_KEY}-480.webp 480w, /news/economy/img/my%20port-abcdef${ENCODER_KEY}-960.webp 960w`);
    expect(img.attr("src")).toBe(`/news/economy/img/my%20port-abcdef${ENCODER_KEY}-960.webp`);
    expect([img.attr("width"), img.attr("height")]).toEqual(["960", "640"]);
  });
});
