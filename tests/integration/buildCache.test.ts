// When the build cache is used and when it is not: a stale or missing cache means a clean build, never a
// wrong site. Real builds of a small site with the build command.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyProject } from "../support/copyProject.ts";
import { buildSite, tempDir } from "../support/buildSite.ts";

const ARTICLES = "tests/fixtures/sites/basic";
const PAGE = "economy/rates/index.html";

const reuseLine = (stdout: string) => /^ {2}(Incremental: .*|Clean build: .*)$/m.exec(stdout)?.[1];

describe("the build cache", () => {
  it("takes unchanged pages from the last build, renders a page changed by hand, and builds clean when anything else changed", async () => {
    const work = tempDir("cache-");
    const output = path.join(work, "dist");
    const cache = path.join(work, "cache");
    const env = { SOURCE_DATE_EPOCH: "1767225600", SITE_BUILD_CACHE: cache };
    const build = (extra: Record<string, string> = {}, project?: string) => buildSite({ articles: path.resolve(ARTICLES), output, env: { ...env, ...extra }, project });

    const first = await build();
    expect(first.code, first.stderr).toBe(0);
    expect(reuseLine(first.stdout)).toBe("Clean build: no cache from an earlier build.");
    const built = fs.readFileSync(path.join(output, PAGE), "utf8");

    expect(first.stdout).not.toMatch(/Incremental search index/);
    const manifest = () => fs.readFileSync(path.join(output, "search-index", "manifest.json"), "utf8");
    const builtIndex = manifest();
    const second = await build();
    expect(reuseLine(second.stdout)).toMatch(/^Incremental: \d+ pages taken unchanged from the previous build/);
    // Every article's entry in the search index comes from the records of the first build, and makes the same index.
    const articles = /(\d+) articles in /.exec(second.stdout)![1];
    expect(second.stdout).toContain(`Incremental search index: ${articles} articles taken from the previous build's records, the rest indexed from their text.`);
    expect(manifest()).toBe(builtIndex);

    // Records cut short are no records: every article is indexed from its text again, into the same index.
    const records = fs.readdirSync(cache).filter((name) => name.startsWith("files-"));
    expect(records).toHaveLength(1);
    fs.truncateSync(path.join(cache, records[0]!, "search", "search.bin"), 10);
    const fromText = await build();
    expect(reuseLine(fromText.stdout)).toMatch(/^Incremental/);
    expect(fromText.stdout).not.toMatch(/Incremental search index/);
    expect(manifest()).toBe(builtIndex);
    // So is a list of records cut short.
    const [written] = fs.readdirSync(cache).filter((name) => name.startsWith("files-"));
    const list = path.join(cache, written!, "search", "search.json");
    fs.writeFileSync(list, fs.readFileSync(list, "utf8").slice(0, 100));
    const fromTextAgain = await build();
    expect(fromTextAgain.code, fromTextAgain.stderr).toBe(0);
    expect(fromTextAgain.stdout).not.toMatch(/Incremental search index/);
    expect(manifest()).toBe(builtIndex);

    // A page changed by hand in the output is not the one the build wrote: it is rendered again.
    fs.writeFileSync(path.join(output, PAGE), built.replace("Why rates stayed put", "Changed by hand"));
    const third = await build();
    expect(reuseLine(third.stdout)).toMatch(/^Incremental/);
    expect(fs.readFileSync(path.join(output, PAGE), "utf8")).toBe(built);

    // Another site address: every page says it.
    const other = await build({ SITE_URL: "https://other.example" });
    expect(reuseLine(other.stdout)).toBe("Clean build: the code, dependencies or settings changed since the cached build.");
    expect(fs.readFileSync(path.join(output, PAGE), "utf8")).toContain("https://other.example/economy/rates/");

    // The cache gone, unreadable, or its output folder gone.
    fs.rmSync(cache, { recursive: true });
    expect(reuseLine((await build()).stdout)).toBe("Clean build: no cache from an earlier build.");
    for (const file of fs.readdirSync(cache).filter((name) => name.startsWith("pages-"))) fs.writeFileSync(path.join(cache, file), "{not json");
    expect(reuseLine((await build()).stdout)).toBe("Clean build: the cache could not be read.");
    fs.rmSync(output, { recursive: true });
    expect(reuseLine((await build()).stdout)).toBe("Clean build: the output folder of the cached build is gone.");
    expect(fs.readFileSync(path.join(output, PAGE), "utf8")).toBe(built);
    expect(reuseLine((await buildSite({ articles: path.resolve(ARTICLES), output, env, args: ["--clean"] })).stdout)).toBe("Clean build: --clean.");
  });

  it("builds clean after a layout changed", async () => {
    const project = copyProject();
    const work = tempDir("cache-layout-");
    const output = path.join(work, "dist");
    const env = { SOURCE_DATE_EPOCH: "1767225600", SITE_BUILD_CACHE: path.join(work, "cache") };
    const build = () => buildSite({ articles: path.resolve(ARTICLES), output, env, project });
    expect((await build()).code).toBe(0);
    const layout = path.join(project, "layouts/partials/site-footer.njk");
    fs.writeFileSync(layout, fs.readFileSync(layout, "utf8").replace('<p class="site-footer__name">', '<p class="site-footer__name" data-changed>'));
    const after = await build();
    expect(reuseLine(after.stdout)).toBe("Clean build: the code, dependencies or settings changed since the cached build.");
    expect(fs.readFileSync(path.join(output, PAGE), "utf8")).toContain("data-changed");
  });
});
