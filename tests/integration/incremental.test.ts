// An incremental build (a build with the cache of the one before) writes exactly what a clean build of the same
// sources writes, whatever changed in between: random sequences of edits, additions, deletions, renames,
// moves to another section, tag, date, author and draft changes, old addresses, and a link target that goes
// away (both builds must then fail alike). Each step builds twice with the real command: once incrementally
// into the same folder, once clean into a new one; the two folders must hold the same files, byte for byte.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles } from "../../src/io/listFiles.ts";
import { buildSite, tempDir, type BuildResult } from "../support/buildSite.ts";
import { seededRandom } from "../search/fixtures/randomCorpus.ts";

const SECTIONS = ["economy", "science", "travel"];
const TAGS = ["Trade", "Energy", "Rail", "Climate", "Housing", "Food"];
const AUTHORS = ["Ana Lima", "Wei Zhang"];
/**
 * Linked from other bodies by file (`../reference/anchor-a.md`): their addresses change (slug:, category:),
 * their files stay. A section of their own and no tags keep them out of the stories' related lists, so a
 * linking page has nothing but the link to tell it that it must be rendered again.
 */
const ANCHORS = ["reference/anchor-a.md", "reference/anchor-b.md"];
/**
 * Linked from other bodies by address with a fragment (`/reference/fixed/#background`): goes away, or loses
 * that heading, in a "break" step. No tags, so the pages that link to it are not rendered again for its sake.
 */
const FIXED = "reference/fixed.md";

const CHANGES = ["body", "title", "tags", "date", "author", "move", "rename", "delete", "add", "alias", "draft", "break", "address", "section"] as const;
type Change = (typeof CHANGES)[number];

interface Draft {
  title: string;
  date: string;
  tags: string[];
  author: string | undefined;
  description: string | undefined;
  aliases: string[];
  draft: boolean;
  slug?: string;
  category?: string;
  body: string;
}

const FIXED_BODY = "Opening.\n\n## Background\n\nWhat came before.\n";

class Site {
  readonly root: string;
  private readonly next: () => number;
  private count = 0;
  /** Path relative to the articles folder → article. */
  readonly articles = new Map<string, Draft>();
  /** The page linked by address as it was before a "break" step, put back by the next change. */
  private removedFixed: Draft | undefined;
  private breaks = 0;

