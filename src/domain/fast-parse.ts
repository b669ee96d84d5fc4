import type { z } from 'zod';
import {
  FAIL,
  isObject,
  LEAVES,
  leafWalk,
  UNSURE,
  withChecks,
  type FastOutcome,
  type Node,
  type Walk,
} from './fast-parse-leaves';

export { FAIL, UNSURE } from './fast-parse-leaves';

/**
 * A faster route through a zod schema for values that pass it, without `new Function` (the app's
 * Content-Security-Policy forbids eval, so zod's own compiler cannot run in the browser).
 *
 * zod spends most of a large file's validation in its generic machinery for objects, records and
 * arrays (a payload and an issue list per property), not in the rules themselves. Here the
 * containers are walked by small closures built once per schema, and every leaf (a string with its
 * length limits, patterns, trims and refinements; an enum; a literal; a boolean) is still checked
 * by zod's own code for that leaf, so each rule is stated once, in the schema.
 *
 * The result is a value, FAIL (zod would refuse the value) or UNSURE (a case this walker does not
 * model). Only a value is trusted: on FAIL or UNSURE the caller runs zod, whose issues are the ones
 * the user sees. The split exists for unions: an option that FAILs lets the next one be tried, as
 * zod does, while an UNSURE option makes the whole value go to zod.
 *
 * A value equals zod's output, keys in the same order; unlike zod's, it shares the parts that zod
 * would only have copied unchanged with the input (callers own the input: it comes from
 * JSON.parse), so a file that needs no trim or default is checked without being rebuilt.
 */
/** Thrown while building when a schema has a part that is not modelled: the schema then uses zod alone. */
class Unsupported extends Error {}

function build(node: Node): Walk {
  const def = node._zod.def;
  if (LEAVES.has(def.type)) return leafWalk(node);
  switch (def.type) {
    case 'object':
      return withChecks(def.checks, objectWalk(def.shape ?? {}, def.catchall));
    case 'record': {
      if (!def.keyType || !def.valueType) throw new Unsupported('record');
      // A record keyed by an enum or literals must have every key: not modelled.
      if ((def.keyType._zod as { values?: unknown }).values || def.mode === 'loose')
        throw new Unsupported('record with listed keys');
      return withChecks(def.checks, recordWalk(def.keyType, build(def.valueType)));
    }
    case 'array': {
      if (!def.element) throw new Unsupported('array');
      const element = build(def.element);
      return withChecks(def.checks, (input) => {
        if (!Array.isArray(input)) return FAIL;
        let out: unknown[] | null = null;
        for (let i = 0; i < input.length; i += 1) {
          const item: unknown = input[i];
          const v = element(item);
          if (v === FAIL || v === UNSURE) return v;
          if (out) out[i] = v;
          else if (v !== item) {
            out = input.slice(0, input.length);
            out[i] = v;
          }
        }
        return out ?? input;
      });
    }
    case 'union': {
      if (!def.options) throw new Unsupported('union');
      if (def.discriminator !== undefined) return withChecks(def.checks, discriminated(def));
      // An exclusive union (z.xor) needs exactly one match: not modelled.
      if (def.inclusive === false) throw new Unsupported('exclusive union');
      const options = def.options.map(build);
      return withChecks(def.checks, (input) => {
        // zod takes the first option that passes.
        for (const option of options) {
          const v = option(input);
          if (v !== FAIL) return v;
        }
        return FAIL;
      });
    }
    case 'optional': {
      const inner = build(def.innerType as Node);
      // A missing key is handled by the object; an explicit undefined never comes from JSON.
      return withChecks(def.checks, (input) => (input === undefined ? UNSURE : inner(input)));
    }
    case 'nullable': {
      const inner = build(def.innerType as Node);
      return withChecks(def.checks, (input) => (input === null ? null : inner(input)));
    }
    case 'default': {
      const inner = build(def.innerType as Node);
      return withChecks(def.checks, (input) => {
        if (input === undefined) return def.defaultValue;
        const v = inner(input);
        return v === undefined ? def.defaultValue : v;
      });
    }
    default:
      throw new Unsupported(def.type);
  }
}

/** A discriminated union, as zod runs it: the option is chosen by the discriminator's value alone. */
function discriminated(def: Node['_zod']['def']): Walk {
  const key = def.discriminator as string;
  const byValue = new Map<unknown, Walk | null>();
  for (const option of def.options ?? []) {
    const values = option._zod.propValues?.[key];
    if (!values || values.size === 0) throw new Unsupported('discriminated union option');
    const walk = build(option);
    // zod refuses a value two options share (only undefined can be shared).
    for (const v of values) byValue.set(v, byValue.has(v) ? null : walk);
  }
  return (input) => {
    if (!isObject(input)) return FAIL;
    const option = byValue.get(input[key]);
    if (option) return option(input);
    return def.unionFallback ? UNSURE : FAIL;
  };
}

