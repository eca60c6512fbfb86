// Real posts written for Jekyll, Eleventy, Hexo and Hugo (tests/fixtures/corpora, copied unchanged from
// their sites), each copied as it is into a category folder and built together, as a migrating site would
// do on day one: zero errors, every post a page, and the migration's broken links (images and pages of the
// old site that did not come along) reported as warnings with --links=warn. The same build without
// --links=warn refuses to publish, naming those links grouped by target.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, PROJECT_ROOT, tempDir, type BuildResult } from "../support/buildSite.ts";

const COLLECTIONS = ["jekyll-news", "eleventy-blog", "hexo-news", "hugo-posts"];
const CORPORA = path.join(PROJECT_ROOT, "tests/fixtures/corpora");
const POST = /\.(md|markdown)$/i;

/** Each collection's files, copied as they are into articles/<collection>/ (licences and READMEs included). */
function copyCollections(): string {
  const articles = path.join(tempDir("real-"), "articles");
  for (const name of COLLECTIONS) fs.cpSync(path.join(CORPORA, name), path.join(articles, name), { recursive: true });
  return articles;
}

const lines = (text: string, kind: "error" | "warning") => text.split("\n").filter((line) => line.startsWith(`${kind}: `));

describe("the real collections", () => {
  let articles: string;
  let build: BuildResult;
  let strict: BuildResult;

  beforeAll(async () => {
    articles = copyCollections();
    [build, strict] = await Promise.all([buildSite({ articles, args: ["--links=warn"] }), buildSite({ articles })]);
  });

  it("build with no errors, the migration's broken links as warnings", () => {
    expect(build.code, build.stderr).toBe(0);
    expect(lines(build.stderr, "error")).toEqual([]);
    expect(lines(build.stderr, "warning").some((line) => line.includes("points to a page or file that does not exist"))).toBe(true);
  });

  it("give every post a page; only files that are no posts at all are left out, each named by a warning", () => {
    const posts = COLLECTIONS.flatMap((name) => fs.readdirSync(path.join(articles, name)).filter((file) => POST.test(file)).map((file) => `${name}/${file}`));
    // A file left out is named by a warning saying it is no article (a README, an old listing page).
    const leftOut = posts.filter((post) => lines(build.stderr, "warning").some((line) => line.includes(`/${post}: `) && /not an article/.test(line)));
    const published = Number(/^ {2}(\d[\d,]*) articles? in /m.exec(build.stdout)?.[1]?.replace(/,/g, ""));
    const drafts = Number(/left out: (\d+) drafts?/.exec(build.stdout)?.[1]);
    expect(published + drafts + leftOut.length, `${posts.length} posts; left out: ${leftOut.join(", ")}`).toBe(posts.length);
    expect(leftOut.length).toBeLessThanOrEqual(2);
    // Each post's page is in the sitemap.
    const sitemap = fs.readFileSync(path.join(build.output, "sitemap.xml"), "utf8");
    expect(sitemap.match(/<loc>/g)!.length).toBeGreaterThan(published);
  });

  it("read titles and dates written under other names (newstitle:, createTime:) through the mappings in src/site.ts", () => {
    const page = fs
      .readdirSync(build.output, { recursive: true, encoding: "utf8" })
      .find((file) => file.endsWith(`moving-house${path.sep}index.html`));
    expect(page).toBeDefined();
    expect(fs.readFileSync(path.join(build.output, page!), "utf8")).toMatch(/<h1 class="article__title">[^<]+<\/h1>/);
  });

  it("without --links=warn, refuse to publish, one line per missing target with its articles", () => {
    expect(strict.code).toBe(1);
    expect(fs.existsSync(strict.output)).toBe(false);
    const errors = lines(strict.stderr, "error");
    expect(errors.length).toBeGreaterThan(0);
    // A target several articles link to is one line: how many, and the first few.
    expect(errors.some((line) => /^error: \d+ articles: link to \S+ points to a page or file that does not exist \(first in /.test(line))).toBe(true);
    expect(strict.stderr).toContain("--links=warn publishes it with these as warnings");
  });
});
