// Serves a built site from a folder the way a plain static host does (index.html for folders, 404.html for
// anything missing), under its path prefix, for the dev server and `npm run preview`. It listens on this
// machine only unless told otherwise, and never serves a file outside the folder: a path that does not
// decode, holds a NUL, a backslash or a "." / ".." segment, or leads elsewhere through a link is refused
// at once (400 or 404).
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
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".mp3": "audio/mpeg",
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".csv": "text/csv; charset=utf-8",
  ".woff2": "font/woff2",
};

export interface ServeOptions {
  root: string;
  /** Where the site lives on the server: "/" or "/news/". */
  prefix?: string;
  /** 127.0.0.1 unless the user asks for another interface. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Changes each HTML page before it is sent (the dev server adds live reload and error messages). */
  html?: (html: string, status: number) => string;
  /** Answers for paths the site does not have (the dev server's event stream); true when it answered. */
  extra?: (request: http.IncomingMessage, response: http.ServerResponse) => boolean;
  /** Told of every response, for tests that count what a page costs. */
  onResponse?: (entry: { path: string; bytes: number; status: number }) => void;
}

export interface ServedFolder {
  /** Origin plus prefix, ending with "/": "http://127.0.0.1:8080/news/". */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The file a request path names inside `root`, or why there is none (never a path outside `root`). */
export function resolveRequestPath(root: string, pathname: string): { file: string } | { status: 400 | 404 } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (!decoded.startsWith("/") || decoded.includes("\0") || decoded.includes("\\")) return { status: 400 };
  const segments = decoded.split("/").slice(1);
  if (segments.some((segment) => segment === "." || segment === "..")) return { status: 400 };
  const base = path.resolve(root);
  const file = path.join(base, ...segments);
  const relative = path.relative(base, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return { status: 400 };
  return { file };
}

/** `file` if it exists as a regular file whose real place is inside `root`. */
function inside(root: string, file: string): boolean {
  try {
    const real = fs.realpathSync(file);
    const relative = path.relative(fs.realpathSync(root), real);
    return !relative.startsWith("..") && !path.isAbsolute(relative) && fs.statSync(real).isFile();
  } catch {
    return false;
  }
}

export async function serveFolder(options: ServeOptions): Promise<ServedFolder> {
  const prefix = options.prefix ?? "/";
  const root = path.resolve(options.root);
  const server = http.createServer((request, response) => {
    if (options.extra?.(request, response)) return;
    const url = new URL(request.url ?? "/", "http://localhost");
    const send = (status: number, body: Buffer | string, type: string, headers: Record<string, string> = {}) => {
      const bytes = typeof body === "string" ? Buffer.from(body) : body;
      options.onResponse?.({ path: url.pathname, bytes: bytes.length, status });
      response.writeHead(status, { "content-type": type, "cache-control": "no-cache", ...headers });
      response.end(request.method === "HEAD" ? undefined : bytes);
    };
    const sendFile = (status: number, file: string) => {
      const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
      const body = fs.readFileSync(file);
      if (type.startsWith("text/html") && options.html) return send(status, options.html(body.toString("utf8"), status), type);
      return send(status, body, type);
    };
    const notFound = () => {
      const page = path.join(root, "404.html");
      if (inside(root, page)) return sendFile(404, page);
      const html = "<!DOCTYPE html><title>Not found</title><p>Not found.</p>";
      return send(404, options.html ? options.html(html, 404) : html, "text/html; charset=utf-8");
    };
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "Method not allowed", "text/plain; charset=utf-8", { allow: "GET, HEAD" });
    if (!url.pathname.startsWith(prefix)) {
      // The site's root under a prefix sends readers to the site.
      if (url.pathname === "/" && prefix !== "/") return send(302, "", "text/plain; charset=utf-8", { location: prefix });
      return notFound();
    }
    const resolved = resolveRequestPath(root, `/${url.pathname.slice(prefix.length)}`);
    if ("status" in resolved) return send(resolved.status, resolved.status === 400 ? "Bad request" : "Not found", "text/plain; charset=utf-8");
    const { file } = resolved;
    if (inside(root, file)) return sendFile(200, file);
    const isFolder = fs.existsSync(file) && fs.statSync(file).isDirectory();
    if (isFolder && !url.pathname.endsWith("/")) return send(301, "", "text/plain; charset=utf-8", { location: `${url.pathname}/${url.search}` });
    const index = path.join(file, "index.html");
    if (isFolder && inside(root, index)) return sendFile(200, index);
    return notFound();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}${prefix}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
