import { z } from 'zod';
import type { WorkshopAggregate } from './aggregate';
import { positionAgainst, type Position, type Stats } from './aggregate-stats';
import type { Assessment } from './assessment-schema';
import type { Questionnaire } from './questionnaire-schema';
import { fail, ok, type Result } from './result';
import { parseWith } from './safe-json';
import { scoreAssessment } from './scoring';

/**
 * A "network benchmark": the anonymised figures of a workshop that a facilitator hands back to
 * each council. It holds no organisation names, no respondent's answers and no statistic for a
 * group of fewer than three.
 */
export const BENCHMARK_FORMAT = 'readiness-benchmark';
export const BENCHMARK_FORMAT_VERSION = 1;

const finite = z.number().finite();
const statsSchema = z
  .strictObject({ n: z.number().int().min(3), min: finite, q1: finite, median: finite, q3: finite, max: finite })
  .refine((s) => s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max, 'figures must be in order: min ≤ q1 ≤ median ≤ q3 ≤ max');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const questionId = z.string().regex(/^[a-z0-9-]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const benchmarkSchema = z.strictObject({
  format: z.literal(BENCHMARK_FORMAT),
  formatVersion: z.literal(BENCHMARK_FORMAT_VERSION),
  questionnaire: z.strictObject({ id: slug, version: z.string().regex(/^\d+\.\d+\.\d+$/) }),
  title: z.string().trim().min(1).max(200),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  respondents: z.number().int().min(0).max(100000),
  organisations: z.number().int().min(0).max(100000),
  themes: z
    .array(z.strictObject({ themeId: slug, title: z.string().min(1).max(300), n: z.number().int().min(0), stats: statsSchema.nullable() }))
    .max(100),
  questions: z
    .array(z.strictObject({ questionId, n: z.number().int().min(0), stats: statsSchema.nullable(), mean: finite.nullable() }))
    .max(1000),
});
export type BenchmarkFile = z.infer<typeof benchmarkSchema>;
export type BenchmarkStats = z.infer<typeof statsSchema>;

const pickStats = (s: Stats | null): BenchmarkStats | null =>
  s ? { n: s.n, min: s.min, q1: s.q1, median: s.median, q3: s.q3, max: s.max } : null;

export function buildBenchmark(agg: WorkshopAggregate, workshop: { name: string; date: string }): BenchmarkFile {
  const inBankOrder = [...agg.questions].sort((a, b) => a.order - b.order);
  return {
    format: BENCHMARK_FORMAT,
    formatVersion: BENCHMARK_FORMAT_VERSION,
    questionnaire: agg.questionnaire,
    title: workshop.name,
    date: workshop.date,
    respondents: agg.respondents,
    organisations: agg.organisations,
    themes: agg.themes.map((t) => ({ themeId: t.themeId, title: t.title, n: t.group.n, stats: pickStats(t.group.stats) })),
    questions: inBankOrder.map((q) => ({ questionId: q.questionId, n: q.group.n, stats: pickStats(q.group.stats), mean: q.group.stats?.mean ?? null })),
  };
}

export function serialiseBenchmark(b: BenchmarkFile): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

/** Validate a parsed benchmark file; `value` comes from `parseUntrustedJson`. */
export function restoreBenchmark(value: unknown, questionnaire: Questionnaire): Result<BenchmarkFile> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (typeof v.formatVersion === 'number' && v.formatVersion > BENCHMARK_FORMAT_VERSION) {
      return fail({
        path: 'formatVersion',
        message: `made by a newer version of the tool (benchmark format version ${v.formatVersion}; this version reads up to ${BENCHMARK_FORMAT_VERSION}). Update the tool to open it.`,
      });
    }
  }
  const parsed = parseWith(benchmarkSchema, value);
  if (!parsed.ok) return parsed;
  if (parsed.value.questionnaire.id !== questionnaire.id) {
    return fail({ path: 'questionnaire.id', message: `made with a different question bank ("${parsed.value.questionnaire.id}"; this tool uses "${questionnaire.id}")` });
  }
  return ok(parsed.value);
}

export type BenchmarkComparison = {
  themeId: string;
  title: string;
  score: number | null;
  network: BenchmarkStats | null;
  networkN: number;
  position: Position | null;
};

/** A council's own theme scores beside the network's figures, theme by theme of the current bank. */
export function compareWithBenchmark(questionnaire: Questionnaire, assessment: Assessment, benchmark: BenchmarkFile): BenchmarkComparison[] {
  const result = scoreAssessment(questionnaire, assessment);
  return result.themes.map((t) => {
    const b = benchmark.themes.find((x) => x.themeId === t.themeId);
    const network = b?.stats ?? null;
    return {
      themeId: t.themeId,
      title: t.title,
      score: t.score,
      network,
      networkN: b?.n ?? 0,
      position: t.score !== null && network ? positionAgainst(t.score, network) : null,
    };
  });
}
