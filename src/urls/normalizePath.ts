// "." and ".." resolved in a path, without ever climbing above its root: "a/./b/../c" → "a/c", "../x" → "x".

export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
