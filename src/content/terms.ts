// Tags, categories and authors across the whole site: one term per key, shown in its most used spelling
// (or the name an author record gives), each with a slug no other term of its kind has.
import type { Term } from "./types.ts";
import { assignSlugs } from "./slugify.ts";
import { termKey } from "./termKey.ts";

export class TermRegistry {
  private readonly spellings = new Map<string, Map<string, number>>();

  /** Counts a spelling; `key` groups spellings another way than termKey (an author record's name and id). */
  add(name: string, key = termKey(name)): string {
    let counts = this.spellings.get(key);
    if (!counts) this.spellings.set(key, (counts = new Map()));
    counts.set(name, (counts.get(name) ?? 0) + 1);
    return key;
  }

  /**
   * Every term seen, by key. `fallback` is the slug of a name with no letters or digits at all; `nameOf`
   * gives a key's display name where the site states one.
   */
  terms(fallback: string, nameOf?: (key: string) => string | undefined): Map<string, Term> {
    const names = new Map<string, string>();
    for (const [key, counts] of this.spellings) names.set(key, nameOf?.(key) ?? mostUsed(counts));
    const slugs = assignSlugs(names, fallback);
    const terms = new Map<string, Term>();
    for (const [key, name] of names) terms.set(key, { key, slug: slugs.get(key)!, name });
    return terms;
  }
}

/** The spelling used most often; among equals the one that sorts first, so the choice is stable. */
function mostUsed(counts: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [name, count] of counts) {
    if (count > bestCount || (count === bestCount && name < best)) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
