import { describe, expect, it } from "vitest";
import { checkImageSource, resolveImageSource } from "../../src/content/leadImage.ts";

describe("checkImageSource", () => {
  it("accepts paths and http(s) addresses", () => {
    for (const src of ["img/a.jpg", "./a.jpg", "/images/a.jpg", "https://cdn.example.org/a.jpg", "HTTP://cdn.example.org/a.jpg"]) {
      expect(checkImageSource(src), src).toEqual({ ok: true, src });
    }
  });

  it("refuses every other scheme, data: included", () => {
    for (const src of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:image/svg+xml,<svg/>", "vbscript:x", "file:///etc/passwd", "ftp://x/a.jpg"]) {
      expect(checkImageSource(src).ok, src).toBe(false);
    }
    expect(checkImageSource("img\\a.jpg")).toEqual({ ok: false, message: '"img\\\\a.jpg" has a backslash (write the path with /, e.g. img/port.jpg)' });
  });
});

describe("resolveImageSource", () => {
  it("resolves against the article's folder like body links, and encodes the path", () => {
    expect(resolveImageSource("img/port.jpg", "economy")).toBe("/economy/img/port.jpg");
    expect(resolveImageSource("./img/../port.jpg", "economy/2024")).toBe("/economy/2024/port.jpg");
    expect(resolveImageSource("../science/kelp.svg", "economy")).toBe("/science/kelp.svg");
    expect(resolveImageSource("城市.png?v=2", "科技")).toBe("/科技/城市.png");
    expect(resolveImageSource("img/my%20port.jpg", "economy")).toBe("/economy/img/my port.jpg");
    expect(resolveImageSource("/images/x.jpg", "economy")).toBe("/images/x.jpg");
    expect(resolveImageSource("https://cdn.example.org/a b.jpg", "economy")).toBe("https://cdn.example.org/a b.jpg");
  });

  it("refuses to climb above the site's root", () => {
    expect(resolveImageSource("../../a.jpg", "economy")).toBeUndefined();
    expect(resolveImageSource("/../a.jpg", "economy")).toBeUndefined();
    expect(resolveImageSource(".", "")).toBeUndefined();
  });
});
