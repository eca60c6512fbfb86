import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../support/buildSearchIndex.ts";
import { createSearchSession } from "../../src/search/searchSession.ts";
import type { SearchOutcome } from "../../src/search/types.ts";
import { doc, handMadeDocuments } from "./fixtures/documents.ts";
import { memoryFiles } from "./fixtures/memoryFiles.ts";

function session(options: { maxShards?: number; shardBytes?: number } = {}) {
  const files = memoryFiles(buildSearchIndex(handMadeDocuments(), { shardBytes: options.shardBytes ?? 300 }));
  return { files, session: createSearchSession({ fetchText: files.fetchText, maxShards: options.maxShards }) };
}

function hitsOf(outcome: SearchOutcome) {
  if (outcome.status !== "found") throw new Error(`expected results, got ${outcome.status}`);
  return outcome.hits;
}

describe("createSearchSession", () => {
  it("finds the documents with every word, ranks and describes them from the built files", async () => {
    const { session: s } = session();
    const hits = hitsOf(await s.search("static deploy"));
    expect(hits.map((h) => h.ref)).toEqual([0]);
    const [first] = await s.describe(hits.slice(0, 1));
    expect(first).toMatchObject({ ref: 0, title: "Deploying a static site", url: "/hand-made/0/", category: "News", lang: "en" });
    expect(first.titleHighlights).toEqual([
      [0, 9],
      [12, 18],
    ]);
    // The excerpt is the passage of the body that matched.
    expect(first.excerpt).toBe("We deploy the site with a script. Deployment takes a minute.");
    expect(first.excerptHighlights).toEqual([
      [3, 9],
      [34, 44],
    ]);
  });

  it("describes without passages, fetching no fragment, and gives the passages apart", async () => {
    const documents = [doc({ title: "Tax reform", excerpt: "What the reform changes for you", body: "The tax reform changes rates." })];
    const files = memoryFiles(buildSearchIndex(documents));
    const s = createSearchSession({ fetchText: files.fetchText });
    const hits = hitsOf(await s.search("reform"));
    const [view] = await s.describe(hits, { passages: false });
    expect(view.title).toBe("Tax reform");
    expect(view.excerpt).toBe("What the reform changes for you");
    expect(view.excerptHighlights).toEqual([[9, 15]]);
    expect(files.fetched.filter((p) => p.startsWith("search-index/f/"))).toEqual([]);
    const [passage] = await s.passages(hits);
    expect(passage).toEqual({ text: "The tax reform changes rates.", highlights: [[8, 14]] });
  });

  it("falls back to any word when no document has all of them, and says so", async () => {
    const { session: s } = session();
    const outcome = await s.search("deploy zebra");
    expect(outcome).toMatchObject({ status: "found", fellBack: true });
    expect(hitsOf(outcome).map((h) => h.ref).sort()).toEqual([0, 3, 8]);
    // A word typed with + stays required: no fallback.
    expect(await s.search("+deploy +zebra")).toMatchObject({ status: "none", hits: [] });
  });

  it("matches a quoted phrase only where its words stand side by side, fetching positions for it alone", async () => {
    const { session: s, files } = session();
    const positionFiles = () => files.fetched.filter((p) => /\/p\d+\.json$/.test(p));
    expect(hitsOf(await s.search("script deploy")).map((h) => h.ref)).toEqual([0]);
    expect(positionFiles()).toEqual([]);
    expect(await s.search('"deploy script"')).toMatchObject({ status: "none" });
    expect(positionFiles().length).toBeGreaterThan(0);
    expect(hitsOf(await s.search('"deployed servers"')).map((h) => h.ref)).toEqual([3]);
    expect(hitsOf(await s.search('"deploy site" -tax')).map((h) => h.ref)).toEqual([0]);
  });

  it("matches a run of Chinese or Japanese as a phrase, not its pieces", async () => {
    const { session: s } = session();
    expect(hitsOf(await s.search("城市规划")).map((h) => h.ref)).toEqual([4]);
    // 城市 and 规划 both stand in document 4, and 城市 in 5, but 规划城市 in neither.
    expect((await s.search("规划城市")).status).toBe("none");
    expect(hitsOf(await s.search("城市")).map((h) => h.ref).sort()).toEqual([4, 5]);
    expect(hitsOf(await s.search("検索エンジン")).map((h) => h.ref)).toEqual([6]);
    // A mixed query: each part required, the Chinese run as a phrase.
    expect(hitsOf(await s.search("北京 交通")).map((h) => h.ref)).toEqual([4]);
  });

  it("suggests a word one letter away when nothing matches, for words of five letters or more", async () => {
    const { session: s } = session();
    const outcome = await s.search("plannnig");
    expect(outcome).toMatchObject({ status: "found", query: "plannnig", corrected: "planning" });
    expect(hitsOf(outcome).map((h) => h.ref)).toContain(1);
    expect(await s.search("Deplyo sites")).toMatchObject({ corrected: "deploy sites" });
    expect(await s.search("plam")).toMatchObject({ status: "none" });
    expect((await s.search("zzzzzz")).status).toBe("none");
  });

  it("gives every document's category and the newest-first order", async () => {
    const documents = [doc({ category: "A", date: "2024-01-03" }), doc({ category: "B", date: "2024-01-01" }), doc({ category: "A", date: "2024-01-02" })];
    const files = memoryFiles(buildSearchIndex(documents));
    const facets = await createSearchSession({ fetchText: files.fetchText }).facets();
    expect(facets.categories).toEqual(["A", "B"]);
    expect([0, 1, 2].map(facets.categoryOf)).toEqual([0, 1, 0]);
    expect(facets.newestFirst([1, 2, 0])).toEqual([0, 2, 1]);
  });

  it("finds Chinese typed without spaces and marks it", async () => {
    const { session: s } = session();
    const hits = hitsOf(await s.search("城市规划"));
    const [view] = await s.describe(hits.slice(0, 1));
    expect(view.title).toBe("北京城市规划");
    expect(view.titleHighlights).toEqual([[2, 6]]);
    expect(view.lang).toBe("zh");
  });

  it("keeps markup in titles as plain data", async () => {
    const { session: s } = session();
    const [view] = await s.describe(hitsOf(await s.search("security")));
    expect(view.title).toBe("<script>alert('x')</script> Security");
  });

  it("fetches the manifest, the query's shards and then only the chunks of the results described", async () => {
    const { session: s, files } = session();
    const hits = hitsOf(await s.search("tax"));
    expect(files.fetched.filter((p) => p.endsWith("manifest.json"))).toHaveLength(1);
    expect(files.fetched.filter((p) => /\/s\d+\.json$/.test(p))).toHaveLength(1);
    expect(files.fetched.filter((p) => /\/m\d+\.json$/.test(p))).toHaveLength(0);
    await s.describe(hits);
    expect(files.fetched.filter((p) => /\/m\d+\.json$/.test(p))).toHaveLength(1);
    // Text fragments: one per result described, none for the rest of the corpus.
    expect(files.fetched.filter((p) => p.startsWith("search-index/f/"))).toHaveLength(hits.length);
    await s.search("tax reform");
    expect(files.fetched.filter((p) => p.endsWith("manifest.json"))).toHaveLength(1);
  });

  it("says a query is empty without fetching anything", async () => {
    const { session: s, files } = session();
    expect(await s.search("   ")).toEqual({ status: "empty", query: "" });
    expect(await s.search("+")).toEqual({ status: "empty", query: "+" });
    expect(files.fetched.filter((p) => !p.endsWith("manifest.json"))).toEqual([]);
  });

  it("says when nothing matches", async () => {
    const { session: s } = session();
    expect(await s.search("zzzz")).toEqual({ status: "none", query: "zzzz", hits: [] });
    expect(await s.search("the")).toEqual({ status: "empty", query: "the" });
  });

  it("searches text that is not valid lunr syntax as plain words", async () => {
    const { session: s } = session();
    const hits = hitsOf(await s.search("author:planning"));
    expect(hits.map((h) => h.ref)).toContain(1);
    expect((await s.search("tax reform -")).status).toBe("found");
  });

  it("reads full-width text and operators as their ASCII forms", async () => {
    const { session: s } = session();
    const plain = hitsOf(await s.search("+deploy* -tax"));
    expect(hitsOf(await s.search("＋ＤＥＰＬＯＹ＊　－ＴＡＸ"))).toEqual(plain);
  });

  it("refuses a query that would fetch too many shards", async () => {
    const { session: s, files } = session({ maxShards: 2 });
    expect(await s.search("*ing")).toMatchObject({ status: "too-broad", query: "*ing" });
    expect(files.fetched.filter((p) => /\/s\d+\.json$/.test(p))).toEqual([]);
  });

  it("follows a new build when the files of the cached manifest are gone", async () => {
    const old = [doc({ title: "Old news about taxes" }), doc({ title: "Zebra crossing" })];
    let current = memoryFiles(buildSearchIndex(old, { shardBytes: 100 }));
    const s = createSearchSession({ fetchText: (path) => current.fetchText(path) });
    expect(hitsOf(await s.search("tax"))).toHaveLength(1);
    const next = [doc({ title: "Nothing" }), doc({ title: "New crossing rules" }), doc({ title: "Crossing day" })];
    current = memoryFiles(buildSearchIndex(next, { shardBytes: 100 }));
    // "crossing" lives in a shard of the old build that was never fetched: it is gone now.
    const hits = hitsOf(await s.search("crossing"));
    expect(hits).toHaveLength(2);
    expect((await s.describe(hits)).map((v) => v.title).sort()).toEqual(["Crossing day", "New crossing rules"]);
  });

  it("fails when the index cannot be fetched, and tries again on the next query", async () => {
    let online = false;
    const files = memoryFiles(buildSearchIndex(handMadeDocuments()));
    const s = createSearchSession({
      fetchText: (path) => (online ? files.fetchText(path) : Promise.reject(new Error(`offline: ${path}`))),
    });
    await expect(s.search("tax")).rejects.toThrow("offline: search-index/manifest.json");
    online = true;
    expect((await s.search("tax")).status).toBe("found");
  });

  it("rejects a manifest of another format with a clear message", async () => {
    const s = createSearchSession({ fetchText: async () => JSON.stringify({ format: 1, shards: [], fields: [] }) });
    await expect(s.search("tax")).rejects.toThrow(
      "search index: search-index/manifest.json is not a format 2 manifest (rebuild the site with this client)",
    );
  });
});
