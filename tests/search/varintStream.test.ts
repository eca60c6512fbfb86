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

  it("lets each chunk go once it is read to its end", () => {
    // 8-byte chunks keep 5 bytes free for the next value: 4 one-byte values each, 10 chunks for 40 values.
    const stream = new VarintStream(8);
    for (let i = 0; i < 40; i++) stream.write(i);
    expect(stream.bytes).toBe(80);
    // 20 values read: chunks 1–4 are gone; the 5th goes when the next value is read from the 6th.
    for (let i = 0; i < 20; i++) expect(stream.read()).toBe(i);
    expect(stream.bytes).toBe(48);
    for (let i = 20; i < 40; i++) expect(stream.read()).toBe(i);
    expect(stream.bytes).toBe(8);
  });

  it("takes one byte for a value below 128", () => {
    const stream = new VarintStream(8);
    for (let i = 0; i < 4; i++) stream.write(127);
    expect(stream.bytes).toBe(8);
  });
});
