// A page added from its scan (what an incremental build keeps of a page it does not read again) counts
// exactly as the page added from its HTML: the same broken links, in the same order, with the same counts.
import { describe, expect, it } from "vitest";
import { LinkChecker, type BrokenLink } from "../../src/check/LinkChecker.ts";
import { scanHtml } from "../../src/check/scanHtml.ts";

const PREFIX = "/news/";

/** Pages with every kind of link the checker judges: fine, broken, on the page itself, shared by many pages. */
function site(): Record<string, string> {
  const nav = '<a href="/news/">home</a><a href="/news/gone/">gone</a><a href="/news/a/#top">a top</a><a href="/news/a/#missing">a missing</a>';
  const pages: Record<string, string> = {
    "index.html": `${nav}<p id="intro"></p><a href="#intro">self</a><a href="#nowhere">self, broken</a><a href="/news/#intro">self by path</a>`,
    "a/index.html":
      `${nav}<h2 id="top">top</h2><a href="../b/">relative</a><a href="b/">relative, broken</a><a href="/news/a/#nope">self by path, broken</a>` +
      `<a href="#top">self</a><a href="#nope">self, repeated</a><a href="/news/%E0%A4%A/">bad address</a><a href="/elsewhere/">outside</a>` +
      `<a href="/news/docs/x/">served elsewhere</a><a href="https://example.org/">external</a><a href="">empty</a><a href="#">hash</a>`,
    "b/index.html": `${nav}<a name="old"></a><a href="/news/b/#old">self by name</a><a href="/news/tags/人/">unicode</a><a href="/news/tags/%E4%BA%BA/#x">encoded</a>`,
    "tags/人/index.html": `${nav}<h1 id="x">人</h1><img src="/news/img/none.png"><a href="/news/feed.xml">feed</a>`,
  };
  // A broken link on more pages than the examples named: the rest are counted in alsoOn.
  for (let i = 0; i < 7; i++) pages[`p${i}/index.html`] = `${nav}<a href="/news/p${(i + 1) % 7}/">next</a><a href="/news/gone/">again</a>`;
  return pages;
}

const OTHER_FILES = ["feed.xml"];

function check(add: (checker: LinkChecker, file: string, html: string) => void, order: (files: string[]) => string[] = (files) => files): BrokenLink[] {
  const pages = site();
  const checker = new LinkChecker(PREFIX, { elsewhere: ["/docs/"] });
  for (const file of order(Object.keys(pages))) add(checker, file, pages[file]!);
  return checker.finish([...Object.keys(pages), ...OTHER_FILES]);
}

const byHtml = (checker: LinkChecker, file: string, html: string) => checker.addPage(file, html);
/** As a record gives a page: its links, its ids as a list. */
const byScan = (checker: LinkChecker, file: string, html: string) => {
  const { links, ids } = scanHtml(html);
  checker.addScanned(file, [...links], [...ids]);
};

describe("LinkChecker.addScanned", () => {
  it("finds what addPage finds, in the same order and with the same counts", () => {
    const expected = check(byHtml);
    // The site has each kind of broken link, so that the comparison below compares something.
    expect(expected.map((link) => [link.page, link.href, link.alsoOn])).toEqual([
      ["index.html", "#nowhere", 0],
      ["a/index.html", "/news/a/#missing", 0],
      ["a/index.html", "/news/a/#nope", 0],
      ["a/index.html", "#nope", 0],
      ["a/index.html", "/news/%E0%A4%A/", 0],
      ["a/index.html", "/elsewhere/", 0],
      ["a/index.html", "/news/gone/", 0],
      ["b/index.html", "/news/gone/", 0],
      ["index.html", "/news/gone/", 8],
      ["a/index.html", "b/", 0],
      ["tags/人/index.html", "/news/img/none.png", 0],
      ["b/index.html", "/news/a/#missing", 0],
      ["index.html", "/news/a/#missing", 0],
      ["p0/index.html", "/news/a/#missing", 7],
    ]);
    expect(check(byScan)).toEqual(expected);
  });

  it("gives the same result whichever way each page comes", () => {
    const expected = check(byHtml);
    const reversed = (files: string[]) => [...files].reverse();
    expect(check(byScan, reversed)).toEqual(check(byHtml, reversed));
    let i = 0;
    const mixed = (checker: LinkChecker, file: string, html: string) => (i++ % 2 === 0 ? byHtml : byScan)(checker, file, html);
    expect(check(mixed)).toEqual(expected);
  });

  it("takes the ids a page has beyond its HTML as addPage does", () => {
    const html = '<a href="#layout">to the layout</a><a href="#body">to the body</a><a href="#gone">broken</a><h2 id="body"></h2>';
    const one = new LinkChecker("/");
    one.addPage("a/index.html", html, ["layout"]);
    const other = new LinkChecker("/");
    const { links, ids } = scanHtml(html);
    other.addScanned("a/index.html", links, [...ids, "layout"]);
    expect(other.finish(["a/index.html"])).toEqual(one.finish(["a/index.html"]));
    expect(one.finish(["a/index.html"]).map((link) => link.href)).toEqual(["#gone"]);
  });
});
