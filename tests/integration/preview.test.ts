// `npm run preview`: the production build served on this machine, under the path prefix it was built for.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, PROJECT_ROOT } from "../support/buildSite.ts";
import { freePort } from "../support/freePort.ts";

const script = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")).scripts.preview as string;

describe("npm run preview", () => {
  const children: ReturnType<typeof spawn>[] = [];
  afterAll(() => children.forEach((child) => child.kill()));

  it("serves dist/ at 127.0.0.1 under the path prefix it was built for", async () => {
    const built = await buildSite({ articles: "tests/fixtures/sites/basic", args: ["--pathprefix=/news/"] });
    expect(built.code, built.stderr).toBe(0);
    const port = await freePort();
    const [node, ...args] = script.split(/\s+/);
    expect(node).toBe("node");
    const child = spawn(process.execPath, [...args, `--output=${built.output}`, `--port=${port}`], { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let out = "";
    child.stdout!.on("data", (data) => (out += data));
    const deadline = Date.now() + 30_000;
    while (!out.includes("Previewing") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(out).toContain(`http://127.0.0.1:${port}/news/`);
    const home = await fetch(`http://127.0.0.1:${port}/news/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<meta name="site-base" content="/news/">');
    expect((await fetch(`http://127.0.0.1:${port}/news/economy/rates/`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/news/economy/draft-budget/`)).status).toBe(404);
  });

  it("says how to get a site when there is none", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/preview.ts", "--output=/nonexistent/dist"], { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr!.on("data", (data) => (err += data));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(err.trim()).toBe("error: /nonexistent/dist/ holds no built site (run npm run build first)");
  });
});
