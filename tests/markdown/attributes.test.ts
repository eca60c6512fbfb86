// Content cannot add event handlers, styles or script addresses through the new syntax: `{…}` attributes,
// shortcode arguments, callout titles. (Raw HTML in a body is allowed, authors being trusted; these are the
// ways in that look like data.)
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/createMarkdown.ts";
import { renderBody } from "../../src/markdown/renderBody.ts";

const md = createMarkdown();
const html = (body: string) => renderBody(md, body, { sourceDir: "blog", pathPrefix: "/" }).html;

/** Every attribute of every element: name=value. */
function attributes(page: string): string[] {
  const $ = cheerio.load(page);
  return $("*")
    .toArray()
    .flatMap((element) => Object.entries((element as { attribs?: Record<string, string> }).attribs ?? {}).map(([name, value]) => `${name}=${value}`));
}

const ATTEMPTS = [
  '## Title {#t onclick="alert(1)"}',
  "## Title {onmouseover=alert(1)}",
  "## Title {: #t onload=alert(1)}",
  "Para {.a style=color:red}",
  '[link](/a){href="javascript:alert(1)"}',
  "![img](a.png){onerror=alert(1)}",
  '*em*{#x onfocus="alert(1)" tabindex=1}',
  '```js {onclick="alert(1)" .x}\ncode\n```',
  '## Title {#"onclick=alert(1)}',
  '{% Img src="javascript:alert(1)", alt="x" %}',
  '{{< figure src="a.png" link="javascript:alert(1)" >}}',
  '{{< figure src="a.png" alt="\\" onerror=\\"alert(1)" >}}',
  '{% Video src="javascript:alert(1)" %}',
  '{{< youtube id="x\\" onload=\\"alert(1)" >}}',
  "{% Aside '\" onclick=\"alert(1)' %}\nx\n{% endAside %}",
  '::: warning <b onclick="alert(1)">title</b>\nx\n:::',
];

describe("attributes from content", () => {
  it.each(ATTEMPTS)("cannot add a handler, a style or a script address: %s", (body) => {
    const page = html(body);
    for (const attribute of attributes(page)) {
      expect(attribute).not.toMatch(/^on/i);
      expect(attribute).not.toMatch(/^(style|tabindex)=/);
      expect(attribute).not.toMatch(/javascript:/i);
    }
    expect(page).not.toMatch(/<script/i);
  });

  it("reads a group of ids and classes, and leaves any other group as text", () => {
    expect(html("## Title {#t .big}\n")).toBe('<h2 id="t" class="big">Title</h2>\n');
    expect(html("## Title {#t .big onclick=x}\n")).toBe('<h2 id="title-t-big-onclickx">Title {#t .big onclick=x}</h2>\n');
  });
});
