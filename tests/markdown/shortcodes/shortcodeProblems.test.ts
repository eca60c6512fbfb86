import { describe, expect, it } from "vitest";
import { shortcodeProblems } from "../../../src/markdown/shortcodes/shortcodeProblems.ts";

describe("shortcodeProblems", () => {
  it("warns once per unknown shortcode in a file, with its count and a summary the same in every file", () => {
    const a = shortcodeProblems("articles/blog/a.md", '{% youtubeVideo "x" %}\n\nText {% youtubeVideo "y" %}.\n');
    const b = shortcodeProblems("articles/blog/b.md", '{% youtubeVideo "z" %}\n');
    expect(a).toEqual([
      {
        file: "articles/blog/a.md",
        field: "{% youtubeVideo %}",
        severity: "warning",
        message: "shortcode not supported, kept as text, 2 times (remove it, or replace it with markdown)",
        summary: "{% youtubeVideo %}: shortcode not supported, kept as text (remove it, or replace it with markdown)",
      },
    ]);
    expect(b[0]!.summary).toBe(a[0]!.summary);
    expect(b[0]!.message).toBe("shortcode not supported, kept as text (remove it, or replace it with markdown)");
  });

  it("names Hugo shortcodes in the syntax they were written in, and counts a closing tag with its opening one", () => {
    const problems = shortcodeProblems("a.md", "{{< gallery >}}\n{{% tabs %}}x{{% /tabs %}}\n{% edge %}y{% endedge %}\n");
    expect(problems.map((problem) => problem.field)).toEqual(["{{< gallery >}}", "{{% tabs %}}", "{% edge %}"]);
  });

  it("says nothing of shortcodes it translates, of escaped ones, or of any in code", () => {
    const body = [
      '{{< figure src="a.png" >}}',
      "{% Aside %}\nx\n{% endAside %}",
      "{{</* gallery */>}}",
      "`{% foo %}`",
      "```\n{{< bar >}}\n```",
      "{% raw %}{% baz %}{% endraw %}",
    ].join("\n\n");
    expect(shortcodeProblems("a.md", body)).toEqual([]);
  });

  it("explains a known shortcode kept as text: no closing tag, a missing argument, a stray closing tag", () => {
    const problems = shortcodeProblems("a.md", '{% Aside %}\nnever closed\n\n{{< figure caption="c" >}}\n\n{{< /note >}}\n');
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      "{% Aside %}: has no closing {% endAside %} (add it after the content)",
      '{{< figure >}}: needs the image\'s address (write it as src="img/photo.jpg")',
      "{{< /note >}}: has no opening {{< note >}} before it (remove it, or add the opening tag)",
    ]);
  });
});
