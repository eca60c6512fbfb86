// The interface in English.
import { englishSearchText } from "../client/searchText.ts";
import type { UiText } from "./types.ts";

export default {
  language: "en",
  skipLink: "Skip to content",
  searchForm: { label: "Search", placeholder: "Search articles", button: "Search" },
  nav: {
    sections: "Sections",
    breadcrumb: "Breadcrumb",
    allSections: "All sections",
    allTopics: "All topics",
    search: "Search",
    atomFeed: "Atom feed",
    jsonFeed: "JSON feed",
    frontPage: "Front page",
  },
  home: {
    latest: "Latest",
    moreInSection: { one: "The one article in {section} →", other: "All {count} articles in {section} →" },
  },
  article: {
    byline: "By {names}",
    updated: "Updated {date}",
    readingTime: { other: "{count} min read" },
    draft: "Draft",
    topics: "Topics",
    contents: "Contents",
    related: "Related articles",
    imageCredit: "Image: {credit}",
  },
  list: {
    topic: "Topic",
    topicTitle: "Topic: {name}",
    articleCount: { one: "{count} article", other: "{count} articles" },
    pageOf: "page {page} of {pages}",
    pageTitle: "page {page}",
    aboutTopic: "Articles about {name} at {site}.",
    latestInSection: "Latest from {name} at {site}.",
    articles: "Articles",
    pages: "Pages",
    newer: "← Newer",
    older: "Older →",
    atomFeed: "Atom feed",
  },
  terms: {
    sections: "Sections",
    sectionsDescription: "Every section of {site} with its number of articles.",
    topics: "Topics",
    topicsDescription: "Every topic of {site} with its number of articles.",
  },
  notFound: {
    title: "Page not found",
    text: "The page you asked for is not here. It may have moved, or the address may be mistyped.",
    help: "Try the search box above, browse {sections}, or go to the {frontPage}.",
    sectionsLink: "all sections",
    frontPageLink: "front page",
  },
  searchPage: {
    title: "Search",
    description: "Search every article of {site}.",
    intro: "Type a word into the search box to search every article.",
    noScript: "Search needs JavaScript. Browse {sections} or {topics} instead.",
    sectionsLink: "all sections",
    topicsLink: "all topics",
  },
  search: englishSearchText,
} satisfies UiText;
