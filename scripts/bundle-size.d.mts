// Types for scripts/bundle-size.mjs (a plain Node script, also imported by tests and the bench).
export type ManifestChunk = {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
  isDynamicEntry?: boolean;
};
export type Manifest = Record<string, ManifestChunk>;
export type Size = { raw: number; gzip: number };
export type ChunkSize = Size & { key?: string; file: string; packages: string[] };
export type RouteInfo = { name: string; module: string | null };
export type Measurement = {
  budget: number;
  routes: { start: string | null; theme: string | null };
  entry: Size;
  startPage: Size;
  themePage: Size;
  initial: Size;
  css: Size;
  initialChunks: ChunkSize[];
  lazyChunks: ChunkSize[];
  problems: string[];
};
export const BUDGET_BYTES: number;
export const FORBIDDEN_IN_INITIAL: string[];
export const projectRoot: string;
export function staticClosure(manifest: Manifest, keys: string[]): Set<string>;
export function packageOf(modulePath: string): string | null;
export function readRoutes(rootDir?: string): RouteInfo[];
export function journeyRoutes(routes: RouteInfo[]): {
  start: RouteInfo | undefined;
  theme: RouteInfo | undefined;
};
export function measure(distDir: string, rootDir?: string): Measurement;
export function kb(bytes: number): string;
