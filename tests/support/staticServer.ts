// A small static file server for tests: serves a built site from 127.0.0.1, optionally under a sub-path,
// the way a plain static host does (index.html for folders, 404.html for anything missing).
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** Origin plus prefix, ending with "/": "http://127.0.0.1:PORT/news/". */
  url: string;
  /** Bytes sent per request path, for measuring what a page costs. */
  requests: { path: string; bytes: number; status: number }[];
  close(): Promise<void>;
}

export async function serveStatic(root: string, prefix = "/"): Promise<StaticServer> {
  const requests: StaticServer["requests"] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    const send = (status: number, file: string | undefined) => {
      const body = file ? fs.readFileSync(file) : Buffer.from("Not found");
      requests.push({ path: url.pathname, bytes: body.length, status });
      response.writeHead(status, { "content-type": (file && TYPES[path.extname(file)]) ?? "application/octet-stream" });
      response.end(body);
    };
    if (!pathname.startsWith(prefix)) return send(404, undefined);
    const relative = pathname.slice(prefix.length);
    const target = path.join(root, relative);
    if (!target.startsWith(path.resolve(root))) return send(404, undefined);
    const candidates = [target, path.join(target, "index.html")];
    for (const candidate of candidates) {
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) {
        if (candidate === target && !relative.includes(".") && fs.statSync(target).isDirectory()) continue;
        return send(200, candidate);
      }
    }
    if (!pathname.endsWith("/") && fs.existsSync(target) && fs.statSync(target).isDirectory()) {
      requests.push({ path: url.pathname, bytes: 0, status: 301 });
      response.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return response.end();
    }
    const notFound = path.join(root, "404.html");
    return send(404, fs.existsSync(notFound) ? notFound : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
