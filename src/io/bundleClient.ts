// Browser code from src/client/ is bundled with esbuild into the site's assets at build time.
import path from "node:path";
import { build } from "esbuild";

/** Bundles `entry` into `outFile`; returns the bundle's size in bytes. */
export async function bundleClient(entry: string, outFile: string): Promise<number> {
  const result = await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    format: "esm",
    minify: true,
    target: ["es2022"],
    legalComments: "none",
    metafile: true,
    logLevel: "silent",
  });
  return Object.values(result.metafile.outputs).reduce((total, output) => total + output.bytes, 0);
}

export const CLIENT_ENTRY = path.join("src", "client", "search.ts");
