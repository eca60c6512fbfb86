// The committed bad-input fixtures and what an author must be told about each: shared by the unit test
// (badInput.test.ts) and the whole-build test (badInputBuild.test.ts), so both hold the build to one wording.

/** Every file here stops the build. */
export const ERRORS_DIR = "tests/fixtures/bad-input/errors";
/** Every file here is built, some with a warning. */
export const ACCEPTED_DIR = "tests/fixtures/bad-input/accepted";

const HINT_DATE = "use YYYY-MM-DD, or a time with a zone such as 2025-03-14T08:30:00+08:00";

/**
 * File (relative to the fixture folder) → the one error line it draws, without the "error: <path>: " prefix.
 * `{dir}` stands for the fixture folder as the build names it, in messages that name a second file.
 */
export const ERROR_CASES: Record<string, string> = {
  "news/broken-yaml.md":
    "front matter is not valid YAML: a quote opened on line 2 is not closed (end the value with the same quote it starts with)",
  "news/missing-title.md": 'title: is missing (add a line such as: title: "Port traffic doubles")',
  "news/empty-title.md": 'title: is empty (write the headline after title:, e.g. title: "Port traffic doubles")',
  "news/blank-title.md": 'title: is empty (write the headline after title:, e.g. title: "Port traffic doubles")',
  "news/impossible-date.md": 'date: "2023-02-30" is not a date (use YYYY-MM-DD)',
  "news/date-in-another-format.md": `date: "14/03/2025" is not a date (${HINT_DATE})`,
  "news/year-with-a-digit-missing.md": 'date: "0025-03-14" is in the year 25 (check the year: YYYY-MM-DD)',
  "news/impossible-offset.md": `date: "2025-03-14T08:30:00+25:00" has an impossible offset (${HINT_DATE})`,
  "news/duplicate-slug-one.md":
    "slug: the address /news/same-address/ is also used by {dir}/news/duplicate-slug-two.md (give one of them another slug:)",
  "news/duplicate-slug-two.md":
    "slug: the address /news/same-address/ is also used by {dir}/news/duplicate-slug-one.md (give one of them another slug:)",
  "news/Duplicate From File Name.md":
    "slug: the address /news/duplicate-from-file-name/ is also used by {dir}/news/duplicate-from-file-name.md (give one of them another slug:)",
  "news/duplicate-from-file-name.md":
    "slug: the address /news/duplicate-from-file-name/ is also used by {dir}/news/Duplicate From File Name.md (give one of them another slug:)",
  "news/slug-parent-folder.md":
    'slug: "../../outside" cannot be used in an address (use lower-case letters, digits and hyphens, e.g. slug: outside)',
  "news/slug-absolute-path.md":
    'slug: "/etc/cron.d/job" cannot be used in an address (use lower-case letters, digits and hyphens, e.g. slug: etc-cron-d-job)',
  "news/slug-builtin-page.md":
    'slug: "/search/" cannot be used in an address (use lower-case letters, digits and hyphens, e.g. slug: search)',
  "news/slug-javascript-url.md":
    'slug: "javascript:window.__pwned=1" cannot be used in an address (use lower-case letters, digits and hyphens, e.g. slug: javascript-window-pwned-1)',
  "news/(!).md": "slug: the file name gives no usable address (rename the file, or add a line such as slug: my-article)",
  "news/slug-too-long.md":
    'slug: "very-long-very-long-very-long-very-long-…" is too long for an address (use at most 150 letters, e.g. slug: ' +
    "very-long-very-long-very-long-very-long-very-long-very-long-very-long-very-long-very-long-very-long-very-long-very-long-very-long-very-long-very-long)",
  "news/slug-reserved-page.md": `slug: "page" is used by the category's own pages (add a line such as slug: page-article)`,
  "news/category-named-like-search.md":
    `category: "Search" would take the site's own address /search/ (rename the folder or set another category:)`,
  "tags/category-folder-named-tags.md":
    `category: "Tags" would take the site's own address /tags/ (rename the folder or set another category:)`,
  "loose-file-without-category.md":
    "category: is missing (put the file in a category folder such as articles/economy/, or add a line such as category: Economy)",
  "news/empty-file.md": "is empty (start it with front matter: ---, title: ..., date: ..., --- and then the article)",
  "news/no-front-matter.md": "has no front matter (start the file with a line ---, then title: and date: lines, then ---)",
  "news/unclosed-front-matter.md": "front matter is not closed (add a line --- after the last field, before the article)",
  "news/javascript-front-matter.md": 'front matter must be YAML, not "js" (make the first line just ---)',
  "news/not-utf8.md": "is not UTF-8 text (save the file with UTF-8 encoding)",
  "news/utf-16.md": "is saved as UTF-16 text (save the file with UTF-8 encoding)",
  "news/yaml-alias-bomb.md": "tags: each tag must be text, not a list (write tags as a list: tags: [economy, trade])",
  "news/yaml-deep-nesting.md":
    "front matter is not valid YAML: nesting exceeded maxDepth (100) on line 4 (front matter holds plain fields and lists, not deeply nested groups)",
  "news/draft-yes.md": 'draft: must be true or false, not "yes" (write draft: true or draft: false)',
  "news/tag-that-is-a-group.md":
    "tags: each tag must be text, not a group of fields (write tags as a list: tags: [economy, trade])",
  "news/language-not-a-code.md": 'lang: "Simplified Chinese" is not a language code (use one such as en, de or zh-CN)',
  "robots.txt": "would replace the site's own /robots.txt (move it into a folder, or remove it)",
};

/** Files (relative to the fixture folder) that build, and the warnings they draw (without "warning: <path>: "). */
export const ACCEPTED_WARNINGS: Record<string, string[]> = {
  "news/unknown-fields.md": [
    "catagory: is not a known field; did you mean category? (rename it, or remove it)",
    "layout: is ignored: every article uses the site's article layout (remove it)",
    "tag: is not a known field; did you mean tags? (rename it, or remove it)",
    "tittle: is not a known field; did you mean title? (rename it, or remove it)",
  ],
  "news/permalink.md": [
    "permalink: is not supported and is ignored: the address comes from the category folder and the slug (use slug: old-story)",
  ],
  "news/tags-comma-string.md": ['tags: "economy, trade" is one tag with a comma in it (for 2 tags write tags: [economy, trade])'],
  "news/duplicate-field.md": ["title: is given twice; the later one (line 4) is used (remove one of the two lines)"],
};

/** An error line as the build prints it, for a fixture folder the build names `dir`. */
export function errorLine(dir: string, file: string): string {
  return `error: ${dir}/${file}: ${ERROR_CASES[file]!.replaceAll("{dir}", dir)}`;
}