function objectWalk(shape: Record<string, Node>, catchall: Node | undefined): Walk {
  // No catchall: unknown keys are dropped (z.object); `never`: refused (z.strictObject).
  if (catchall && catchall._zod.def.type !== 'never') throw new Unsupported('object catchall');
  const strict = catchall !== undefined;
  const keys = Object.keys(shape);
  if (Object.getOwnPropertySymbols(shape).length > 0) throw new Unsupported('symbol keys');
  const known = new Set(keys);
  const fields = keys.map((key) => {
    const field = shape[key] as Node;
    const { optin, optout } = field._zod;
    // zod leaves out a missing optional key, and fills in a missing defaulted one.
    const skipIfAbsent = optin === 'optional' && optout === 'optional';
    const mayBeAbsent = optin === 'defaulted' && optout !== 'optional';
    return { key, walk: build(field), skipIfAbsent, mayBeAbsent };
  });
  const walks = fields.map((f) => f.walk);
  /** The usual case: the input has the schema's keys in its order, so its values come in one call. */
  const inOrder = (input: Record<string, unknown>) => {
    const values = Object.values(input);
    let out: Record<string, unknown> | null = null;
    for (let i = 0; i < walks.length; i += 1) {
      const given = values[i];
      const v = (walks[i] as Walk)(given);
      if (v === FAIL || v === UNSURE) return v;
      if (out) out[keys[i] as string] = v;
      else if (v !== given) out = copyUpTo(input, fields, i, v);
    }
    return out ?? input;
  };
  return (input) => {
    if (!isObject(input)) return FAIL;
    // zod's result has the schema's keys in the schema's order: the input is only that if it has
    // the same keys in the same order. Unknown keys are refused, or dropped from a copy.
    let at = 0;
    let sameOrder = true;
    for (const key in input) {
      if (key !== keys[at]) {
        if (strict && !known.has(key)) return FAIL;
        sameOrder = false;
      }
      at += 1;
    }
    if (sameOrder && at === keys.length) return inOrder(input);
    // Built only once a value differs from the input's (a trim, a default), in zod's key order.
    let out: Record<string, unknown> | null = null;
    for (let i = 0; i < fields.length; i += 1) {
      const f = fields[i] as (typeof fields)[number];
      const present = f.key in input;
      if (!present) {
        if (f.skipIfAbsent) continue;
        if (!f.mayBeAbsent) return UNSURE;
      }
      const given = input[f.key];
      const v = f.walk(given);
      if (v === FAIL || v === UNSURE) return v;
      if (out) out[f.key] = v;
      else if (v !== given || !present) out = copyUpTo(input, fields, i, v);
    }
    return out ?? copyUpTo(input, fields, fields.length, null);
  };
}

/** A fresh object with the fields before `upTo` as the input has them, then `value` for field `upTo`. */
function copyUpTo(
  input: Record<string, unknown>,
  fields: readonly { key: string; skipIfAbsent: boolean }[],
  upTo: number,
  value: unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let j = 0; j < upTo; j += 1) {
    const f = fields[j] as (typeof fields)[number];
    if (f.skipIfAbsent && !(f.key in input)) continue;
    out[f.key] = input[f.key];
  }
  if (upTo < fields.length) out[(fields[upTo] as (typeof fields)[number]).key] = value;
  return out;
}

function recordWalk(keyType: Node, value: Walk): Walk {
  const keyWalk = build(keyType);
  return (input) => {
    // zod wants a plain object here; anything made by JSON.parse is one. Others go to zod.
    if (!isObject(input)) return FAIL;
    const proto = Object.getPrototypeOf(input) as unknown;
    if (proto !== Object.prototype && proto !== null) return UNSURE;
    const keys = Object.keys(input);
    let out: Record<string, unknown> | null = null;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string;
      // zod skips such a key silently, and retries a failing numeric key as a number: both to zod.
      if (key === '__proto__') return UNSURE;
      const k = keyWalk(key);
      if (k === FAIL || k === UNSURE || typeof k !== 'string' || k === '__proto__') return UNSURE;
      const given = input[key];
      const v = value(given);
      if (v === FAIL || v === UNSURE) return v;
      if (out) out[k] = v;
      else if (v !== given || k !== key) {
        out = {};
        for (let j = 0; j < i; j += 1) out[keys[j] as string] = input[keys[j] as string];
        out[k] = v;
      }
    }
    return out ?? input;
  };
}

const walks = new WeakMap<object, Walk | null>();

/**
 * The schema's fast walker, built on first use and kept; null when the schema has a part that is
 * not modelled (it is then always parsed by zod).
 */
function walkerFor(schema: z.ZodType): Walk | null {
  let w = walks.get(schema);
  if (w === undefined) {
    try {
      w = build(schema as unknown as Node);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      w = null;
    }
    walks.set(schema, w);
  }
  return w;
}

/**
 * The value zod would return for `input`, when it is sure to be the same; FAIL or UNSURE otherwise
 * (then zod must be asked, and its answer is final).
 */
export function fastParse(schema: z.ZodType, input: unknown): FastOutcome {
  const w = walkerFor(schema);
  return w ? w(input) : UNSURE;
}

/** Whether a schema is walked by the fast route at all (for tests: a schema that is not gains nothing). */
export function isFastParsable(schema: z.ZodType): boolean {
  return walkerFor(schema) !== null;
}
