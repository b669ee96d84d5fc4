import type { z } from 'zod';
import { fail, ok, type Issue, type Result } from './result';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_DEPTH = 40;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Nesting depth of JSON text, found without parsing so that a hostile file cannot exhaust the stack. */
function depthOf(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > max) max = depth;
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return max;
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
 * Parse untrusted JSON text: size, depth and dangerous keys are checked first, and the result is a
 * plain value that is still to be validated by a schema.
 */
export function parseUntrustedJson(text: string): Result<unknown> {
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES) {
    return fail({ path: '', message: `the file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB)` });
  }
  if (depthOf(text) > MAX_DEPTH) {
    return fail({ path: '', message: `the file is nested too deeply (more than ${MAX_DEPTH} levels)` });
  }
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, function reviver(key, v: unknown) {
      if (FORBIDDEN_KEYS.has(key) && forbidden === null) forbidden = key;
      return v;
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail({ path: '', message: `the file is not valid JSON (${detail})` });
  }
  if (forbidden !== null) return fail({ path: '', message: `the file contains a forbidden key "${forbidden}"` });
  return ok(value);
}

/** A zod issue path as a JSON path: `themes[0].questions[2].levels`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const path = formatPath(i.path);
    if (i.code === 'unrecognized_keys') {
      return { path, message: `unknown key${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}` };
    }
    return { path, message: i.message };
  });
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): Result<z.infer<S>> {
  const r = schema.safeParse(value);
  return r.success ? ok(r.data) : { ok: false, issues: zodIssues(r.error) };
}
