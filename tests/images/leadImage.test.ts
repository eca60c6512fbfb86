import { describe, expect, it } from "vitest";
import { isRemoteImage, resolveImageSource } from "../../src/images/leadImage.ts";

describe("resolveImageSource", () => {
  it("starts a relative path at the article's folder, like links in the body", () => {
    expect(resolveImageSource("img/port.jpg", "economy")).toEqual({ src: "/economy/img/port.jpg" });
    expect(resolveImageSource("./img/port.jpg", "economy")).toEqual({ src: "/economy/img/port.jpg" });
    expect(resolveImageSource("../shared/logo.png", "economy")).toEqual({ src: "/shared/logo.png" });
    expect(resolveImageSource("img/my%20port.jpg", "economy")).toEqual({ src: "/economy/img/my port.jpg" });
  });

  it("takes a site path as it is, and never climbs above the site root", () => {
    expect(resolveImageSource("/economy/img/port.jpg", "science")).toEqual({ src: "/economy/img/port.jpg" });
    expect(resolveImageSource("../../../../etc/passwd.jpg", "economy")).toEqual({ src: "/etc/passwd.jpg" });
  });

  it("uses a remote image's address as written", () => {
    expect(resolveImageSource("https://images.example.org/a.jpg?w=1", "economy")).toEqual({ src: "https://images.example.org/a.jpg?w=1" });
    expect(isRemoteImage("HTTP://x.org/a.png")).toBe(true);
    expect(isRemoteImage("/economy/a.png")).toBe(false);
  });

  it("refuses other schemes and empty paths, saying what to write", () => {
    expect(resolveImageSource("javascript:alert(1)", "economy")).toEqual({ problem: expect.stringContaining("is not an image path or an http(s) address (write a path such as img/harbour.jpg") });
    expect(resolveImageSource("//cdn.example.org/a.jpg", "economy")).toHaveProperty("problem");
    expect(resolveImageSource("./", "")).toEqual({ problem: expect.stringContaining("names no file") });
  });
});
