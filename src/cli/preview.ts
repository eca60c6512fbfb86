// `npm run preview`: serves the production build in dist/ on this machine, as a static host would, under the
// path prefix it was built for (read from the site itself), to look at it before publishing.
//   npm run preview -- --port=4173 --output=dist
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { serveFolder } from "../io/serveFolder.ts";
import { settingsFromEnvironment } from "../pipeline/buildSettings.ts";
import { runCommand } from "./runCommand.ts";
import { shownPath } from "./shownPath.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4173" },
    host: { type: "string", default: "127.0.0.1" },
    output: { type: "string" },
  },
});

await runCommand(async () => {
  const settings = settingsFromEnvironment(process.env);
  const folder = path.resolve(values.output ?? settings.outputDir);
  const home = path.join(folder, "index.html");
  if (!fs.existsSync(home)) {
    console.error(`error: ${shownPath(folder)}/ holds no built site (run npm run build first)`);
    return 1;
  }
  // Every page says where the site lives: <meta name="site-base" content="/news/">.
  const prefix = /<meta name="site-base" content="([^"]*)">/.exec(fs.readFileSync(home, "utf8"))?.[1] ?? "/";
  const served = await serveFolder({ root: folder, prefix, host: values.host, port: Number(values.port) });
  console.log(`Previewing ${shownPath(folder)}/ at ${served.url} (Ctrl-C to stop).`);
  return new Promise<number>((resolve) => {
    process.once("SIGINT", () => resolve(130));
    process.once("SIGTERM", () => resolve(143));
  });
});
