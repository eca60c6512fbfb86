// An incremental build indexes unchanged articles from the records the last build wrote, not from their
// text (PostingsBuilder.addRecord): the index it emits must be the one indexing every text gives, byte for
// byte, whatever changed in between (documents edited, removed, added; the first document of a term gone,
// so that its form comes from a document taken from its record).
import { describe, expect, it } from "vitest";
import { RecordTerms, type RecordSink } from "../../src/search/PostingsBuilder.ts";
import { SearchIndexBuilder, type FragmentName } from "../../src/search/SearchIndexBuilder.ts";
import type { SearchDocument } from "../../src/search/types.ts";
import { siteSearchFields } from "../support/buildSearchIndex.ts";
import { awkwardDocuments } from "./fixtures/awkwardDocuments.ts";
import { randomCorpus, seededRandom } from "./fixtures/randomCorpus.ts";

/** Records in memory: varints, and where each document's starts. */
class MemorySink implements RecordSink {
  bytes: number[] = [];
  write(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.bytes.push(v);
  }
}

interface Recorded {
  record: Uint8Array;
  fragment: FragmentName;
}

/** One build: documents from text, or from a record of the previous build when `previous` has theirs. */
function build(documents: readonly SearchDocument[], previous?: { records: Map<SearchDocument, Recorded>; terms: RecordTerms }) {
  const sink = new MemorySink();
  const builder = new SearchIndexBuilder({ fields: siteSearchFields, shardBytes: 3_000 }, sink);
  const files = new Map<string, string>();
  const records = new Map<SearchDocument, Recorded>();
  let fromRecords = 0;
  for (const d of documents) {
    const start = sink.bytes.length;
    const old = previous?.records.get(d);
    let fragment: FragmentName;
    if (old) {
      const { body: _body, ...fields } = d;
      builder.addRecord(fields, old.record, previous!.terms, old.fragment);
      fragment = old.fragment;
      fromRecords++;
    } else fragment = builder.add(d, (path, contents) => files.set(path, contents));
    records.set(d, { record: Uint8Array.from(sink.bytes.slice(start)), fragment });
  }
  const tables = builder.recordTables();
  const terms = new RecordTerms([...tables.terms], [...tables.forms]);
  builder.emit((path, contents) => files.set(path, contents));
  return { files, records, terms, fromRecords };
}

/** The index files but the text fragments (a build from records links those from the previous output). */
const withoutFragments = (files: Map<string, string>) => new Map([...files].filter(([path]) => !path.includes("/f/")));

describe("document records", () => {
  it.each([1, 2, 3])("an index made partly from records is the index made from every text (seed %i)", (seed) => {
    const random = seededRandom(seed);
    const first = [...awkwardDocuments(), ...randomCorpus(120, seed)];
    const before = build(first);

    // The first document goes (it gave many terms their form), the second is edited, a few others too; some come new.
    const second: SearchDocument[] = [];
    first.forEach((d, i) => {
      if (i === 0 || random() < 0.08) return;
      if (i === 1 || random() < 0.1) second.push({ ...d, body: `${d.body} Rewritten: governments running newer elections.` });
      else second.push(d);
      if (random() < 0.05) second.push({ ...randomCorpus(1, seed * 1000 + i)[0]!, url: `/new/${i}/` });
    });
    const incremental = build(second, before);
    const clean = build(second);
    expect(incremental.fromRecords).toBeGreaterThan(second.length / 2);
    expect(withoutFragments(incremental.files)).toEqual(withoutFragments(clean.files));
    // The fragments of documents taken from records are the previous build's: the same names.
    expect(second.map((d) => incremental.records.get(d)!.fragment)).toEqual(second.map((d) => clean.records.get(d)!.fragment));

    // Records rewritten by a build from records serve the next build as well.
    const third = second.filter(() => random() < 0.9);
    expect(withoutFragments(build(third, incremental).files)).toEqual(withoutFragments(build(third).files));
  });

  it("gives a term taken from a record the form of that document when no earlier document has the term", () => {
    const d = (url: string, body: string): SearchDocument => ({ url, title: "", tags: [], description: "", body, category: "c", date: "2026-01-01", excerpt: "", lang: "en" });
    const a = d("/a/", "Governing is hard.");
    const b = d("/b/", "The government governs.");
    const before = build([a, b]);
    const vocabulary = (files: Map<string, string>) => [...files].filter(([path]) => /\/v\d+\.json$/.test(path)).map(([, json]) => json).join();
    expect(vocabulary(before.files)).toContain('"govern",2,"governing"');
    const after = build([b], before);
    expect(after.fromRecords).toBe(1);
    expect(vocabulary(after.files)).toContain('"govern",1,"government"');
  });

  it("refuses a record cut short", () => {
    const docs = randomCorpus(3, 5);
    const before = build(docs);
    const builder = new SearchIndexBuilder({ fields: siteSearchFields });
    const { record, fragment } = before.records.get(docs[0]!)!;
    expect(() => builder.addRecord(docs[0]!, record.slice(0, record.length - 3), before.terms, fragment)).toThrow(/damaged/);
  });
});
