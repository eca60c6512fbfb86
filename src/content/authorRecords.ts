// The site's author records: one optional YAML file beside the articles, a short profile per person, shown
// on the author's page. Read with the front matter's reader and checked the same way; every message names
// the file and the entry. An article names a person by the entry's key or by its name, in any spelling
// (`author: parkr` and `author: Parker  Moore` are one person):
//
//   parkr:
//     name: Parker Moore
//     bio: Maintains Jekyll.
//     link: https://example.org/parkr
//     avatar: img/parkr.jpg        # beside this file, a site path, or an https:// address
import { z } from "zod";
import { checkImageSource, resolveImageSource } from "./leadImage.ts";
import type { Problem } from "./problems.ts";
import { readYaml } from "./readYaml.ts";
import { cleanTermName, termKey } from "./termKey.ts";
import { describeValue } from "./frontMatterSchema.ts";

/** The records file, relative to the articles folder. */
export const AUTHORS_FILE = "authors.yml";

export interface AuthorRecord {
  /** The entry's key as written: "parkr". */
  id: string;
  /** Shown on the byline and the author's page. */
  name: string;
  bio: string | undefined;
  link: string | undefined;
  /** A site path without the path prefix, or an http(s) address. */
  avatar: string | undefined;
}

export interface AuthorRecords {
  records: AuthorRecord[];
  problems: Problem[];
}

const optionalText = (fix: string) =>
  z
    .union([z.string(), z.number()], { error: (issue) => `must be text, not ${describeValue(issue.input)} (${fix})` })
    .transform((value) => String(value).normalize("NFC").trim())
    .optional()
    .nullable();

const link = z
  .string({ error: (issue) => `must be a web address, not ${describeValue(issue.input)} (write link: https://example.org/me)` })
  .transform((value, ctx) => {
    const url = value.trim();
    let ok = false;
    try {
      ok = /^https?:$/.test(new URL(url).protocol);
    } catch {
      ok = false;
    }
    if (!ok) {
      ctx.addIssue({ code: "custom", message: `${JSON.stringify(value)} is not a web address (write link: https://example.org/me)` });
      return z.NEVER;
    }
    return url;
  })
  .optional()
  .nullable();

const avatar = z
  .string({ error: (issue) => `must be the picture's address, not ${describeValue(issue.input)} (write avatar: img/me.jpg)` })
  .transform((value, ctx) => {
    const checked = checkImageSource(value);
    const src = checked.ok ? resolveImageSource(checked.src, "") : undefined;
    if (src === undefined) {
      ctx.addIssue({ code: "custom", message: checked.ok ? `${JSON.stringify(value)} climbs out of the site (write avatar: img/me.jpg)` : checked.message });
      return z.NEVER;
    }
    return src;
  })
  .optional()
  .nullable();

const RECORD = z.object({
  name: optionalText('write the name as it should be shown, e.g. name: "Mara Lindqvist"'),
  bio: optionalText("write a sentence or two, e.g. bio: Covers trade and ports."),
  link,
  avatar,
});
const FIELDS = Object.keys(RECORD.shape);

/** Reads the records file (`sourcePath` names it in messages). */
export function parseAuthorRecords(source: { sourcePath: string; bytes: Uint8Array; refused?: string }): AuthorRecords {
  const file = source.sourcePath;
  const problems: Problem[] = [];
  const error = (message: string, field?: string) => problems.push({ file, field, message, severity: "error" });
  if (source.refused) {
    error(source.refused);
    return { records: [], problems };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(source.bytes).replace(/^\uFEFF/, "");
  } catch {
    error("is not UTF-8 text (save the file with UTF-8 encoding)");
    return { records: [], problems };
  }
  const read = readYaml(text, 1);
  if (!read.ok) {
    error(`is not valid YAML: ${read.message}`);
    return { records: [], problems };
  }
  if (read.duplicate) error(`is given twice (line ${read.duplicate.line}) (keep one entry per person)`, read.duplicate.key);
  const data = read.data ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    error(`must list people by a short key, not ${describeValue(data)} (write parkr: then name:, bio:, link: and avatar: lines indented below it)`);
    return { records: [], problems };
  }

  const records: AuthorRecord[] = [];
  const byKey = new Map<string, string>();
  for (const [id, raw] of Object.entries(data as Record<string, unknown>)) {
    // `parkr: Parker Moore` is a record with a name only.
    const entry = typeof raw === "string" ? { name: raw } : raw === null ? {} : raw;
    if (typeof entry !== "object" || Array.isArray(entry)) {
      error(`must be a group of fields, not ${describeValue(raw)} (write name:, bio:, link: and avatar: lines indented below ${id}:)`, id);
      continue;
    }
    const fields = entry as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      if (!FIELDS.includes(key)) {
        problems.push({ file, field: `${id}: ${key}`, message: `is not a known field and is ignored (use ${FIELDS.join(", ")})`, severity: "warning" });
      }
    }
    const checked = RECORD.safeParse(fields);
    if (!checked.success) {
      for (const issue of checked.error.issues) error(issue.message, `${id}: ${String(issue.path[0] ?? "")}`);
      continue;
    }
    const name = checked.data.name || cleanTermName(id);
    const record = { id, name, bio: checked.data.bio || undefined, link: checked.data.link ?? undefined, avatar: checked.data.avatar ?? undefined };
    let clash = false;
    for (const key of new Set([termKey(id), termKey(name)])) {
      const other = byKey.get(key);
      if (other !== undefined) {
        error(`names the same person as ${other}: (merge the two entries)`, id);
        clash = true;
      }
    }
    if (clash) continue;
    byKey.set(termKey(id), id);
    byKey.set(termKey(name), id);
    records.push(record);
  }
  return { records, problems };
}
