/**
 * The leaves of the fast route through a zod schema (fast-parse.ts), and the parts of zod's
 * internals it reads. Each leaf is checked by zod's own code for it, so a rule is stated once.
 */
export const FAIL: unique symbol = Symbol('fail');
export const UNSURE: unique symbol = Symbol('unsure');
export type FastOutcome = unknown;
export type Walk = (input: unknown) => FastOutcome;

/*
 * The parts of zod 4's internals this walker reads (`_zod.def`, `_zod.run`, `_zod.check`,
 * `_zod.optin`/`optout`). They are typed here rather than imported because zod types them per
 * schema kind; a schema kind not listed below is not walked (the whole schema then goes to zod).
 */
type Payload = { value: unknown; issues: unknown[] };
export type Check = {
  _zod: { def: { when?: (p: Payload) => boolean }; check: (p: Payload) => unknown };
};
export type Node = {
  _zod: {
    def: {
      type: string;
      checks?: Check[];
      shape?: Record<string, Node>;
      catchall?: Node;
      element?: Node;
      keyType?: Node;
      valueType?: Node;
      innerType?: Node;
      options?: Node[];
      inclusive?: boolean;
      discriminator?: string;
      unionFallback?: boolean;
      mode?: string;
      defaultValue?: unknown;
    };
    run: (p: Payload, ctx: object) => Payload | Promise<Payload>;
    optin?: string;
    optout?: string;
    propValues?: Record<string, Set<unknown>>;
  };
};

/** Kinds whose whole check zod does in one call with no children: delegated to zod as they are. */
export const LEAVES = new Set(['string', 'number', 'boolean', 'literal', 'enum', 'null']);
// zod's context for a synchronous forward parse; messages are not needed when nothing fails.
const CTX = Object.freeze({ async: false });

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function runZod(node: Node, value: unknown): FastOutcome {
  const r = node._zod.run({ value, issues: [] }, CTX);
  if (r instanceof Promise) return UNSURE;
  return r.issues.length === 0 ? r.value : FAIL;
}

// A leaf's verdict on a short value is kept, as leaf checks are pure functions of the value: the
// same role, level, question id or date recurs in every file. Long and rare values are not kept.
const MEMO_LENGTH = 64;
const MEMO_ENTRIES = 2048;

/**
 * The commonest leaf, free text with only an upper length (notes, evidence), checked in place: a
 * string that fits in UTF-16 units fits in code points too, which is what zod counts. Anything
 * else (too long by units, not a string) is left to zod.
 */
function plainMaxLength(node: Node): number | null {
  const def = node._zod.def as Node['_zod']['def'] & { coerce?: boolean; format?: string };
  const checks = def.checks ?? [];
  const traits = (node._zod as { traits?: Set<string> }).traits;
  if (def.type !== 'string' || def.coerce || def.format || traits?.has('$ZodCheck')) return null;
  if (checks.length !== 1) return null;
  const only = (checks[0] as Check)._zod.def as { check?: string; maximum?: number };
  return only.check === 'max_length' && typeof only.maximum === 'number' ? only.maximum : null;
}

export function leafWalk(node: Node): Walk {
  const max = plainMaxLength(node);
  if (max !== null)
    return (input) =>
      typeof input === 'string' && input.length <= max ? input : runZod(node, input);
  const memo = new Map<unknown, FastOutcome>();
  return (input) => {
    // Looking a long string up would hash all of it: such values are checked directly.
    if (typeof input === 'string' ? input.length > MEMO_LENGTH : typeof input === 'object')
      return runZod(node, input);
    const known = memo.get(input);
    if (known !== undefined) return known;
    const out = runZod(node, input);
    if (out !== UNSURE && memo.size < MEMO_ENTRIES) memo.set(input, out);
    return out;
  };
}

/** A container's own checks (an array's `.max(500)`, an object's refinements), run as zod runs them. */
export function withChecks(checks: readonly Check[] | undefined, walk: Walk): Walk {
  if (!checks || checks.length === 0) return walk;
  return (input) => {
    const out = walk(input);
    if (out === FAIL || out === UNSURE) return out;
    const payload: Payload = { value: out, issues: [] };
    for (const ch of checks) {
      const when = ch._zod.def.when;
      if (when && !when(payload)) continue;
      if (ch._zod.check(payload) instanceof Promise) return UNSURE;
      if (payload.issues.length > 0) return FAIL;
    }
    return payload.value;
  };
}
