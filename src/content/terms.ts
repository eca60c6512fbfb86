// Tags and categories across the whole site: one term per key, shown in its most used spelling,
// each with a slug no other term of its kind has.
import type { Term } from "./types.ts";
import { assignSlugs } from "./slugify.ts";
import { termKey } from "./termKey.ts";

export class TermRegistry {
  private readonly spellings = new Map<string, Map<string, number>>();

  add(name: string): string {
    const key = termKey(name);
    let counts = this.spellings.get(key);
    if (!counts) this.spellings.set(key, (counts = new Map()));
    counts.set(name, (counts.get(name) ?? 0) + 1);
    return key;
  }

  /** Every term seen, by key. `fallback` is the slug of a name with no letters or digits at all. */
  terms(fallback: string): Map<string, Term> {
    const names = new Map<string, string>();
    for (const [key, counts] of this.spellings) names.set(key, mostUsed(counts));
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
