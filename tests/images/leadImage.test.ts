import { describe, expect, it } from "vitest";
import { isRemoteImage } from "../../src/images/leadImage.ts";

describe("isRemoteImage", () => {
  it("is true for http(s) addresses only: the build never touches those", () => {
    expect(isRemoteImage("HTTP://x.org/a.png")).toBe(true);
    expect(isRemoteImage("https://images.example.org/a.jpg?w=1")).toBe(true);
    expect(isRemoteImage("/economy/a.png")).toBe(false);
  });
});
