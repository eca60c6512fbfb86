// The words of the interface: everything a reader sees that is not content. One table per language
// (src/i18n/<language>.ts), all of this shape. `{name}` marks a value filled in when the page is made;
// counted phrases have a form per plural category of the language (Intl.PluralRules: English has "one"
// and "other", Chinese "other" only).
import type { SearchText } from "../client/searchText.ts";

/** A phrase that depends on a number: `other` always, the language's other plural categories as it needs them. */
export type Counted = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface UiText {
  /** BCP 47 tag of the table's language. */
  language: string;
  skipLink: string;
  searchForm: { label: string; placeholder: string; button: string };
  nav: {
    /** Name of the navigation between the site's sections. */
    sections: string;
    breadcrumb: string;
    allSections: string;
    allTopics: string;
    allAuthors: string;
    search: string;
    atomFeed: string;
    jsonFeed: string;
    frontPage: string;
  };
  home: {
    latest: string;
    /** Link under each section on the front page: {count}, {section}. */
    moreInSection: Counted;
  };
  article: {
    /** {names}: the authors. */
    byline: string;
    /** {date} */
    updated: string;
    /** {count} */
    readingTime: Counted;
    draft: string;
    topics: string;
    contents: string;
    related: string;
    /** {credit} */
    imageCredit: string;
  };
  list: {
    topic: string;
    /** Page title of a tag: {name}. */
    topicTitle: string;
    /** {count} */
    articleCount: Counted;
    /** {page} {pages} */
    pageOf: string;
    /** Page title suffix: {page} */
    pageTitle: string;
    /** Meta descriptions: {name} {site} */
    aboutTopic: string;
    latestInSection: string;
    articlesBy: string;
    author: string;
    articles: string;
    pages: string;
    newer: string;
    older: string;
    atomFeed: string;
  };
  terms: {
    sections: string;
    /** {site} */
    sectionsDescription: string;
    topics: string;
    /** {site} */
    topicsDescription: string;
    authors: string;
    /** {site} */
    authorsDescription: string;
  };
  redirect: {
    /** Page title: {title} */
    title: string;
    /** {link}: the article's title, linked. */
    text: string;
  };
  notFound: {
    title: string;
    text: string;
    /** {sections} and {frontPage} are links with the texts below. */
    help: string;
    sectionsLink: string;
    frontPageLink: string;
  };
  searchPage: {
    title: string;
    /** {site} */
    description: string;
    intro: string;
    /** {sections} and {topics} are links with the texts below. */
    noScript: string;
    sectionsLink: string;
    topicsLink: string;
  };
  /** The search page's script (src/client/searchText.ts): its messages in the page's language. */
  search: SearchText;
}
