// The few lines a build prints at the end: what was built, what was left out, how big and how long.
import type { SiteModel } from "../model/buildSiteModel.ts";
import type { BuildResult } from "../pipeline/BuildResult.ts";
import { plural } from "./reportProblems.ts";

export interface SummaryInput {
  siteName: string;
  /** Scheduled articles' times are shown in it. */
  timeZone: string;
  output: string;
  model: SiteModel;
  result: BuildResult;
  timings: Record<string, number>;
  seconds: number;
  maxRssBytes: number;
  /** Pages taken from the previous build's output, or why none were (a clean build). */
  reuse: { reused: number } | { clean: string };
}

export interface BuildSummary {
  text: string;
  data: {
    articles: number;
    categories: number;
    tags: number;
    drafts: number;
    scheduled: number;
    pages: number;
    files: number;
    searchShards: number;
    searchFiles: number;
    searchBytes: number;
    clientBytes: number;
    /** Local images resized, and of those encoded by this build (the others came from the cache). */
    images: number;
    imagesEncoded: number;
    /** One article page on a phone: HTML and CSS gzipped, the lead image it downloads. */
    pageHtmlGzipBytes: number;
    pageCssGzipBytes: number;
    pageImageBytes: number;
    timings: Record<string, number>;
    seconds: number;
    maxRssBytes: number;
    /** Pages taken from the previous build's output (0 in a clean build). */
    reusedPages: number;
    /** Articles the search index took from the previous build's records. */
    searchFromRecords: number;
  };
}

export function buildSummary(input: SummaryInput): BuildSummary {
  const { model } = input;
  const { files, search, clientBytes, images, pageWeight } = input.result;
  const pages = files.filter((file) => file.endsWith(".html")).length;
  const feeds = files.filter((file) => /(^|\/)feed\.(xml|json)$/.test(file)).length;
  const time = (seconds: number) => `${seconds.toFixed(1)} s`;
  const text = [
    `Built ${input.siteName} into ${input.output}/ in ${time(input.seconds)} (peak memory ${megabytes(input.maxRssBytes)}).`,
    `  ${plural(model.articles.length, "article")} in ${plural(model.categories.length, "category", "categories")} with ${plural(model.tags.length, "tag")}; ` +
      `left out: ${plural(model.skipped.drafts, "draft")} and ${plural(model.skipped.scheduled, "scheduled article")}.`,
    ...upcomingLines(model.upcoming, input.timeZone),
    `  ${plural(pages, "page")}, ${plural(feeds, "feed")}, ${plural(files.length, "file")} in all.`,
    "reused" in input.reuse
      ? `  Incremental: ${plural(input.reuse.reused, "page")} taken unchanged from the previous build, the rest rendered.`
      : `  Clean build: ${input.reuse.clean}.`,
    ...(search?.fromRecords ? [`  Incremental search index: ${plural(search.fromRecords, "article")} taken from the previous build's records, the rest indexed from their text.`] : []),
    search
      ? `  Search index: ${plural(search.shards, "shard")} and ${plural(search.metaChunks, "metadata chunk")}, ${megabytes(search.bytes)}; search script ${kilobytes(clientBytes)}.`
      : "  Search index: not built.",
    ...(images
      ? [`  Images: ${plural(images.images, "image")} in ${plural(images.files, "file")} (${megabytes(images.bytes)}); ${images.encoded} encoded by this build, the rest from the cache.`]
      : []),
    ...(pageWeight
      ? [
          `  An article page on a phone (${pageWeight.page}): HTML ${kilobytes(pageWeight.htmlGzipBytes)} + CSS ${kilobytes(pageWeight.cssGzipBytes)} gzipped, no script` +
            (pageWeight.image ? `; lead image ${kilobytes(pageWeight.image.bytes)} (${pageWeight.image.format}).` : "; no lead image."),
        ]
      : []),
    `  Time: ${Object.entries(input.timings)
      .map(([name, seconds]) => `${name} ${time(seconds)}`)
      .join(", ")}.`,
  ].join("\n");
  return {
    text,
    data: {
      articles: model.articles.length,
      categories: model.categories.length,
      tags: model.tags.length,
      drafts: model.skipped.drafts,
      scheduled: model.skipped.scheduled,
      pages,
      files: files.length,
      searchShards: search?.shards ?? 0,
      searchFiles: search?.files ?? 0,
      searchBytes: search?.bytes ?? 0,
      clientBytes,
      images: images?.images ?? 0,
      imagesEncoded: images?.encoded ?? 0,
      pageHtmlGzipBytes: pageWeight?.htmlGzipBytes ?? 0,
      pageCssGzipBytes: pageWeight?.cssGzipBytes ?? 0,
      pageImageBytes: pageWeight?.image?.bytes ?? 0,
      timings: input.timings,
      seconds: input.seconds,
      maxRssBytes: input.maxRssBytes,
      reusedPages: "reused" in input.reuse ? input.reuse.reused : 0,
      searchFromRecords: search?.fromRecords ?? 0,
    },
  };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Scheduled articles shown by name in the summary; the rest are counted. */
const UPCOMING_SHOWN = 3;

/** When the next scheduled articles go live: a build after that moment publishes them. */
function upcomingLines(upcoming: SiteModel["upcoming"], timeZone: string): string[] {
  if (upcoming.length === 0) return [];
  const format = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" });
  const lines = upcoming.slice(0, UPCOMING_SHOWN).map((article) => `    ${format.format(article.date)}: ${JSON.stringify(article.title)} (${article.sourcePath})`);
  const more = upcoming.length - UPCOMING_SHOWN;
  return ["  Next scheduled articles (published by the first build after their time):", ...lines, ...(more > 0 ? [`    … and ${more} more`] : [])];
}
