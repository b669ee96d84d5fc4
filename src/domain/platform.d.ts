// The platform functions the domain may use: each is provided alike by browsers (window and
// workers) and by Node, so the domain stays runnable everywhere. Declared here because the
// domain's own type check (tsconfig.domain.json) leaves out the DOM and Node type libraries.

/** Deep copy of a JSON-like value (HTML structured clone). */
declare function structuredClone<T>(value: T): T;
