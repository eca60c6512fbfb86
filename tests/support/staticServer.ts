// Serves a built site from 127.0.0.1 for browser tests, optionally under a sub-path, with the server that
// `npm run preview` uses, recording what each request cost.
import { serveFolder } from "../../src/io/serveFolder.ts";

export interface StaticServer {
  /** Origin plus prefix, ending with "/": "http://127.0.0.1:PORT/news/". */
  url: string;
  /** Bytes sent per request path, for measuring what a page costs. */
  requests: { path: string; bytes: number; status: number }[];
  close(): Promise<void>;
}

export async function serveStatic(root: string, prefix = "/"): Promise<StaticServer> {
  const requests: StaticServer["requests"] = [];
  const served = await serveFolder({ root, prefix, onResponse: (entry) => requests.push(entry) });
  return { url: served.url, requests, close: served.close };
}
