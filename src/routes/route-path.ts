/**
 * A route defined once: its wouter pattern and the link builder made from that same pattern, so
 * the two cannot drift apart. The parameter names and their order come from the pattern's text at
 * the type level, so a page's `params` and a builder's arguments are checked by the compiler.
 */

/** The `:name` segments of a pattern, in order: `'/a/:id/theme/:themeId'` → `['id', 'themeId']`. */
export type ParamNames<P extends string> = P extends `${string}:${infer Rest}`
  ? Rest extends `${infer Name}/${infer After}`
    ? [Name, ...ParamNames<`/${After}`>]
    : [Rest]
  : [];

/** The values a builder takes: one string per parameter, in the pattern's order. */
export type ParamValues<P extends string> = AsStrings<ParamNames<P>>;
// A mapped type keeps a tuple a tuple only over a type parameter, hence the helper.
type AsStrings<T extends string[]> = { [I in keyof T]: string };

/** What a page bound to pattern P receives: every parameter the pattern names is present. */
export type RouteParams<P extends string> = { readonly [K in ParamNames<P>[number]]: string };

/** A route: call it to build a link; `pattern` is what the router matches. */
export type RoutePath<P extends string> = ((...values: ParamValues<P>) => string) & {
  readonly pattern: P;
};

/** Anything the router can bind: a route, or a builder with different arguments over a route's pattern. */
export type Routable = { readonly pattern: string };

type AllKeys<T> = T extends unknown ? keyof T : never;
type ParamsOf<P> = P extends string ? RouteParams<P> : never;
type Merged<T> = { readonly [K in keyof T]: string } & {
  readonly [K in Exclude<AllKeys<T>, keyof T>]?: string;
};

/**
 * Props of a page bound to one or more routes: a parameter every route names is a string; one that
 * only some of them name (the question on a theme page) is optional.
 */
export type PageProps<R extends Routable> = { params: Merged<ParamsOf<R['pattern']>> };

const PARAM = /:[A-Za-z][A-Za-z0-9]*/g;

export function definePath<const P extends string>(pattern: P): RoutePath<P> {
  const build = (...values: string[]) => {
    let i = 0;
    return pattern.replace(PARAM, () => values[i++] ?? '');
  };
  return Object.assign(build, { pattern }) as RoutePath<P>;
}
