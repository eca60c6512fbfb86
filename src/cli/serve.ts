// `npm start`: the dev server. Renders the site with drafts and scheduled articles into its own folder (never
// the output that gets published), serves it on this machine, and renders again after every save. Problems
// in the articles do not stop it: they show in the terminal and, until they are fixed, on every page in the
// browser, which reloads itself after each rebuild.
//   npm start -- --port=8080 --host=127.0.0.1 --output=.cache/dev-site --pathprefix=/news/
import type http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatProblem } from "../content/problems.ts";
import { watchSite } from "../eleventy/watchSite.ts";
import { serveFolder } from "../io/serveFolder.ts";
import { settingsFromEnvironment } from "../pipeline/buildSettings.ts";
import { SiteBuild } from "../pipeline/SiteBuild.ts";
import { describeFailure } from "./describeFailure.ts";
import { devPage, EVENTS_PATH } from "./devPage.ts";
import { runCommand } from "./runCommand.ts";
import { shownPath } from "./shownPath.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8080" },
    /** The interface to listen on: this machine only, unless you want to try the site from another device. */
    host: { type: "string", default: "127.0.0.1" },
    output: { type: "string" },
    pathprefix: { type: "string", default: "/" },
  },
});

await runCommand(async () => {
  const settings = settingsFromEnvironment(process.env);
  const output = path.resolve(values.output ?? process.env.SITE_DEV_OUTPUT ?? path.join(settings.projectRoot, ".cache", "dev-site"));
  if (output === settings.outputDir) {
    console.error(`error: --output: the dev server shows drafts and scheduled articles, so it never writes into ${settings.outputDir}, which gets published (choose another folder)`);
    return 1;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`error: --port: ${JSON.stringify(values.port)} is not a port number (use one such as 8080)`);
    return 1;
  }
  const trimmed = values.pathprefix.replace(/^\/+|\/+$/g, "");
  const pathPrefix = trimmed ? `/${trimmed}/` : "/";

  /** What the browser shows until the next good rebuild: the articles' errors, or a failure of the build. */
  let shown: string[] = [];
  const clients = new Set<http.ServerResponse>();
  const reload = () => {
    for (const client of clients) client.write("event: reload\ndata: \n\n");
  };

  const build = new SiteBuild({ settings: { ...settings, outputDir: output }, writesPages: false });
  const served = await serveFolder({
    root: output,
    prefix: pathPrefix,
    host: values.host,
    port,
    html: (html, status) => devPage(html, status, shown),
    extra: (request, response) => {
      if (request.url !== EVENTS_PATH) return false;
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
      response.write(": connected\n\n");
      clients.add(response);
      request.on("close", () => clients.delete(response));
      return true;
    },
  });
  await watchSite(build, {
    pathPrefix,
    onBuilt: () => {
      const run = build.currentRun;
      shown = (run?.problems ?? []).filter((problem) => problem.severity === "error").map((problem) => `error: ${formatProblem(problem)}`);
      console.log(shown.length > 0 ? `Rebuilt with ${shown.length} problem(s): the browser shows them until they are fixed.` : "Rebuilt.");
      reload();
    },
    onFailure: (error) => {
      shown = describeFailure(error, { output: shownPath(output) }).lines;
      console.error(shown.join("\n"));
      reload();
    },
  });
  const where = values.host === "127.0.0.1" || values.host === "localhost" ? " (this machine only; --host=0.0.0.0 to open it to your network)" : "";
  console.log(`Dev server at ${served.url}${where}. Drafts and scheduled articles are shown; ${shownPath(output)}/ is not for publishing (npm run build makes dist/).`);
  // Runs until stopped (Ctrl-C).
  return new Promise<number>((resolve) => {
    process.once("SIGINT", () => resolve(130));
    process.once("SIGTERM", () => resolve(143));
  });
});
