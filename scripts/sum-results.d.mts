// Types for scripts/sum-results.mjs (a plain Node script, also imported by its unit test).
export type Step = { name: string; status: string; note: string };
export type Counts = { passed: number; failed: number; skipped: number; note?: string };
export type Suite = Counts & { name: string };
export function parseSteps(text: string): Step[];
export function vitestCounts(report: unknown): Counts;
export function playwrightCounts(report: unknown): Counts;
export function summarise(
  steps: Step[],
  reports: Record<string, unknown>,
): { suites: Suite[]; total: Counts };
export function closingLine(total: Counts): string;
