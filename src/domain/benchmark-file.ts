import './zod-config';
import { z } from 'zod';
import type { Questionnaire } from './questionnaire-schema';
import { fail, ok, type Result } from './result';
import { parseWith } from './safe-json';
import { BENCHMARK_FORMAT, BENCHMARK_FORMAT_VERSION } from './benchmark-file-build';
import { isRealDate } from './workshop';

/**
 * A "network benchmark": the anonymised figures of a workshop that a facilitator hands back to
 * each council. It holds no organisation names, no respondent's answers and no statistic for a
 * group of fewer than three.
 */

/** Figures on a scale: theme scores run 0-100, question levels 0-4. */
const statsOn = (top: number) => {
  const v = z.number().finite().min(0, 'must be 0 or more').max(top, `must be ${top} or less`);
  return z
    .strictObject({ n: z.number().int().min(3), min: v, q1: v, median: v, q3: v, max: v })
    .refine(
      (s) => s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max,
      'figures must be in order: min ≤ q1 ≤ median ≤ q3 ≤ max',
    );
};
const statsSchema = statsOn(100);
const levelStatsSchema = statsOn(4);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const questionId = z.string().regex(/^[a-z0-9-]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const benchmarkSchema = z.strictObject({
  format: z.literal(BENCHMARK_FORMAT),
  formatVersion: z.literal(BENCHMARK_FORMAT_VERSION),
  /** What each figure counts; version 1 files counted every response. */
  counting: z.enum(['council', 'response'], { error: 'must be "council" or "response"' }),
  questionnaire: z.strictObject({ id: slug, version: z.string().regex(/^\d+\.\d+\.\d+$/) }),
  title: z.string().trim().min(1).max(200),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine(isRealDate, 'must be a real date'),
  respondents: z.number().int().min(0).max(100000),
  organisations: z.number().int().min(0).max(100000),
  themes: z
    .array(
      z.strictObject({
        themeId: slug,
        title: z.string().min(1).max(300),
        n: z.number().int().min(0),
        stats: statsSchema.nullable(),
      }),
    )
    .max(100),
  questions: z
    .array(
      z.strictObject({
        questionId,
        n: z.number().int().min(0),
        stats: levelStatsSchema.nullable(),
        mean: z
          .number()
          .finite()
          .min(0, 'must be 0 or more')
          .max(4, 'must be 4 or less')
          .nullable(),
      }),
    )
    .max(1000),
});
export type BenchmarkFile = z.infer<typeof benchmarkSchema>;
export type BenchmarkStats = z.infer<typeof statsSchema>;

/** Version 1 had no `counting`: its figures counted every response. */
const fromVersion1 = (v: Record<string, unknown>) => ({
  ...v,
  formatVersion: BENCHMARK_FORMAT_VERSION,
  counting: 'response',
});

/** Validate a parsed benchmark file; `value` comes from `parseUntrustedJson`. */
export function restoreBenchmark(
  value: unknown,
  questionnaire: Questionnaire,
): Result<BenchmarkFile> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (typeof v.formatVersion === 'number' && v.formatVersion > BENCHMARK_FORMAT_VERSION) {
      return fail({
        path: 'formatVersion',
        message: `made by a newer version of the tool (benchmark format version ${v.formatVersion}; this version reads up to ${BENCHMARK_FORMAT_VERSION}). Update the tool to open it.`,
      });
    }
  }
  const v = value as Record<string, unknown>;
  const parsed = parseWith(
    benchmarkSchema,
    typeof v === 'object' && v !== null && v.formatVersion === 1 ? fromVersion1(v) : value,
  );
  if (!parsed.ok) return parsed;
  if (parsed.value.questionnaire.id !== questionnaire.id) {
    return fail({
      path: 'questionnaire.id',
      message: `made with a different question bank ("${parsed.value.questionnaire.id}"; this tool uses "${questionnaire.id}")`,
    });
  }
  return ok(parsed.value);
}
