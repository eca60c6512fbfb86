// A path as a command shows it to the person who ran it: relative to where they are, unless it is elsewhere.
import path from "node:path";

export function shownPath(target: string): string {
  const relative = path.relative(process.cwd(), target);
  return relative === "" || relative.startsWith("..") ? target : relative;
}
