// Words that markdown adds to a page itself (callout labels, links that stand in for embedded media). One
// table, so the interface-language work can look each one up and translate it.

export const MARKDOWN_LABELS = {
  note: "Note",
  tip: "Tip",
  info: "Info",
  warning: "Warning",
  danger: "Danger",
  caution: "Caution",
  youtube: "Watch on YouTube",
  vimeo: "Watch on Vimeo",
  x: "View the post on X",
  gist: "View the code on GitHub",
  instagram: "View the post on Instagram",
  video: "Download the video",
  footnoteBack: "Back to the text",
} as const;

export type MarkdownLabel = keyof typeof MARKDOWN_LABELS;
