// The link records a build keeps for the next one: what is read back is what was scanned, string for string
// and in order; a file that cannot be trusted reads as no records at all.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanHtml } from "../../src/check/scanHtml.ts";
import { LinkRecordWriter, readLinkRecords } from "../../src/io/linkRecords.ts";
import { tempDir } from "../support/buildSite.ts";

/** Pages whose scans have what scanHtml can give: non-ASCII text, astral characters, ids with line breaks, empty links, repeats. */
const PAGES: Record<string, string> = {
  "index.html": '<a href="/">home</a><a href="/tags/人/">tag</a><a href="/tags/人/">again</a><a href="">empty</a><h2 id="intro">x</h2>',
  "tags/人/index.html": '<a href="/">home</a><a href="#😀-smile">emoji</a><h2 id="😀-smile">x</h2><p id="a\nline">x</p><p id="b&#10;entity"></p>',
  "a/index.html": '<a href=" /spaced/ ">trimmed</a><a href="/x/?a=1&amp;b=2#frag">query</a><a name="old"></a><img src="/i.png">',
  "empty/index.html": "<p>no links, no ids</p>",
  // Enough distinct strings for numbers of two and three bytes.
  "many/index.html": Array.from({ length: 20_000 }, (_, i) => `<a href="/many/${i}/" id="m${i}">${i}</a>`).join(""),
};

function scanned(html: string) {
  const { links, ids } = scanHtml(html);
  return { links, ids: [...ids] };
}

function written(pages: Record<string, string> = PAGES): string {
  const writer = new LinkRecordWriter();
  for (const [file, html] of Object.entries(pages)) {
    const { links, ids } = scanHtml(html);
    writer.add(file, links, ids);
  }
  const file = path.join(tempDir("link-records-"), "links");
  writer.write(file);
  return file;
}

