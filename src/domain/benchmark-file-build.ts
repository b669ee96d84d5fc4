import type { WorkshopAggregate } from './aggregate';
import { positionAgainst, type Position, type Stats } from './aggregate-stats';
import type { Assessment } from './assessment-schema';
import type { BenchmarkFile, BenchmarkStats } from './benchmark-file';
import type { Questionnaire } from './questionnaire-schema';
import { scoreAssessment } from './scoring';

/**
 * Making and using a network benchmark, without zod (so the pages that do it load no validator);
 * the file's schema and validation are in benchmark-file.ts.
 */
export const BENCHMARK_FORMAT = 'readiness-benchmark';
export const BENCHMARK_FORMAT_VERSION = 2;

const pickStats = (s: Stats | null): BenchmarkStats | null =>
  s ? { n: s.n, min: s.min, q1: s.q1, median: s.median, q3: s.q3, max: s.max } : null;

export function buildBenchmark(
  agg: WorkshopAggregate,
  workshop: { name: string; date: string },
): BenchmarkFile {
  const inBankOrder = [...agg.questions].sort((a, b) => a.order - b.order);
  return {
    format: BENCHMARK_FORMAT,
    formatVersion: BENCHMARK_FORMAT_VERSION,
    counting: agg.countBy,
    questionnaire: agg.questionnaire,
    title: workshop.name,
    date: workshop.date,
    respondents: agg.respondents,
    organisations: agg.organisations,
    themes: agg.themes.map((t) => ({
      themeId: t.themeId,
      title: t.title,
      n: t.group.n,
      stats: pickStats(t.group.stats),
    })),
    questions: inBankOrder.map((q) => ({
      questionId: q.questionId,
      n: q.group.n,
      stats: pickStats(q.group.stats),
      mean: q.group.stats?.mean ?? null,
    })),
  };
}

export function serialiseBenchmark(b: BenchmarkFile): string {
  return `${JSON.stringify(b, null, 2)}\n`;
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
export function compareWithBenchmark(
  questionnaire: Questionnaire,
  assessment: Assessment,
  benchmark: BenchmarkFile,
): BenchmarkComparison[] {
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
