import { describe, expect, it } from "vitest";
import { scanShortcodes, type ShortcodeMark, type ShortcodeTag } from "../../../src/markdown/shortcodes/scanShortcodes.ts";

const tags = (src: string) => scanShortcodes(src).filter((mark): mark is ShortcodeTag => mark.type === "tag");
const names = (src: string) => tags(src).map((tag) => `${tag.closing ? "/" : ""}${tag.name}`);
const apply = (src: string, marks: ShortcodeMark[]) => {
  let out = "";
  let at = 0;
  for (const mark of marks) {
    if (mark.type === "tag") continue;
    out += src.slice(at, mark.start) + (mark.type === "literal" ? mark.text : "");
    at = mark.end;
  }
  return out + src.slice(at);
};

describe("scanShortcodes", () => {
  it("finds Liquid, Nunjucks and Hugo tags with their names, arguments and syntax", () => {
    const found = tags('{% Aside \'caution\' %}\nx\n{% endAside %}\n\n{{< figure src="a.png" >}}\n{{% note %}}y{{% /note %}}\n{{< x />}}');
    expect(found.map(({ syntax, name, closing, selfClosing, args }) => ({ syntax, name, closing, selfClosing, args }))).toEqual([
      { syntax: "liquid", name: "Aside", closing: false, selfClosing: false, args: "'caution'" },
      { syntax: "liquid", name: "Aside", closing: true, selfClosing: false, args: "" },
      { syntax: "hugo", name: "figure", closing: false, selfClosing: false, args: 'src="a.png"' },
      { syntax: "hugo-markdown", name: "note", closing: false, selfClosing: false, args: "" },
      { syntax: "hugo-markdown", name: "note", closing: true, selfClosing: false, args: "" },
      { syntax: "hugo", name: "x", closing: false, selfClosing: true, args: "" },
    ]);
  });

  it("reads whitespace control, Markdoc's closing tags, tags across lines and >}} inside a quoted argument", () => {
    expect(names("{%- if a -%}{%- endif -%} {% callout %}{% /callout %}")).toEqual(["if", "/if", "callout", "/callout"]);
    expect(names("[a]({% link\n  _posts/x.md %})")).toEqual(["link"]);
    expect(tags('{{< figure caption="a >}} b" >}}')[0]!.args).toBe('caption="a >}} b"');
  });

  it("sees nothing in code spans, fenced code, indented code, HTML comments and code elements", () => {
    const src = [
      "Use `{% a %}` and ``{{< b >}}`` and a span `across",
      "{% c %} lines`.",
      "",
      "```md",
      "{% d %}",
      "```",
      "",
      "~~~~",
      "{{< e >}}",
      "~~~~",
      "",
      "    {% f %}",
      "",
      "<!-- {{< g >}}",
      "",
      "{% h %} -->",
      "",
      "<pre>{% i %}</pre> and <code>{{% j %}}</code> and <kbd>{% k %}</kbd>",
      "",
      "{% seen %}",
    ].join("\n");
    expect(names(src)).toEqual(["seen"]);
  });

  it("takes an indented line in a list, or after a paragraph line, as text, not code", () => {
    expect(names("- item\n\n    {{< figure src=\"a\" >}}\n")).toEqual(["figure"]);
    expect(names("A paragraph\n    {% Aside %}\n")).toEqual(["Aside"]);
  });

  it("takes an unmatched backtick as text, and a backslash before a brace as an escape", () => {
    expect(names("A ` alone {% a %}\n\nand \\{% b %} here")).toEqual(["a"]);
  });

  it("passes over an unclosed tag and finds the next one", () => {
    expect(names("{% not closed\n\n{{< nor this\n\n{% yes %}")).toEqual(["yes"]);
  });

  it("marks tags inside raw HTML blocks", () => {
    const [inHtml, outside] = tags('<figure>{% Img src="a" %}</figure>\n\n{% Img src="b" %}');
    expect([inHtml!.inHtml, outside!.inHtml]).toEqual([true, false]);
  });

  it("unescapes Hugo's {{</* */>}} in code and in text", () => {
    const src = "```\n{{</* note */>}}\n{{%/* /note */%}}\n```\n\nWrite {{</* figure */>}}.";
    const marks = scanShortcodes(src);
    expect(marks.map((mark) => mark.type)).toEqual(["literal", "literal", "literal"]);
    expect(marks.map((mark) => mark.type === "literal" && mark.inCode)).toEqual([true, true, false]);
    expect(apply(src, marks)).toBe("```\n{{< note >}}\n{{% /note %}}\n```\n\nWrite {{< figure >}}.");
  });

  it("drops raw markers (their lines too when alone), comments and nothing between raw markers is a tag", () => {
    const src = "{% raw %}\n```\n{{ x }}\n```\n{% endraw %}\nA {% raw %}`{% a %}`{% endraw %} b {# note #} c\n{% comment %}{% hidden %}{% endcomment %}d";
    const marks = scanShortcodes(src);
    expect(marks.every((mark) => mark.type === "drop")).toBe(true);
    expect(apply(src, marks)).toBe("```\n{{ x }}\n```\nA `{% a %}` b  c\nd");
  });

  it("reads the content of a highlight pair as code", () => {
    const found = tags("{% highlight js %}\nlet a = '{% b %}';\n{% endhighlight %}\n{{< highlight go >}}\n{{< c >}}\n{{< /highlight >}}");
    expect(found.map((tag) => `${tag.closing ? "/" : ""}${tag.name}${tag.verbatim ? "*" : ""}`)).toEqual(["highlight*", "/highlight", "highlight*", "/highlight"]);
  });

  it("scans nothing in a body without tag syntax", () => {
    expect(scanShortcodes("Plain text with {braces} and {{ mustache }}.")).toEqual([]);
  });
});