describe("link records", () => {
  it("reads back each page's links in order and its ids", () => {
    const records = readLinkRecords(written())!;
    expect(records.pages).toBe(Object.keys(PAGES).length);
    for (const [file, html] of Object.entries(PAGES)) expect(records.get(file), file).toEqual(scanned(html));
    // What the pages above are there for.
    expect(records.get("tags/人/index.html")!.ids).toEqual(["😀-smile", "a\nline", "b\nentity"]);
    expect(records.get("index.html")!.links).toEqual(["/", "/tags/人/", "/tags/人/", ""]);
    expect(records.get("a/index.html")!.links).toEqual(["/spaced/", "/x/?a=1&b=2#frag", "/i.png"]);
    expect(records.get("missing/index.html")).toBeUndefined();
  });

  it("writes each string once", () => {
    const file = written();
    const header = JSON.parse(fs.readFileSync(file, "utf8").split("\n")[0]!);
    const distinct = new Set(Object.entries(PAGES).flatMap(([file, html]) => [file, ...scanned(html).links, ...scanned(html).ids]));
    expect(header.ascii + header.wide).toBe(distinct.size);
    expect(header.wide).toBe([...distinct].filter((text) => /[^\0-\x7f]/.test(text)).length);
    expect(header.wide).toBe(4);
  });

  it("keeps a page's record from earlier records, alongside pages scanned again, build after build", () => {
    const first = readLinkRecords(written())!;
    const writer = new LinkRecordWriter();
    // A page rendered again (with other links) before the kept ones: the strings it shares with them are written once.
    writer.add("index.html", ["/tags/人/", "/new/"], ["intro", "new"]);
    for (const file of ["tags/人/index.html", "a/index.html", "empty/index.html", "many/index.html"]) expect(writer.keep(first, file)).toBe(true);
    expect(writer.keep(first, "missing/index.html")).toBe(false);
    const file = path.join(tempDir("link-records-"), "links");
    writer.write(file);
    const second = readLinkRecords(file)!;
    expect(second.pages).toBe(5);
    expect(second.get("index.html")).toEqual({ links: ["/tags/人/", "/new/"], ids: ["intro", "new"] });
    for (const page of ["tags/人/index.html", "a/index.html", "empty/index.html", "many/index.html"]) expect(second.get(page), page).toEqual(scanned(PAGES[page]!));
    // The strings no page has any more (the empty link was only on the page rendered again) are gone.
    const pages = { ...PAGES, "index.html": '<a href="/tags/人/"></a><a href="/new/"></a><p id="intro"></p><p id="new"></p>' };
    const distinct = new Set(Object.entries(pages).flatMap(([file, html]) => [file, ...scanned(html).links, ...scanned(html).ids]));
    expect(distinct.has("")).toBe(false);
    expect(second.strings).toBe(distinct.size);
  });

  it("has a later record of a page replace an earlier one", () => {
    const writer = new LinkRecordWriter();
    writer.add("a/index.html", ["/old/"], []);
    writer.add("a/index.html", ["/new/"], ["id"]);
    const file = path.join(tempDir("link-records-"), "links");
    writer.write(file);
    expect(readLinkRecords(file)!.get("a/index.html")).toEqual({ links: ["/new/"], ids: ["id"] });
  });

  it("reads a missing, cut, damaged or other file as no records", () => {
    const file = written();
    const data = fs.readFileSync(file);
    const newline = data.indexOf(10);
    const dir = tempDir("link-records-");
    const variant = (name: string, bytes: Uint8Array | string) => {
      const target = path.join(dir, name);
      fs.writeFileSync(target, bytes);
      return target;
    };
    expect(readLinkRecords(file)).toBeDefined();
    expect(readLinkRecords(path.join(dir, "none"))).toBeUndefined();
    expect(readLinkRecords(dir)).toBeUndefined(); // a folder
    expect(readLinkRecords(variant("empty", ""))).toBeUndefined();
    expect(readLinkRecords(variant("text", "not records at all\n"))).toBeUndefined();
    expect(readLinkRecords(variant("header-only", data.subarray(0, newline + 1)))).toBeUndefined();
    for (const cut of [newline + 10, Math.floor(data.length / 2), data.length - 1]) expect(readLinkRecords(variant(`cut-${cut}`, data.subarray(0, cut))), `cut at ${cut}`).toBeUndefined();
    expect(readLinkRecords(variant("longer", Buffer.concat([data, Buffer.from([0])])))).toBeUndefined();
    for (const at of [newline + 1, newline + 200, data.length - 1]) {
      const damaged = Buffer.from(data);
      damaged[at] = damaged[at]! ^ 0x01;
      expect(readLinkRecords(variant(`damaged-${at}`, damaged)), `byte ${at} changed`).toBeUndefined();
    }
    const header = JSON.parse(data.toString("utf8", 0, newline));
    const withHeader = (name: string, changed: object) => variant(name, Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, ...changed })}\n`), data.subarray(newline + 1)]));
    expect(readLinkRecords(withHeader("same", {}))).toBeDefined();
    expect(readLinkRecords(withHeader("version", { version: header.version + 1 }))).toBeUndefined();
    expect(readLinkRecords(withHeader("format", { format: "something-else" }))).toBeUndefined();
    expect(readLinkRecords(withHeader("pages", { pages: header.pages - 1 }))).toBeUndefined();
    expect(readLinkRecords(withHeader("split", { ascii: header.ascii - 1, wide: header.wide + 1 }))).toBeUndefined();
  });

  it("writes through a temporary file, and leaves nothing behind when it cannot write", () => {
    const dir = tempDir("link-records-");
    const writer = new LinkRecordWriter();
    writer.add("index.html", ["/a/"], []);
    writer.write(path.join(dir, "links"));
    expect(fs.readdirSync(dir)).toEqual(["links"]);
    fs.mkdirSync(path.join(dir, "taken"));
    expect(() => writer.write(path.join(dir, "taken"))).toThrow();
    expect(fs.readdirSync(dir).sort()).toEqual(["links", "taken"]);
  });
});
