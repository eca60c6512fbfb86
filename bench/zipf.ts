// Seeded randomness for synthetic corpora: one seed gives the same corpus in benchmarks and tests alike.

/** A random source: floats uniform in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny 32-bit PRNG, plenty for synthetic data (not for anything secret). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer uniform in [min, max]. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * A sampler of ranks 0 … n − 1 with P(rank) ∝ 1 / (rank + 1)^exponent: rank 0 is the most common.
 * Exponent 0 is uniform; around 1 is what word and tag frequencies look like.
 */
export function zipfSampler(n: number, exponent: number, random: Random): () => number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`zipfSampler: n must be an integer ≥ 1, got ${n}`);
  const cumulative = zipfCumulative(n, exponent);
  const total = cumulative[n - 1];
  return () => {
    const u = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

/**
 * The exponent at which `draws` independent Zipf draws over n ranks include rank 0 with probability
 * `share`, e.g. to put the most common tag on 30% of articles whatever the vocabulary size.
 */
export function zipfExponentForTopShare(n: number, draws: number, share: number): number {
  const topShare = (exponent: number): number => {
    const cumulative = zipfCumulative(n, exponent);
    return 1 - (1 - 1 / cumulative[n - 1]) ** draws;
  };
  let lo = 0;
  let hi = 8;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (topShare(mid) < share) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function zipfCumulative(n: number, exponent: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1) ** exponent;
  return cumulative;
}
