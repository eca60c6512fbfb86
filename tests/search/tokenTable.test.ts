import { describe, expect, it } from "vitest";
import { TOKEN_HASH_START, TokenTable, tokenHashStep } from "../../src/search/tokenTable.ts";
import { seededRandom } from "./fixtures/randomCorpus.ts";

function hashOf(text: string, start = 0, end = text.length): number {
  let hash = TOKEN_HASH_START;
  for (let i = start; i < end; i++) hash = tokenHashStep(hash, text.charCodeAt(i));
  return hash;
}

/** Looks `text[start, end)` up, adding it with `value` (and `-value` as its form) when missing; returns the value stored. */
function lookUp(table: TokenTable, text: string, value: number, start = 0, end = text.length): number {
  const hash = hashOf(text, start, end);
  const slot = table.find(text, start, end, hash);
  if (slot >= 0) {
    expect(table.form(slot) + table.value(slot)).toBe(0);
    return table.value(slot);
  }
  table.add(text, start, end, hash, value, -value, slot);
  return value;
}

describe("TokenTable", () => {
  it("finds a token by its range in any text, not by the text around it", () => {
    const table = new TokenTable();
    expect(lookUp(table, "the city plan", 7, 4, 8)).toBe(7);
    expect(lookUp(table, "city", 99)).toBe(7);
    expect(lookUp(table, "a city!", 99, 2, 6)).toBe(7);
    expect(lookUp(table, "cite", 8)).toBe(8);
    expect(lookUp(table, "cit", 9)).toBe(9);
    expect(table.size).toBe(3);
  });

  it("tells apart keys whose hashes collide", () => {
    // A table of 16 slots: 200 keys collide in the slot index all the time, and it grows as it fills.
    const table = new TokenTable(1);
    const random = seededRandom(3);
    const keys = new Map<string, number>();
    while (keys.size < 200) {
      const length = 1 + Math.floor(random() * 4);
      let key = "";
      for (let i = 0; i < length; i++) key += String.fromCharCode(random() < 0.9 ? 97 + Math.floor(random() * 3) : 0x4e00 + Math.floor(random() * 3));
      if (!keys.has(key)) keys.set(key, keys.size);
    }
    for (const [key, value] of keys) expect(lookUp(table, key, value)).toBe(value);
    for (const [key, value] of keys) expect(lookUp(table, `  ${key} `, -5, 2, 2 + key.length)).toBe(value);
    expect(table.size).toBe(keys.size);
  });

  it("keeps the empty token and code units that are not characters", () => {
    const table = new TokenTable();
    expect(lookUp(table, "", 1)).toBe(1);
    expect(lookUp(table, "\ud800", 2)).toBe(2);
    expect(lookUp(table, "\udc00", 3)).toBe(3);
    expect(lookUp(table, "", 9)).toBe(1);
    expect(lookUp(table, "x\ud800", 9, 1)).toBe(2);
  });
});
