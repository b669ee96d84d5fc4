import type { z } from 'zod';
import { FAIL, fastParse, UNSURE } from './fast-parse';
import { quickJson } from './quick-json';
import { fileMessage } from './zod-messages';
import { fail, ok, type Issue, type Result } from './result';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_DEPTH = 40;
/** Said of a file whose bytes are not UTF-8: refused, never read with replacement characters. */
export const NOT_UTF8_MESSAGE =
  'the file is not UTF-8 text (it may have been saved in another encoding, such as Windows-1252): save it as UTF-8 and try again';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Frame = { keys: Set<string> | null; key: string | number; parent: Frame | null };

/** What a scan of JSON text found before parsing it: the nesting depth, and the first duplicate key. */
type Structure = { depth: number; duplicate: { key: string; path: (string | number)[] } | null };

/**
 * One pass over JSON text, without parsing it, so that a hostile file cannot exhaust the stack and
 * a key given twice in one object is found (JSON.parse would silently keep the last copy, so a file
 * could say one thing to a reader and another to the tool). Stops at the first duplicate, or as
 * soon as the depth passes `maxDepth`. Text that is not JSON is left for JSON.parse to report.
 */
function scanStructure(text: string, maxDepth: number): Structure {
  let depth = 0;
  let max = 0;
  let top = null as Frame | null;
  let expectKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: find its end; only keys are looked at.
      let j = i + 1;
      let escaped = false;
      for (; j < text.length; j += 1) {
        const d = text.charCodeAt(j);
        if (d === 92) {
          escaped = true;
          j += 1;
        } else if (d === 34) break;
      }
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, j);
        let key = raw;
        if (escaped) {
          try {
            key = JSON.parse(`"${raw}"`) as string;
          } catch {
            return { depth: max, duplicate: null }; // not JSON: JSON.parse says why
          }
        }
        if (top.keys.has(key)) {
          const path: (string | number)[] = [key];
          for (let f = top.parent; f; f = f.parent) path.unshift(f.key);
          return { depth: max, duplicate: { key, path } };
        }
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > max) {
        max = depth;
        if (max > maxDepth) return { depth: max, duplicate: null };
      }
      top = { keys: c === 123 ? new Set() : null, key: c === 123 ? '' : 0, parent: top };
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      depth -= 1;
      top = top?.parent ?? null;
      expectKey = false;
    } else if (c === 44 && top) {
      if (top.keys) expectKey = true;
      else top.key = (top.key as number) + 1;
    }
  }
  return { depth: max, duplicate: null };
}

/** Byte length of a string as UTF-8, without TextEncoder allocation for the common ASCII case. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The first `__proto__`, `constructor` or `prototype` key in document order, with its path.
 * JSON.parse makes such keys own properties (no pollution yet), but spreading or merging the value
 * later could reach a prototype, so they are refused outright. Depth is already bounded.
 */
function findForbiddenKey(root: unknown): { key: string; path: (string | number)[] } | null {
  // Each node links to its parent so that a path is only built for the key that is found.
  type Node = { value: unknown; key: string | number | null; parent: Node | null };
  const stack: Node[] = [{ value: root, key: null, parent: null }];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (typeof node.key === 'string' && FORBIDDEN_KEYS.has(node.key)) {
      const path: (string | number)[] = [];
      for (let n: Node | null = node; n && n.key !== null; n = n.parent) path.unshift(n.key);
      return { key: node.key, path };
    }
    const { value } = node;
    if (typeof value !== 'object' || value === null) continue;
    // Pushed last-first so that the stack visits them in document order. (No spread: an array can
    // have more elements than a call can take arguments.)
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1)
        stack.push({ value: value[i] as unknown, key: i, parent: node });
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const k = keys[i] as string;
        stack.push({ value: (value as Record<string, unknown>)[k], key: k, parent: node });
      }
    }
  }
  return null;
}

/**
 * Parse untrusted JSON text: size, depth, duplicate and dangerous keys are checked, and the result
 * is a plain value that is still to be validated by a schema.
 */
export function parseUntrustedJson(text: string): Result<unknown> {
  // A UTF-16 unit never takes more than 3 bytes in UTF-8, so a short text cannot be too large.
  const bytes = text.length * 3 <= MAX_FILE_BYTES ? 0 : utf8Length(text);
  if (bytes > MAX_FILE_BYTES) {
    return fail({
      path: '',
      message: `the file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB)`,
    });
  }
  // Almost every file is sound, and that is cheap to confirm (quickJson). Only a file it cannot
  // confirm takes the careful route, which finds and names the problem.
  const quick = quickJson(text, MAX_DEPTH, FORBIDDEN_KEYS);
  return quick === null ? parseJsonCarefully(text) : ok(quick.value);
}

/**
 * The full checks, in their order, for a file the quick route could not confirm: each names its
 * problem. Exported for the tests, which hold the quick route to the same answers on any text.
 */
export function parseJsonCarefully(text: string): Result<unknown> {
  const structure = scanStructure(text, MAX_DEPTH);
  if (structure.depth > MAX_DEPTH) {
    return fail({
      path: '',
      message: `the file is nested too deeply (more than ${MAX_DEPTH} levels)`,
    });
  }
  if (structure.duplicate) {
    const { key, path } = structure.duplicate;
    return fail({
      path: formatPath(path),
      message: `the key "${key}" appears twice in the same object; a file must give each key once`,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // Engine messages can quote the offending text, line breaks included: keep the message on one line.
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 200);
    return fail({ path: '', message: `the file is not valid JSON (${detail})` });
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden)
    return fail({
      path: formatPath(forbidden.path),
      message: `the file contains a forbidden key "${forbidden.key}"`,
    });
  return ok(value);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A zod issue path as a JSON path: `themes[0].questions[2].levels`. Keys that are not identifiers
 * (question ids contain a dot) are bracketed, `answers["capacity.skills"].response`, so the path
 * stays unambiguous.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => {
      if (typeof p === 'number') return `[${p}]`;
      const key = String(p);
      if (!IDENTIFIER.test(key)) return `[${JSON.stringify(key)}]`;
      return i === 0 ? key : `.${key}`;
    })
    .join('');
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const path = formatPath(i.path);
    if (i.code === 'unrecognized_keys') {
      return {
        path,
        message: `unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`,
      };
    }
    if (i.code === 'invalid_key') {
      // zod's own message ("Invalid key in record") hides why; the key's issue says it.
      const why = i.issues[0]?.message ?? 'is not allowed';
      return {
        path,
        message: `key ${JSON.stringify(String(i.path[i.path.length - 1] ?? ''))} ${why}`,
      };
    }
    return { path, message: i.message };
  });
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): Result<z.infer<S>> {
  // Most files pass: the fast route gives zod's own result for them (fast-parse.ts). A file it
  // cannot vouch for goes through zod, whose issues are the ones reported.
  const fast = fastParse(schema, value);
  if (fast !== FAIL && fast !== UNSURE) return ok(fast as z.infer<S>);
  return parseWithZod(schema, value);
}

/** zod alone: the answer parseWith must always give. Exported for the tests that hold it to that. */
export function parseWithZod<S extends z.ZodType>(schema: S, value: unknown): Result<z.infer<S>> {
  // A rule without its own message gets plain words (zod-config.ts), never zod's own text.
  const r = schema.safeParse(value, { error: fileMessage });
  return r.success ? ok(r.data) : { ok: false, issues: zodIssues(r.error) };
}
