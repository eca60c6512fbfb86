import { describe, expect, it } from "vitest";
import { cleanTermName, termKey } from "../../src/content/termKey.ts";

describe("term keys", () => {
  it("compares without case, outer spaces or non-breaking spaces", () => {
    expect(termKey("Service Mesh")).toBe(termKey("service mesh"));
    expect(termKey(" Service\u00a0Mesh  ")).toBe("service mesh");
    expect(termKey("Service \t Mesh")).toBe("service mesh");
  });

  it("folds full-width forms (NFKC)", () => {
    expect(termKey("ＡＩ")).toBe("ai");
  });

  it("keeps the author's spelling for display", () => {
    expect(cleanTermName("  Service\u00a0Mesh ")).toBe("Service Mesh");
    expect(cleanTermName("人工智能")).toBe("人工智能");
  });
});
