import { describe, expect, it } from "vitest";
import { scanHtml } from "../../src/check/scanHtml.ts";

describe("scanHtml", () => {
  it("finds link attributes of the elements that have them, decoding entities", () => {
    const { links } = scanHtml(
      `<a href="/a/?x=1&amp;y=2">a</a><link rel="stylesheet" href='/s.css'><img src=/i.png alt=""><script src="/j.js"></script>` +
        `<form action="/search/"></form><video src="/v.mp4" poster="/p.jpg"></video><div href="/not-a-link/"></div>`,
    );
    expect(links).toEqual(["/a/?x=1&y=2", "/s.css", "/i.png", "/j.js", "/search/", "/v.mp4", "/p.jpg"]);
  });

  it("collects ids of any element and names of anchors", () => {
    expect([...scanHtml('<h2 id="intro">x</h2><a name="old"></a><p ID="Upper"></p><span name="ignored"></span>').ids]).toEqual([
      "intro",
      "old",
      "Upper",
    ]);
  });

  it("skips comments and the insides of script, style and textarea, as a browser does", () => {
    const { links, ids } = scanHtml(
      `<!-- <a href="/commented/"> --><script>document.write('<a href="/scripted/">')</script>` +
        `<style>a[href="/styled/"]{}</style><textarea><a href="/typed/" id="t"></textarea><a href="/real/">r</a>`,
    );
    expect(links).toEqual(["/real/"]);
    expect(ids.size).toBe(0);
  });

  it("does not take escaped markup in text for tags", () => {
    expect(scanHtml("<code>&lt;a href=&quot;/x/&quot;&gt;</code>").links).toEqual([]);
  });
});
