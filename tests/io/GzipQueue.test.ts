import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { GzipQueue } from "../../src/io/GzipQueue.ts";

describe("GzipQueue", () => {
  it("hands out every file, compressed, whether on the pool or at once, and drain waits for the last", async () => {
    const queue = new GzipQueue({ level: 4, inFlight: 2 });
    const got = new Map<string, string>();
    const texts = Array.from({ length: 12 }, (_, i) => `file ${i} `.repeat(2000 + i));
    let atOnce = 0;
    texts.forEach((text, i) => {
      const before = got.size;
      queue.add(`f${i}`, text, (bytes) => got.set(`f${i}`, gunzipSync(bytes).toString("utf8")));
      if (got.size > before) atOnce++;
    });
    // Two on the pool, the others compressed at once on this thread.
    expect(atOnce).toBe(10);
    await queue.drain();
    expect(got.size).toBe(12);
    texts.forEach((text, i) => expect(got.get(`f${i}`)).toBe(text));
  });

  it("reports every failure of a receiver in one error from drain", async () => {
    const queue = new GzipQueue({ level: 1, inFlight: 4 });
    queue.add("a.json", "x", () => {
      throw new Error("disk full");
    });
    queue.add("b.json", "y", () => {
      throw new Error("disk full");
    });
    await expect(queue.drain()).rejects.toThrow(/a\.json: disk full\nb\.json: disk full/);
  });
});
