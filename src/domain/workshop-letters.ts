/**
 * Anonymous letters for a workshop's organisations. A letter is drawn at random when an
 * organisation first joins a workshop and is stored with the workshop: it says nothing about the
 * name (no alphabetical order, no hash anyone could recompute), and stays the same for the life of
 * the workshop so that "Council C" means one council in every output.
 */

/** A uniform random integer in [0, bound): crypto.getRandomValues in the browser, node:crypto in the CLI. */
export type RandomInt = (bound: number) => number;

/** A, B, … Z, AA, AB, … as spreadsheet columns are named. */
export function letterName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** One key per organisation name: trimmed, spaces collapsed, case ignored. Never shown. */
export const orgKeyOf = (organisation: string) =>
  organisation.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Letters for every key, keeping those already drawn. New keys take letters at random from the
 * unused ones among the first (number of organisations) letters, so letters stay short. Keys are
 * taken in sorted order, so the result depends only on the set of keys and the random source.
 * Returns `existing` itself when no key is new.
 */
export function assignLetters(
  existing: Readonly<Record<string, string>>,
  keys: Iterable<string>,
  random: RandomInt,
  /** Letters no new key may take, besides those in `existing`. */
  avoid: Iterable<string> = [],
): Record<string, string> {
  const missing = [...new Set(keys)].filter((k) => !Object.hasOwn(existing, k)).sort();
  if (missing.length === 0) return existing as Record<string, string>;
  const used = new Set([...Object.values(existing), ...avoid]);
  const total = used.size + missing.length;
  const pool: string[] = [];
  for (let i = 0; i < total || pool.length < missing.length; i += 1) {
    const l = letterName(i);
    if (!used.has(l)) pool.push(l);
  }
  const next: Record<string, string> = { ...existing };
  for (const k of missing) {
    const pick = random(pool.length);
    if (!Number.isInteger(pick) || pick < 0 || pick >= pool.length)
      throw new RangeError('the random source gave a number out of range');
    next[k] = pool.splice(pick, 1)[0] as string;
  }
  return next;
}

/**
 * The letters of two tabs' copies of one workshop, merged key by key: each tab may have drawn
 * letters for organisations it added. A key keeps the letter it was given (the common copy's, else
 * this tab's, else the other tab's). When the two tabs gave one letter to two different
 * organisations, this tab's keeps it and the other is drawn afresh, from letters that neither tab
 * has given out, so no letter ever stands for two organisations.
 */
export function mergeLetters(
  base: Readonly<Record<string, string>>,
  theirs: Readonly<Record<string, string>>,
  ours: Readonly<Record<string, string>>,
  random: RandomInt,
): Record<string, string> {
  const kept: Record<string, string> = {};
  const holder = new Map<string, string>();
  const clashed: string[] = [];
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
  // Keys the common copy already had come first: their letters may be on paper already.
  const ordered = [
    ...[...keys].filter((k) => Object.hasOwn(base, k)),
    ...[...keys].filter((k) => !Object.hasOwn(base, k) && Object.hasOwn(ours, k)),
    ...[...keys].filter((k) => !Object.hasOwn(base, k) && !Object.hasOwn(ours, k)),
  ];
  for (const k of ordered) {
    const letter = (
      Object.hasOwn(base, k) ? base[k] : Object.hasOwn(ours, k) ? ours[k] : theirs[k]
    ) as string;
    if (holder.has(letter)) {
      clashed.push(k);
      continue;
    }
    holder.set(letter, k);
    kept[k] = letter;
  }
  const given = [...Object.values(base), ...Object.values(theirs), ...Object.values(ours)];
  return assignLetters(kept, clashed, random, given);
}

/** A seeded random source for tests and benchmarks (never for a real workshop). */
export function seededRandom(seed: number): RandomInt {
  let s = seed >>> 0;
  return (bound) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * bound);
  };
}

/** Letters for a one-off set of assessments (the command line): every organisation gets a random one. */
export const lettersFor = (
  organisations: readonly string[],
  random: RandomInt,
): Record<string, string> => assignLetters({}, organisations.map(orgKeyOf), random);
