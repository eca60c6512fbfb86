import { describe, expect, it } from "vitest";
import { frontMatterSettingsProblems } from "../../src/content/frontMatterSettings.ts";
import { formatProblem } from "../../src/content/problems.ts";
import type { FieldName } from "../../src/content/frontMatterSchema.ts";

describe("frontMatterSettingsProblems", () => {
  it("accepts the defaults and mappings onto fields", () => {
    expect(frontMatterSettingsProblems({ dataFields: ["eleventyNavigation"], fieldNames: { newstitle: "title", createTime: "date" } })).toEqual([]);
  });

  it("names the setting of a mapping onto no field, and of a data field that is read already", () => {
    const problems = frontMatterSettingsProblems({ dataFields: ["summary", "newstitle"], fieldNames: { newstitle: "titel" as FieldName } });
    expect(problems.map((p) => `${p.severity}: ${formatProblem(p)}`)).toEqual([
      expect.stringMatching(/^error: src\/site\.ts: frontMatter\.fieldNames: newstitle: "titel" is not a field \(map it to one of title, date, category, .*\)$/),
      "warning: src/site.ts: frontMatter.dataFields: summary is read as a standard field already, so it is never kept as data (remove it from dataFields)",
      "warning: src/site.ts: frontMatter.dataFields: newstitle is read as a standard field already, so it is never kept as data (remove it from dataFields)",
    ]);
  });
});
