import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/createMarkdown.ts";
import { leadText, plainText, searchText, stripTags, truncate } from "../../src/markdown/plainText.ts";

const md = createMarkdown();
const text = (body: string) => plainText(md.parse(body, {}));

describe("plainText", () => {
  it("keeps the words a reader sees and drops markup", () => {
    const result = text("# Title\n\nSome *emphasis* and a [link](https://x.org) with `code`.\n\n- one\n- two\n\n<div>raw <b>html</b></div>\n");
    expect(result.text).toBe("Title\nSome emphasis and a link with code.\none\ntwo\nraw html");
    expect(result.lead).toBe("Some emphasis and a link with code.");
  });

  it("includes code blocks for search but not in the lead", () => {
    const result = text("```\nconst x = 1;\n```\n\nFirst paragraph.\n");
    expect(result.text).toBe("const x = 1;\nFirst paragraph.");
    expect(result.lead).toBe("First paragraph.");
  });

  it("drops scripts and styles in raw HTML", () => {
    expect(text("<script>alert(1)</script>\n\nHello\n").text).toBe("Hello");
  });
});

describe("stripTags", () => {
  it("drops tags, and scripts and styles with their contents, in any case", () => {
    expect(stripTags("<p>a <b>b</b></p>")).toBe(" a  b  ");
    expect(stripTags("x<SCRIPT>var a = '<b>';</Script>y<style>p{}</STYLE>z")).toBe("x y z");
    expect(stripTags("<scripts>kept</scripts>")).toBe(" kept ");
  });

  it("drops a tag that spans lines, and keeps a < that nothing closes", () => {
    expect(stripTags('<a\nhref="x">link</a>')).toBe(" link ");
    expect(stripTags("1 < 2 and 3 < 4")).toBe("1 < 2 and 3 < 4");
    expect(stripTags("<b>1 < 2")).toBe(" 1 < 2");
  });

  it("keeps the text of a script that never ends, and takes thousands of them in one pass", () => {
    expect(stripTags("<script>x = 1;")).toBe(" x = 1;");
    expect(stripTags("<script>x;\n".repeat(20_000))).toBe(" x;\n".repeat(20_000));
    expect(stripTags("<style>".repeat(20_000) + "</style>")).toBe(" ");
    expect(stripTags("<a ".repeat(100_000))).toBe("<a ".repeat(100_000));
    expect(stripTags("<!--".repeat(50_000))).toBe("<!--".repeat(50_000));
  });
});

describe("searchText and leadText", () => {
  const body = "# Title\n\n```\nconst   x = 1;\n\n\tlet y;\n```\n\nSome  *emphasis*\nacross lines.\n\n- one\n- two\n\n<div>raw\n\n<b>html</b></div>\n\nLast.\n";

  it("searchText has plainText's words, spaces left as they are", () => {
    const search = searchText(md.parse(body, {}));
    expect(search).toContain("const   x = 1;");
    expect(search.split(/\s+/).filter(Boolean)).toEqual(text(body).text.split(/\s+/));
  });

  it("leadText is plainText's lead", () => {
    expect(leadText(md.parse(body, {}))).toBe("Some emphasis across lines.");
    expect(leadText(md.parse(body, {}))).toBe(text(body).lead);
    expect(leadText(md.parse("```\ncode\n```\n", {}))).toBe("");
  });
});

describe("truncate", () => {
  it("cuts at a word boundary with an ellipsis", () => {
    expect(truncate("The quick brown fox jumps over the lazy dog", 20)).toBe("The quick brown fox…");
    expect(truncate("short", 20)).toBe("short");
  });

  it("cuts text without spaces by characters", () => {
    expect(truncate("方言语音识别仍然很难，研究人员正在收集更多数据。", 10)).toBe("方言语音识别仍然很难…");
  });
});
