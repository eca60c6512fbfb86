// Images in article bodies get the same responsive markup as lead images, with the size of the file.
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { bodyImages } from "../../src/images/bodyImages.ts";
import { ENCODER_KEY } from "../../src/images/encoderOptions.ts";
import type { SourceImage } from "../../src/images/types.ts";
import { createMarkdown } from "../../src/markdown/createMarkdown.ts";
import { renderBody } from "../../src/markdown/renderBody.ts";

const md = createMarkdown();
const settings = { widths: [480, 960], formats: ["webp"] as ("avif" | "webp")[] };
const table = new Map<string, SourceImage>([
  ["/economy/img/chart one.png", { path: "/economy/img/chart one.png", width: 1000, height: 500, format: "png", hash: "0123456789" }],
  ["/economy/img/map.svg", { path: "/economy/img/map.svg", width: 480, height: 280, format: "svg", hash: "aaaaaaaaaa" }],
]);
const render = (markdown: string, pathPrefix = "/news/") =>
  load(renderBody(md, markdown, { sourceDir: "economy", pathPrefix, images: bodyImages(table, settings, pathPrefix) }).html);

describe("body images", () => {
  it("become a <picture> with the file's size, loaded lazily, under the path prefix", () => {
    const $ = render('![A chart](img/chart%20one.png "Port traffic")\n');
    expect($("source").attr("srcset")).toBe(`/news/economy/img/chart%20one-012345${ENCODER_KEY}-480.webp 480w, /news/economy/img/chart%20one-012345${ENCODER_KEY}-960.webp 960w`);
    const img = $("picture img");
    expect(img.attr("src")).toBe(`/news/economy/img/chart%20one-012345${ENCODER_KEY}-960.png`);
    expect([img.attr("width"), img.attr("height"), img.attr("alt"), img.attr("loading")]).toEqual(["960", "480", "A chart", "lazy"]);
    // An image alone in its paragraph is a figure, its title the caption (src/markdown/articleSyntax.ts).
    expect($("figure figcaption").text()).toBe("Port traffic");
  });

  it("keep an SVG as it is, with its size", () => {
    const img = render("![Map](./img/map.svg)\n", "/")("img");
    expect([img.attr("src"), img.attr("width"), img.attr("height")]).toEqual(["/economy/img/map.svg", "480", "280"]);
  });

  it("give a remote image a fixed box, and an unknown local file its written address", () => {
    const $ = render("![Far](https://example.org/far.jpg) ![Gone](img/missing.png)\n");
    const [remote, missing] = $("img").toArray().map((el) => $(el));
    expect([remote!.attr("src"), remote!.attr("width"), remote!.attr("height"), remote!.attr("class")]).toEqual(["https://example.org/far.jpg", "1200", "800", "img-box img-box--contain"]);
    expect(missing!.attr("src")).toBe("/news/economy/img/missing.png");
  });

  it("stay plain <img> where the renderer is given no images (the search text, the feeds of other tools)", () => {
    const html = renderBody(md, "![A](img/chart.png)\n", { sourceDir: "economy", pathPrefix: "/" }).html;
    expect(html).toBe('<figure><img src="/economy/img/chart.png" alt="A"></figure>\n');
  });
});
