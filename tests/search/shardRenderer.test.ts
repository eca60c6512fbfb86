import { describe, expect, it } from "vitest";
import type { Postings } from "../../src/search/PostingsBuilder.ts";
import { PositionRenderer } from "../../src/search/positionRenderer.ts";
import { ShardRenderer } from "../../src/search/shardRenderer.ts";
import { seededRandom } from "./fixtures/randomCorpus.ts";

/** Postings of `terms` over `fieldCount` fields with random documents and values, extremes included. */
function randomPostings(terms: string[], fieldCount: number, seed: number): Postings {
  const random = seededRandom(seed);
  const extremes = [0, 1, -1, 9, 10, 99, 100, 999_999, 2 ** 31 - 1, -(2 ** 31)];
  const start = [0];
  const entries: number[] = [];
  for (let c = 0; c < terms.length * fieldCount; c++) {
    const count = random() < 0.3 ? 0 : Math.floor(random() * 6);
    let doc = 0;
    for (let p = 0; p < count; p++) {
      doc += Math.floor(random() ** 3 * 2_000_000);
      entries.push(doc, random() < 0.2 ? extremes[Math.floor(random() * extremes.length)] : Math.floor(random() * 200_000));
    }
    start.push(start[start.length - 1] + count);
  }
  // Positions: a few documents per term, a few ascending positions in each.
  const occurrenceStart = [0];
  const occurrenceDocuments: number[] = [];
  const positionStart = [0];
  const positions: number[] = [];
  for (let t = 0; t < terms.length; t++) {
    let doc = 0;
    const documents = Math.floor(random() * 4);
    for (let k = 0; k < documents; k++) {
      doc += Math.floor(random() ** 3 * 2_000_000);
      occurrenceDocuments.push(doc);
      let at = 0;
      for (let c = 1 + Math.floor(random() * 4); c > 0; c--) positions.push((at += Math.floor(random() ** 2 * 100_000)));
      positionStart.push(positions.length);
    }
    occurrenceStart.push(occurrenceDocuments.length);
  }
  return {
    documentCount: 0,
    fieldCount,
    terms,
    forms: terms.map(() => ""),
    start: Int32Array.from(start),
    entries: Int32Array.from(entries),
    occurrenceStart: Int32Array.from(occurrenceStart),
    occurrenceDocuments: Int32Array.from(occurrenceDocuments),
    positionStart: Int32Array.from(positionStart),
    positions: Int32Array.from(positions),
  };
}

/** The position entries of a shard as JSON.stringify writes them. */
function expectedPositions(postings: Postings, order: number[], first: number, end: number): string {
  const { occurrenceStart, positionStart, positions, terms } = postings;
  return JSON.stringify(
    order.slice(first, end).map((t) => {
      const entry: (string | number)[] = [terms[t]];
      for (let e = occurrenceStart[t]; e < occurrenceStart[t + 1]; e++) {
        entry.push(-positions[positionStart[e]] - 1);
        for (let p = positionStart[e] + 1; p < positionStart[e + 1]; p++) entry.push(positions[p] - positions[p - 1]);
      }
      return entry;
    }),
  );
}

/** The entries of a shard as JSON.stringify writes them: the reference. */
function expectedShard(postings: Postings, order: number[], first: number, end: number): string {
  const { start, entries, fieldCount, terms } = postings;
  return JSON.stringify(
    order.slice(first, end).map((t) => {
      const fields: (number[] | 0)[] = [];
      for (let c = t * fieldCount; c < (t + 1) * fieldCount; c++) {
        const list: number[] = [];
        let previous = 0;
        for (let p = start[c]; p < start[c + 1]; p++) {
          list.push(entries[2 * p] - previous, entries[2 * p + 1]);
          previous = entries[2 * p];
        }
        fields.push(list.length > 0 ? list : 0);
      }
      return [terms[t], t, ...fields];
    }),
  );
}

describe("ShardRenderer", () => {
  const terms = ["plain", "café", "城市", "😀smile", 'quote"back\\slash', "\u0001ctrl\n", "\ud800lone", "e\u0301", ""];
  const postings = randomPostings(terms, 3, 4);
  const order = terms.map((_, t) => t).reverse();
  const renderer = new ShardRenderer(postings, order);
  const decoder = new TextDecoder();

  it("sizes each entry exactly, in UTF-8 bytes", () => {
    order.forEach((_, i) => {
      expect(renderer.entryBytes(i)).toBe(Buffer.byteLength(expectedShard(postings, order, i, i + 1)) - 2);
    });
  });

  it.each([
    [0, 1],
    [0, 9],
    [3, 7],
    [8, 9],
  ])("writes entries %i to %i as JSON.stringify does", (first, end) => {
    let bytes = 2 + (end - first - 1);
    for (let i = first; i < end; i++) bytes += renderer.entryBytes(i);
    expect(decoder.decode(renderer.render(first, end, bytes))).toBe(expectedShard(postings, order, first, end));
  });

  it("refuses a size that does not match", () => {
    expect(() => renderer.render(0, 1, renderer.entryBytes(0) + 3)).toThrowError(/expected/);
  });
});

describe("PositionRenderer", () => {
  const terms = ["plain", "café", "城市", "😀smile", 'quote"back\\slash', "\u0001ctrl\n", "e\u0301", ""];
  const postings = randomPostings(terms, 2, 9);
  const order = terms.map((_, t) => t).reverse();
  const renderer = new PositionRenderer(postings, order, order.map((t) => JSON.stringify(terms[t])));
  const decoder = new TextDecoder();

  it.each([
    [0, 1],
    [0, 8],
    [2, 6],
  ])("sizes and writes entries %i to %i as JSON.stringify does", (first, end) => {
    let bytes = 2 + (end - first - 1);
    for (let i = first; i < end; i++) bytes += renderer.entryBytes(i);
    expect(decoder.decode(renderer.render(first, end, bytes))).toBe(expectedPositions(postings, order, first, end));
  });
});
