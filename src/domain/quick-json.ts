/**
 * The quick route of parseUntrustedJson (safe-json.ts): a sound file, which nearly every file is,
 * is confirmed sound in about the time JSON.parse takes, instead of being scanned character by
 * character first. It only ever says "sound" or "in doubt"; a file in doubt takes the careful
 * route, which finds and names the problem exactly as before.
 */

/**
 * Texts up to this length are parsed before their depth is known: the engine's parser does not
 * recurse, and even a text that is all brackets takes it only milliseconds at this size. Longer
 * texts have their brackets counted first, so that a hostile file of millions of brackets is turned
 * away at once rather than built.
 */
const PARSE_BEFORE_DEPTH = 64 * 1024;

/**
 * The value of `text` when it is certainly sound: JSON.parse accepts it, its nesting is within
 * the depth limit, it has no forbidden key, and no object in it gives a key twice. JSON.parse keeps the
 * last copy of a repeated key, so a duplicate shows as fewer keys in the parsed objects than key
 * tokens in the text. Null when any of this fails or is in doubt (the careful route then says
 * why), never a wrong "sound".
 */
export function quickJson(
  text: string,
  maxDepth: number,
  forbidden: ReadonlySet<string>,
): { value: unknown } | null {
  // countKeys walks objects with for-in, which also visits enumerable keys that a plain object
  // inherits: with any (a polluted Object.prototype) its counts would be wrong, so nothing is sound.
  for (const _inherited in {}) return null;
  const tokens = scanTokens(text, maxDepth, text.length > PARSE_BEFORE_DEPTH);
  if (tokens < 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return countKeys(value, 1, maxDepth, forbidden) === tokens ? { value } : null;
}

/** Keys in every object of a parsed value; -1 past the depth limit or at a forbidden key. */
function countKeys(
  value: unknown,
  depth: number,
  maxDepth: number,
  forbidden: ReadonlySet<string>,
): number {
  if (typeof value !== 'object' || value === null) return 0;
  // Recursion is bounded: it stops one level past the depth limit.
  if (depth > maxDepth) return -1;
  let n = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const c = countKeys(value[i], depth + 1, maxDepth, forbidden);
      if (c < 0) return -1;
      n += c;
    }
    return n;
  }
  // for-in rather than Object.keys: no array of keys is made for each object, and JSON.parse
  // makes plain objects with no inherited enumerable keys, so it visits the same own keys.
  for (const key in value) {
    if (forbidden.has(key)) return -1;
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'object' && v !== null) {
      const c = countKeys(v, depth + 1, maxDepth, forbidden);
      if (c < 0) return -1;
      n += c;
    }
    n += 1;
  }
  return n;
}

/**
 * Key tokens (strings followed by a colon) in JSON text, or -1 when a string is not closed or
 * (with `depth`) brackets nest past the depth limit. Outside strings JSON has no quote, so each quote
 * found after a string's end opens the next string (a quote after an odd run of backslashes is
 * escaped): the engine's indexOf jumps from string to string. The count is only trusted for text
 * that JSON.parse then accepts.
 */
function scanTokens(text: string, maxDepth: number, depth: boolean): number {
  let keys = 0;
  let nesting = 0;
  let open = text.indexOf('"');
  let from = 0;
  for (;;) {
    // Between strings: brackets, when the nesting is to be followed.
    const stop = depth ? (open === -1 ? text.length : open) : from;
    for (let k = from; k < stop; k += 1) {
      const c = text.charCodeAt(k);
      if (c === 123 || c === 91) {
        nesting += 1;
        if (nesting > maxDepth) return -1;
      } else if (c === 125 || c === 93) nesting -= 1;
    }
    if (open === -1) return keys;
    let end = text.indexOf('"', open + 1);
    for (;;) {
      if (end === -1) return -1;
      let slashes = 0;
      while (text.charCodeAt(end - 1 - slashes) === 92) slashes += 1;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    let j = end + 1;
    let c = text.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt((j += 1));
    if (c === 58) keys += 1;
    from = j;
    open = text.indexOf('"', j);
  }
}