  constructor(root: string, seed: number) {
    this.root = root;
    this.next = seededRandom(seed);
    this.put(ANCHORS[0]!, { ...this.article("Anchor A"), tags: [], body: "The first anchor.\n" });
    this.put(ANCHORS[1]!, { ...this.article("Anchor B"), tags: [], body: "The second anchor.\n" });
    this.put(FIXED, { ...this.article("Fixed page"), tags: [], body: FIXED_BODY });
    for (let i = 0; i < 14; i++) this.add();
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  private article(title: string): Draft {
    const day = 1 + Math.floor(this.next() * 28);
    const month = 1 + Math.floor(this.next() * 12);
    const links: string[] = [];
    if (this.next() < 0.5) links.push(`See [the first anchor](../${ANCHORS[0]}) for more.`);
    if (this.next() < 0.3) links.push(`Compare [the second](../${ANCHORS[1]}).`);
    if (this.next() < 0.3) links.push(`Background: [fixed](/reference/fixed/#background).`);
    return {
      title,
      date: `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      tags: TAGS.filter(() => this.next() < 0.35),
      author: this.next() < 0.6 ? this.pick(AUTHORS) : undefined,
      description: this.next() < 0.5 ? `About ${title.toLowerCase()}.` : undefined,
      aliases: [],
      draft: false,
      body: `${title} opens here. ${links.join(" ")}\n\n## Part one\n\nSome words about ${title}.\n`,
    };
  }

  private put(file: string, draft: Draft): void {
    this.articles.set(file, draft);
    const lines = ["---", `title: ${JSON.stringify(draft.title)}`, `date: ${draft.date}`, `tags: ${JSON.stringify(draft.tags)}`];
    if (draft.author) lines.push(`author: ${JSON.stringify(draft.author)}`);
    if (draft.description) lines.push(`description: ${JSON.stringify(draft.description)}`);
    if (draft.aliases.length > 0) lines.push(`aliases: ${JSON.stringify(draft.aliases)}`);
    if (draft.slug) lines.push(`slug: ${draft.slug}`);
    if (draft.category) lines.push(`category: ${draft.category}`);
    if (draft.draft) lines.push("draft: true");
    lines.push("---", draft.body);
    fs.mkdirSync(path.join(this.root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(this.root, file), lines.join("\n"));
  }

  private remove(file: string): Draft {
    const draft = this.articles.get(file)!;
    this.articles.delete(file);
    fs.rmSync(path.join(this.root, file));
    return draft;
  }

  private add(): string {
    const n = ++this.count;
    const file = `${this.pick(SECTIONS)}/story-${n}.md`;
    this.put(file, this.article(`Story ${n}`));
    return `add ${file}`;
  }

  /** Applies a change of this kind (or a random one) and says what it was. */
  change(wanted?: Change): string {
    if (this.removedFixed) {
      this.put(FIXED, this.removedFixed);
      this.removedFixed = undefined;
      return `restore ${FIXED}`;
    }
    const files = [...this.articles.keys()];
    const stories = files.filter((file) => !ANCHORS.includes(file) && file !== FIXED);
    const file = this.pick(files);
    const draft = this.articles.get(file)!;
    const kind = wanted ?? this.pick(CHANGES);
    switch (kind) {
      case "body":
        this.put(file, { ...draft, body: `${draft.body}\nOne more sentence (${this.count++}).\n` });
        return `edit the body of ${file}`;
      case "title":
        this.put(file, { ...draft, title: `${draft.title} revised` });
        return `retitle ${file}`;
      case "tags":
        this.put(file, { ...draft, tags: TAGS.filter(() => this.next() < 0.35) });
        return `retag ${file}`;
      case "date":
        this.put(file, { ...draft, date: `2024-${String(1 + Math.floor(this.next() * 12)).padStart(2, "0")}-15` });
        return `redate ${file}`;
      case "author":
        this.put(file, { ...draft, author: draft.author ? undefined : this.pick(AUTHORS) });
        return `change the author of ${file}`;
      case "move": {
        if (!stories.includes(file)) return this.add();
        const to = `${this.pick(SECTIONS.filter((section) => !file.startsWith(`${section}/`)))}/${path.basename(file)}`;
        if (this.articles.has(to)) return this.add();
        this.put(to, this.remove(file));
        return `move ${file} to ${to}`;
      }
      case "address": {
        // An anchor's address changes while its file stays: the bodies that link to its file, unchanged
        // themselves, must show the new address.
        const anchor = this.pick(ANCHORS);
        const before = this.articles.get(anchor)!;
        const change = this.next() < 0.75 ? { slug: `moved-${this.count++}` } : { category: this.pick(["Reference desk", "Archive"]) };
        this.put(anchor, { ...before, ...change });
        return `give ${anchor} ${JSON.stringify(change)}`;
      }
      case "rename": {
        if (stories.length === 0) return this.add();
        const from = this.pick(stories);
        const to = from.replace(/\.md$/, "-renamed.md");
        this.put(to, this.remove(from));
        return `rename ${from} to ${to}`;
      }
      case "delete": {
        if (stories.length === 0) return this.add();
        const gone = this.pick(stories);
        this.remove(gone);
        return `delete ${gone}`;
      }
      case "add":
        return this.add();
      case "alias": {
        if (file === FIXED) return this.add();
        const alias = `/old/${path.basename(file, ".md")}-${this.count++}/`;
        this.put(file, { ...draft, aliases: [...draft.aliases, alias] });
        return `give ${file} the old address ${alias}`;
      }
      case "draft":
        if (!stories.includes(file)) return this.add();
        this.put(file, { ...draft, draft: !draft.draft });
        return `${draft.draft ? "publish" : "hold back"} ${file}`;
      case "break":
        // Pages that link to it break: both builds must fail, and name the same links.
        if (this.breaks++ % 2 === 0) {
          this.removedFixed = this.remove(FIXED);
          return `delete ${FIXED}, which other pages link to`;
        }
        this.removedFixed = this.articles.get(FIXED)!;
        this.put(FIXED, { ...this.removedFixed, body: FIXED_BODY.replace("Background", "History") });
        return `rename the heading of ${FIXED} that other pages link to`;
      case "section": {
        // A new section: every page's header names it.
        if (stories.length === 0) return this.add();
        const from = this.pick(stories);
        const to = `section-${this.count++}/${path.basename(from)}`;
        this.put(to, this.remove(from));
        return `move ${from} to a new section, ${to}`;
      }
    }
  }

}

/** The first difference between two folders, or undefined when they hold the same files with the same bytes. */
function difference(a: string, b: string): string | undefined {
  const left = listFiles(a);
  const right = listFiles(b);
  const onlyLeft = left.filter((file) => !right.includes(file));
  const onlyRight = right.filter((file) => !left.includes(file));
  if (onlyLeft.length > 0 || onlyRight.length > 0) return `only in the incremental build: ${onlyLeft.slice(0, 5).join(", ")}; only in the clean one: ${onlyRight.slice(0, 5).join(", ")}`;
  for (const file of left) {
    if (!fs.readFileSync(path.join(a, file)).equals(fs.readFileSync(path.join(b, file)))) return `${file} differs`;
  }
  return undefined;
}

const errorLines = (result: BuildResult) =>
  result.stderr
    .split("\n")
    .filter((line) => line.startsWith("error: "))
    .map((line) => line.replaceAll(result.output, "OUT"))
    .sort();

describe("incremental builds", () => {
  for (const seed of (process.env.INCREMENTAL_SEEDS ?? "1,2").split(",").map(Number)) {
    it(`write what a clean build writes, step after step (seed ${seed})`, async () => {
      const work = tempDir("incremental-");
      const site = new Site(path.join(work, "articles"), seed);
      const env = { SOURCE_DATE_EPOCH: "1767225600", SITE_BUILD_CACHE: path.join(work, "cache") };
      const incremental = path.join(work, "dist");
      const first = await buildSite({ articles: site.root, output: incremental, env });
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain("Clean build: no cache from an earlier build.");
      let reusedSteps = 0;
      const log: string[] = [];
      // Every kind of change at least once, in an order of the seed's, two or three to a step with a random one.
      const plan = [...CHANGES].sort(() => site.pick([-1, 1]));
      for (let step = 1; step <= 6; step++) {
        // A "break" comes last in its step (any change after it puts the page back).
        const kinds = plan.splice(0, step === 6 ? plan.length : 2).sort((a, b) => Number(a === "break") - Number(b === "break"));
        const changes = kinds.includes("break") ? kinds.map((kind) => site.change(kind)) : [...kinds.map((kind) => site.change(kind)), site.change()];
        log.push(`step ${step}: ${changes.join("; ")}`);
        const clean = path.join(work, `clean-${step}`, "dist");
        const before = fs.existsSync(incremental) ? listFiles(incremental) : [];
        const [a, b] = await Promise.all([
          buildSite({ articles: site.root, output: incremental, env }),
          buildSite({ articles: site.root, output: clean, args: ["--clean"], env: { ...env, SITE_BUILD_CACHE: path.join(work, `clean-${step}`, "cache") } }),
        ]);
        const context = log.join("\n");
        expect(a.code, `${context}\n${a.stderr}`).toBe(b.code);
        if (b.code !== 0) {
          // Failed alike: the same problems named, the incremental build's folder as it was.
          expect(errorLines(a), context).toEqual(errorLines(b));
          expect(errorLines(a).length, context).toBeGreaterThan(0);
          expect(listFiles(incremental), context).toEqual(before);
          continue;
        }
        expect(difference(incremental, clean), context).toBeUndefined();
        if (/Incremental: \d+ pages? taken unchanged/.test(a.stdout)) reusedSteps++;
      }
      // The steps are small: most of them take pages from the build before.
      expect(reusedSteps).toBeGreaterThan(2);
    });
  }
});
