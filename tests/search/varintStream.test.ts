import { describe, expect, it } from "vitest";
import { VarintStream } from "../../src/search/varintStream.ts";
import { seededRandom } from "./fixtures/randomCorpus.ts";

describe("VarintStream", () => {
  it("reads back what was written, in order, across chunk edges", () => {
    const random = seededRandom(9);
    const edges = [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, 2 ** 31 - 1];
    const values = [...edges, ...Array.from({ length: 5000 }, () => Math.floor(random() ** 4 * 2 ** 31))];
    // 16-byte chunks: most values land near an edge.
    const stream = new VarintStream(16);
    for (const value of values) stream.write(value);
    expect(values.map(() => stream.read())).toEqual(values);
  });

  it("takes one byte for a value below 128", () => {
    const stream = new VarintStream(8);
    for (let i = 0; i < 4; i++) stream.write(127);
    expect(stream.bytes).toBe(8);
  });
});
