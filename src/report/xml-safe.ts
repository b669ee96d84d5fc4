/**
 * Characters that XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage return,
 * U+FFFE and U+FFFF, and lone surrogates (half of a pair with no other half). A note with one of
 * them would make a Word file that Word refuses to open, so they are replaced before writing.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML cannot hold replaced by U+FFFD (the replacement character). */
export const xmlSafe = (text: string): string => text.replace(NOT_XML, '\uFFFD');

/** A copy of a plain data value (such as the report model) with every string made XML-safe. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => xmlSafeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = xmlSafeDeep(v);
    return out as T;
  }
  return value;
}
