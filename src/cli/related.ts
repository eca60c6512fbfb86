// `npm run related -- <slug | /category/slug/ | articles/…/file.md>`: an article's related list with each
// score and the shared tags behind it, so an author can see why.
import { relatedInputs, relatedLists } from "../model/relatedForArticles.ts";
import { ArticleStore } from "../pipeline/ArticleStore.ts";
import { settingsFromEnvironment } from "../pipeline/buildSettings.ts";
import { explainRelated } from "../related/explainRelated.ts";
import { exitOnSettingError, reportProblems } from "./reportProblems.ts";

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
if (wanted.length === 0) {
  console.error("usage: npm run related -- <slug | /category/slug/ | articles/category/file.md> [more…]");
  process.exit(2);
}

const settings = settingsFromEnvironment(process.env);
const limit = settings.site.related.limit;
// The lists are computed below, with what explains them.
const result = exitOnSettingError(() => new ArticleStore({ ...settings, related: () => [] }).compile(false));
if (!result.ok) {
  reportProblems(result.problems);
  console.error("\nFix the problems above first: related articles are computed from the articles that would be published.");
  process.exit(1);
}
const articles = result.model.articles;
const lists = relatedLists(articles, limit);
const inputs = relatedInputs(articles);

let missing = 0;
for (const query of wanted) {
  const matches = articles.flatMap((article, i) =>
    article.slug === query || article.url === query || article.sourcePath === query || article.relativePath === query ? [i] : [],
  );
  if (matches.length === 0) {
    missing++;
    console.error(`No published article has the slug, address or file ${JSON.stringify(query)} (drafts and scheduled articles have no related list).`);
  }
  for (const i of matches) {
    const explanation = explainRelated(inputs, lists, i);
    console.log(`${articles[i]!.title}\n${articles[i]!.sourcePath}`);
    console.log(explanation.lines.join("\n"));
    console.log("");
  }
}
process.exitCode = missing > 0 ? 1 : 0;
