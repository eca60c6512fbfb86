// The site's own front-matter settings (src/site.ts, frontMatter) checked once per build, with messages that
// name the setting and the fix.
import { FIELDS, KNOWN_FIELDS } from "./frontMatterSchema.ts";
import type { Problem } from "./problems.ts";
import type { SiteConfig } from "../site.ts";

const FILE = "src/site.ts";

export function frontMatterSettingsProblems(settings: SiteConfig["frontMatter"]): Problem[] {
  const problems: Problem[] = [];
  for (const [name, field] of Object.entries(settings.fieldNames)) {
    if (!(FIELDS as readonly string[]).includes(field)) {
      problems.push({
        file: FILE,
        field: "frontMatter.fieldNames",
        message: `${name}: ${JSON.stringify(field)} is not a field (map it to one of ${FIELDS.join(", ")})`,
        severity: "error",
      });
    }
  }
  for (const name of settings.dataFields) {
    if (KNOWN_FIELDS.includes(name) || Object.hasOwn(settings.fieldNames, name)) {
      problems.push({
        file: FILE,
        field: "frontMatter.dataFields",
        message: `${name} is read as a standard field already, so it is never kept as data (remove it from dataFields)`,
        severity: "warning",
      });
    }
  }
  return problems;
}
