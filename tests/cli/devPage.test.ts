// The dev server's additions to a page: live reload always; while the articles have errors, the errors over
// the page, as text.
import { describe, expect, it } from "vitest";
import { devPage, EVENTS_PATH } from "../../src/cli/devPage.ts";

const page = "<!DOCTYPE html><html><body><main>Article</main></body></html>";

describe("devPage", () => {
  it("adds live reload before </body>", () => {
    const html = devPage(page, 200, []);
    expect(html).toContain(`new EventSource("${EVENTS_PATH}")`);
    expect(html.indexOf("EventSource")).toBeLessThan(html.indexOf("</body>"));
    expect(html).not.toContain("site-dev-problems");
  });

  it("shows the errors over the page, escaped", () => {
    const html = devPage(page, 200, ['error: articles/a.md: title: "<script>x</script>" is too long']);
    expect(html).toContain('id="site-dev-problems"');
    expect(html).toContain("&#34;&#60;script&#62;x&#60;/script&#62;&#34;");
    expect(html).not.toContain("<script>x</script>");
    expect(html).toContain("<main>Article</main>");
  });

  it("shows the errors instead of 'not found' while there are any", () => {
    const html = devPage("<p>Not found</p>", 404, ["error: articles/new.md: date: is missing"]);
    expect(html).not.toContain("Not found");
    expect(html).toContain("articles/new.md: date: is missing");
    expect(devPage("<p>Not found</p>", 404, [])).toContain("Not found");
  });
});
