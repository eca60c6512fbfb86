// The server of the dev server and `npm run preview`: a folder served as a static host would, never a file
// outside it.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveRequestPath, serveFolder, type ServedFolder } from "../../src/io/serveFolder.ts";
import { tempDir } from "../support/buildSite.ts";

describe("resolveRequestPath", () => {
  const root = "/srv/site";
  it("maps site paths into the folder", () => {
    expect(resolveRequestPath(root, "/economy/rates/")).toEqual({ file: "/srv/site/economy/rates" });
    expect(resolveRequestPath(root, "/tags/%E4%BA%BA/")).toEqual({ file: "/srv/site/tags/人" });
  });
  it.each([
    ["/..%2fsite-secret/key", 400],
    ["/%2e%2e%2f%2e%2e%2fetc/passwd", 400],
    ["/..%5cetc%5cpasswd", 400],
    ["/a/%2e/b", 400],
    ["/a%00b", 400],
    ["/%E0%A4%A", 400],
  ] as const)("refuses %s", (request, status) => {
    expect(resolveRequestPath(root, request)).toEqual({ status });
  });
});

describe("serveFolder", () => {
  let site: string;
  let served: ServedFolder;
  beforeAll(async () => {
    const root = tempDir("serve-");
    site = path.join(root, "site");
    fs.mkdirSync(path.join(site, "economy"), { recursive: true });
    fs.writeFileSync(path.join(site, "index.html"), "<p>home</p>");
    fs.writeFileSync(path.join(site, "404.html"), "<p>not here</p>");
    fs.writeFileSync(path.join(site, "economy/index.html"), "<p>economy</p>");
    fs.writeFileSync(path.join(root, "secret.txt"), "secret");
    fs.symlinkSync(path.join(root, "secret.txt"), path.join(site, "link.txt"));
    served = await serveFolder({ root: site, prefix: "/news/", html: (html, status) => `${html}<!--${status}-->` });
  });
  afterAll(() => served.close());

  const get = (sitePath: string) => fetch(new URL(sitePath, served.url).href.replace(/\/news\/\//, "/news/"), { redirect: "manual" });

  it("listens on 127.0.0.1 and serves under the prefix, folders by their index.html", async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news\/$/);
    expect(await (await get("/news/")).text()).toBe("<p>home</p><!--200-->");
    expect(await (await get("/news/economy/")).text()).toBe("<p>economy</p><!--200-->");
    const folder = await get("/news/economy");
    expect([folder.status, folder.headers.get("location")]).toEqual([301, "/news/economy/"]);
  });

  it("answers 404 with the site's 404 page, also outside the prefix; / leads to the prefix", async () => {
    const missing = await get("/news/nothing/");
    expect([missing.status, await missing.text()]).toEqual([404, "<p>not here</p><!--404-->"]);
    expect((await get("/elsewhere/")).status).toBe(404);
    const root = await get("/");
    expect([root.status, root.headers.get("location")]).toEqual([302, "/news/"]);
  });

  it("does not follow a link inside the folder to a file outside it", async () => {
    expect((await get("/news/link.txt")).status).toBe(404);
  });
});
