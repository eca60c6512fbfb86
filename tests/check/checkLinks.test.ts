import { describe, expect, it } from "vitest";
import { checkLinks } from "../support/checkLinks.ts";

function site(pages: Record<string, string>, others: string[] = []) {
  return { files: [...Object.keys(pages), ...others].sort(), read: (file: string) => pages[file]! };
}

describe("checkLinks", () => {
  it("accepts links to pages, folders, files and fragments that exist", () => {
    const result = checkLinks(
      site(
        {
          "index.html": '<a href="/a/">a</a><a href="a/">rel</a><a href="/a/#x">frag</a><a href="#top">top</a><p id="top"></p><img src="/img/x.png"><form action="/a/"></form>',
          "a/index.html": '<h2 id="x">x</h2><a href="../">up</a><a href="/a">no slash</a><link href="/style.css">',
        },
        ["img/x.png", "style.css"],
      ),
      "/",
    );
    expect(result).toEqual([]);
  });

  it("reports missing pages, missing fragments and links outside the path prefix", () => {
    const result = checkLinks(
      site({
        "index.html": '<a href="/news/missing/">m</a><a href="/news/a/#nope">f</a><a href="#gone">g</a><a href="/elsewhere/">o</a>',
        "a/index.html": '<h2 id="x">x</h2>',
      }),
      "/news/",
    );
    expect(result).toEqual([
      { page: "index.html", href: "#gone", target: "/news/#gone", reason: 'no element on this page has the id "gone"', alsoOn: 0 },
      { page: "index.html", href: "/elsewhere/", target: "/elsewhere/", reason: "points outside the site's path /news/", alsoOn: 0 },
      { page: "index.html", href: "/news/missing/", target: "/news/missing/", reason: "points to a page or file that does not exist", alsoOn: 0 },
      { page: "index.html", href: "/news/a/#nope", target: "/news/a/#nope", reason: 'a/index.html has no element with the id "nope"', alsoOn: 0 },
    ]);
  });

  it("names the first pages of a broken link that many pages share, and counts the rest", () => {
    const pages: Record<string, string> = {};
    for (let i = 0; i < 10; i++) pages[`p${i}/index.html`] = '<a href="/gone/">g</a><a href="../p0/">ok</a>';
    const result = checkLinks(site(pages), "/");
    expect(result).toEqual([
      { page: "p0/index.html", href: "/gone/", target: "/gone/", reason: "points to a page or file that does not exist", alsoOn: 0 },
      { page: "p1/index.html", href: "/gone/", target: "/gone/", reason: "points to a page or file that does not exist", alsoOn: 0 },
      { page: "p2/index.html", href: "/gone/", target: "/gone/", reason: "points to a page or file that does not exist", alsoOn: 7 },
    ]);
  });

  it("counts pages, not links: a page that repeats a broken link is one page", () => {
    const four = '<a href="/gone/">1</a><a href="/gone/">2</a><a href="/gone/">3</a><a href="/gone/">4</a>';
    expect(checkLinks(site({ "a/index.html": four }), "/")).toEqual([
      { page: "a/index.html", href: "/gone/", target: "/gone/", reason: "points to a page or file that does not exist", alsoOn: 0 },
    ]);
    const result = checkLinks(site({ "a/index.html": four, "b/index.html": four, "c/index.html": four, "d/index.html": four, "e/index.html": '<a href="/gone/">g</a>' }), "/");
    expect(result.map((link) => [link.page, link.alsoOn])).toEqual([
      ["a/index.html", 0],
      ["b/index.html", 0],
      ["c/index.html", 2],
    ]);
  });

  it("reports a missing fragment or a bad address written twice on a page once", () => {
    const result = checkLinks(site({ "index.html": '<a href="#gone">1</a><a href="#gone">2</a><a href="/a/#nope">3</a><a href="/a/#nope">4</a>', "a/index.html": "" }), "/");
    expect(result).toEqual([
      { page: "index.html", href: "#gone", target: "/#gone", reason: 'no element on this page has the id "gone"', alsoOn: 0 },
      { page: "index.html", href: "/a/#nope", target: "/a/#nope", reason: 'a/index.html has no element with the id "nope"', alsoOn: 0 },
    ]);
  });

  it("leaves alone the paths that something else serves on the same host", () => {
    const pages = { "index.html": '<a href="/news/docs/start/">docs</a><a href="/news/docsy/">not docs</a>' };
    const result = checkLinks(site(pages), "/news/", { elsewhere: ["/docs/"] });
    expect(result.map((link) => link.href)).toEqual(["/news/docsy/"]);
  });

  it("ignores external links and decodes percent-encoded paths", () => {
    const result = checkLinks(
      site({ "index.html": '<a href="https://example.org/x">e</a><a href="mailto:a@b.c">m</a><a href="/tags/%E4%BA%BA/">t</a>', "tags/人/index.html": "" }),
      "/",
    );
    expect(result).toEqual([]);
  });
});
