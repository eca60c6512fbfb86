import { describe, expect, it } from "vitest";
import { ENCODER_KEY } from "../../src/images/encoderOptions.ts";
import { fallbackOf, imagePlan, scaledHeight, variantFor, variantWidths } from "../../src/images/imageVariants.ts";
import type { SourceImage } from "../../src/images/types.ts";

const settings = { widths: [480, 960, 1600], formats: ["avif", "webp"] as ("avif" | "webp")[] };
const jpeg = (width: number, height: number, path = "/economy/img/port.jpg"): SourceImage => ({ path, width, height, format: "jpeg", hash: "3fa9c1d2e0" });
const key = `3fa9c1${ENCODER_KEY}`;

describe("variantWidths", () => {
  it("never makes a copy wider than the image, and keeps the image's own width when smaller than the largest", () => {
    expect(variantWidths(4000, settings)).toEqual([480, 960, 1600]);
    expect(variantWidths(1200, settings)).toEqual([480, 960, 1200]);
    expect(variantWidths(960, settings)).toEqual([480, 960]);
    expect(variantWidths(300, settings)).toEqual([300]);
  });
});

describe("imagePlan", () => {
  it("names every variant after the file, its content and the encoder's settings, and its width, in the modern formats and the image's own", () => {
    const plan = imagePlan(jpeg(1200, 675), settings);
    expect(plan.sets.map((set) => [set.format, set.type])).toEqual([
      ["avif", "image/avif"],
      ["webp", "image/webp"],
      ["jpeg", "image/jpeg"],
    ]);
    expect(plan.sets[2]!.variants).toEqual([
      { url: `/economy/img/port-${key}-480.jpg`, width: 480, height: 270 },
      { url: `/economy/img/port-${key}-960.jpg`, width: 960, height: 540 },
      { url: `/economy/img/port-${key}-1200.jpg`, width: 1200, height: 675 },
    ]);
    expect(plan.sets[0]!.variants[0]!.url).toBe(`/economy/img/port-${key}-480.avif`);
  });

  it("offers a WebP image in AVIF and WebP only, not twice", () => {
    const plan = imagePlan({ ...jpeg(800, 600, "/a/b.webp"), format: "webp" }, settings);
    expect(plan.sets.map((set) => set.format)).toEqual(["avif", "webp"]);
  });

  it("serves SVG and GIF as they are", () => {
    const svg = imagePlan({ ...jpeg(480, 280, "/economy/img/chart.svg"), format: "svg" }, settings);
    expect(svg.sets).toEqual([]);
    expect(fallbackOf(svg)).toEqual({ url: "/economy/img/chart.svg", width: 480, height: 280 });
  });

  it("rounds heights down, as the encoder does, and never to zero", () => {
    expect(scaledHeight({ width: 1000, height: 667 }, 480)).toBe(320);
    expect(scaledHeight({ width: 5000, height: 3 }, 480)).toBe(1);
  });

  it("picks the smallest variant at least as wide as wanted, or the largest", () => {
    const plan = imagePlan(jpeg(2400, 1600), settings);
    expect(variantFor(plan, 1200).width).toBe(1600);
    expect(variantFor(plan, 400).width).toBe(480);
    expect(variantFor(plan, 3000).width).toBe(1600);
    expect(fallbackOf(plan).url).toBe(`/economy/img/port-${key}-1600.jpg`);
  });
});
