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

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const statsOk = (s: unknown) =>
  s === null ||
  (isObject(s) && ['n', 'min', 'q1', 'median', 'q3', 'max'].every((k) => isNumber(s[k])));

/**
 * Whether a stored benchmark (a workshop's "previous workshop") still has the shape the pages draw
 * from. The file was validated in full when it was added; this zod-free check only guards the saved
 * copy, so that damaged storage is reported rather than drawn. Null when it fits.
 */
export function benchmarkShapeProblem(v: unknown): string | null {
  if (!isObject(v) || v.format !== BENCHMARK_FORMAT) return 'it is not a network benchmark';
  if (v.counting !== 'council' && v.counting !== 'response')
    return 'it does not say what it counts';
  if (!isObject(v.questionnaire) || typeof v.questionnaire.version !== 'string')
    return 'it does not name its question bank';
  if (typeof v.title !== 'string' || typeof v.date !== 'string') return 'it has no title or date';
  if (!isNumber(v.respondents) || !isNumber(v.organisations)) return 'it has no counts';
  const themesOk =
    Array.isArray(v.themes) &&
    v.themes.every(
      (t) =>
        isObject(t) &&
        typeof t.themeId === 'string' &&
        typeof t.title === 'string' &&
        isNumber(t.n) &&
        statsOk(t.stats),
    );
  if (!themesOk) return 'its theme figures are damaged';
  const questionsOk =
    Array.isArray(v.questions) &&
    v.questions.every((q) => isObject(q) && typeof q.questionId === 'string');
  return questionsOk ? null : 'its question figures are damaged';
}
