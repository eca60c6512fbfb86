import { describe, expect, it } from "vitest";
import { parseAuthorRecords } from "../../src/content/authorRecords.ts";
import { formatProblem } from "../../src/content/problems.ts";

const read = (text: string) => parseAuthorRecords({ sourcePath: "articles/authors.yml", bytes: new TextEncoder().encode(text) });
const lines = (text: string) => read(text).problems.map((p) => `${p.severity}: ${formatProblem(p)}`);

describe("parseAuthorRecords", () => {
  it("reads a profile per person, a name alone, and resolves the picture from the articles folder", () => {
    const { records, problems } = read(`
parkr:
  name: Parker Moore
  bio: Maintains Jekyll.
  link: https://example.org/parkr
  avatar: img/parkr.jpg
ann: Ann Lee
bo:
  avatar: https://cdn.example.org/bo.png
`);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { id: "parkr", name: "Parker Moore", bio: "Maintains Jekyll.", link: "https://example.org/parkr", avatar: "/img/parkr.jpg" },
      { id: "ann", name: "Ann Lee", bio: undefined, link: undefined, avatar: undefined },
      { id: "bo", name: "bo", bio: undefined, link: undefined, avatar: "https://cdn.example.org/bo.png" },
    ]);
  });

  it("names the file, the entry and the field of every mistake, with the fix", () => {
    expect(
      lines(`
parkr:
  name: [Parker]
  link: javascript:alert(1)
  avatar: data:image/png;base64,AAAA
  twitter: "@parkr"
ann: [a, b]
`),
    ).toEqual([
      'warning: articles/authors.yml: parkr: twitter: is not a known field and is ignored (use name, bio, link, avatar)',
      'error: articles/authors.yml: parkr: name: must be text, not a list (write the name as it should be shown, e.g. name: "Mara Lindqvist")',
      'error: articles/authors.yml: parkr: link: "javascript:alert(1)" is not a web address (write link: https://example.org/me)',
      'error: articles/authors.yml: parkr: avatar: "data:image/png;base64,AAAA" is not an image address (use a path such as img/port.jpg beside the article, or an https:// address)',
      "error: articles/authors.yml: ann: must be a group of fields, not a list (write name:, bio:, link: and avatar: lines indented below ann:)",
    ]);
  });

  it("refuses two entries for one person, bad YAML and a file that is not a list of people", () => {
    expect(lines("parkr:\n  name: Parker Moore\nParker moore: {}\n")).toEqual([
      "error: articles/authors.yml: Parker moore: names the same person as parkr: (merge the two entries)",
    ]);
    expect(lines('parkr:\n  name: "Parker\n')).toEqual(["error: articles/authors.yml: is not valid YAML: a quote opened on line 2 is not closed (end the value with the same quote it starts with)"]);
    expect(lines("- parkr\n- ann\n")).toEqual([
      "error: articles/authors.yml: must list people by a short key, not a list (write parkr: then name:, bio:, link: and avatar: lines indented below it)",
    ]);
    expect(parseAuthorRecords({ sourcePath: "articles/authors.yml", bytes: new Uint8Array(), refused: "is a symbolic link (put the file itself here)" }).problems).toEqual([
      { file: "articles/authors.yml", field: undefined, message: "is a symbolic link (put the file itself here)", severity: "error" },
    ]);
  });
});
