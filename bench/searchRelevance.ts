// The relevance table of `npm run bench:search`: the queries of tests/search/relevance/*.json on their two
// corpora (tests/search/fixtures/relevanceCorpora.ts), through the search code of this checkout ("after") and of the commit
// before issue 15's change ("before", `git archive` of its src/ into bench/out/), each in a process of its own
// (both register lunr pipeline functions under the same labels).
//
// Per query: results; articles holding the phrase (the judged relevant ones); how many of the first 10 results
// are relevant; results ÷ relevant.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chineseCorpus, englishCorpus, type RelevanceDocument } from "../tests/search/fixtures/relevanceCorpora.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
/** The last commit before the search rework of issue 15. */
export const BEFORE_COMMIT = "769d98a";

interface Judgments {
  corpus: string;
  queries: { query: string; phrase: string; relevant: string[] }[];
}

interface QueryRun {
  set: string;
  query: string;
  results: string[];
  note: string;
}

const SETS: Record<string, () => RelevanceDocument[]> = { english: englishCorpus, chinese: chineseCorpus };

function judgments(set: string): Judgments {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "tests", "search", "relevance", `${set}.json`), "utf8")) as Judgments;
}

/** In the child: every query of both sets through the search code in `src`, as JSON on stdout. */
async function runQueries(src: string): Promise<void> {
  const { SearchIndexBuilder } = (await import(pathToFileURL(path.join(src, "search", "SearchIndexBuilder.ts")).href)) as typeof import("../src/search/SearchIndexBuilder.ts");
  const { createSearchSession } = (await import(pathToFileURL(path.join(src, "search", "searchSession.ts")).href)) as typeof import("../src/search/searchSession.ts");
  const { searchFields } = (await import(pathToFileURL(path.join(src, "search", "searchFields.ts")).href)) as typeof import("../src/search/searchFields.ts");
  const runs: QueryRun[] = [];
  for (const [set, corpus] of Object.entries(SETS)) {
    const documents = corpus();
    const files = new Map<string, string>();
    const builder = new SearchIndexBuilder({ fields: searchFields({ title: 10, tags: 5, description: 2, body: 1 }) });
    for (const d of documents) builder.add(d, (file, contents) => files.set(file, contents));
    builder.emit((file, contents) => files.set(file, contents));
    const session = createSearchSession({
      fetchText: async (file) => {
        const text = files.get(file);
        if (text === undefined) throw new Error(`missing ${file}`);
        return text;
      },
      maxShards: Infinity,
    });
    for (const { query } of judgments(set).queries) {
      const outcome = await session.search(query);
      const hits = "hits" in outcome ? outcome.hits : [];
      const changed = outcome as { fellBack?: boolean; corrected?: string };
      runs.push({ set, query, results: hits.map((h) => documents[h.ref].id), note: changed.fellBack ? "any word" : changed.corrected ? `→ ${changed.corrected}` : "" });
    }
  }
  process.stdout.write(JSON.stringify(runs));
}

/** The src/ folder of BEFORE_COMMIT, extracted once into bench/out/. */
function beforeSource(): string {
  const dir = path.join(ROOT, "bench", "out", `search-${BEFORE_COMMIT}`);
  if (!fs.existsSync(path.join(dir, "src", "search", "searchSession.ts"))) {
    fs.mkdirSync(dir, { recursive: true });
    const archive = execFileSync("git", ["archive", BEFORE_COMMIT, "src"], { cwd: ROOT, maxBuffer: 1 << 28 });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
  }
  return path.join(dir, "src");
}

function runIn(src: string): QueryRun[] {
  const out = execFileSync(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "searchRelevance.ts"), `--src=${src}`], {
    cwd: ROOT,
    maxBuffer: 1 << 28,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.toString()) as QueryRun[];
}

/** The relevance table, before and after, as markdown lines. */
export function relevanceTable(): string[] {
  const before = runIn(beforeSource());
  const after = runIn(path.join(ROOT, "src"));
  const lines: string[] = [];
  for (const set of Object.keys(SETS)) {
    const judged = judgments(set);
    lines.push(`\n### Relevance: ${set}\n`, `${judged.corpus}\n`);
    lines.push("| query | relevant (hold the phrase) | results before | relevant in first 10, before | results after | relevant in first 10, after | results ÷ relevant, after | note |");
    lines.push("|---|---|---|---|---|---|---|---|");
    for (const { query, relevant } of judged.queries) {
      const wanted = new Set(relevant);
      const cells = [before, after].map((runs) => {
        const run = runs.find((r) => r.set === set && r.query === query)!;
        const first = run.results.slice(0, 10);
        const good = first.filter((id) => wanted.has(id)).length;
        return { count: run.results.length, top: `${good} / ${first.length}`, note: run.note };
      });
      const ratio = relevant.length > 0 ? (cells[1].count / relevant.length).toFixed(2) : "–";
      lines.push(`| \`${query}\` | ${relevant.length} | ${cells[0].count} | ${cells[0].top} | ${cells[1].count} | ${cells[1].top} | ${ratio} | ${cells[1].note} |`);
    }
  }
  return lines;
}

const srcArg = process.argv.find((a) => a.startsWith("--src="));
if (srcArg) await runQueries(srcArg.slice("--src=".length));
else if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) console.log(relevanceTable().join("\n"));
