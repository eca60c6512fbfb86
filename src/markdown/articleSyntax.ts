// The markdown an article may use beyond CommonMark, for every markdown-it instance of the site (the page
// renderer and the text one for summaries and search), so both read a body the same way: shortcodes,
// footnotes, callouts, emphasis beside CJK punctuation, `{#id .class}` attributes, figures.
import type { MarkdownIt } from "markdown-it";
import cjkFriendly from "markdown-it-cjk-friendly";
import imageFigures from "markdown-it-image-figures";
import { attributes } from "./attributes.ts";
import { callouts } from "./callouts.ts";
import { footnotes } from "./footnotes.ts";
import { shortcodes } from "./shortcodes/shortcodes.ts";

export function articleSyntax(md: MarkdownIt): void {
  md.use(shortcodes);
  md.use(footnotes);
  md.use(callouts);
  md.use(cjkFriendly);
  md.use(attributes);
  // An image alone in its paragraph is a figure; its title, if any, the caption: ![Alt](a.png "Caption").
  md.use(imageFigures, { figcaption: "title" });
}
