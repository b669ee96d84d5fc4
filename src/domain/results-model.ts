/**
 * What the results page shows, computed once from the question bank and the assessment: theme
 * scores against targets, the at-a-glance lines, gaps, strengths, priorities, the first actions,
 * the heat table and progress since the earlier assessment. The page only draws it; the report
 * model starts from the same `buildResultsBase`, so the two cannot disagree.
 */
import type { Assessment, PlanAction } from './assessment-schema';
import {
  heatTable,
  themeChartRows,
  themeExtremes,
  type HeatRow,
  type ThemeChartRow,
} from './chart-data';
import { compareWithBaseline, type Comparison } from './comparison';
import { formatScore } from './format';
import { PRIORITIES } from './options';
import type { Level, Questionnaire } from './questionnaire-schema';
import {
  effectiveTargets,
  levelOf,
  scoreAssessment,
  strengths,
  type AssessmentResult,
  type BandLabel,
  type ThemeResult,
} from './scoring';
import { draftPlan, priorities, priorityFor, type Priority } from './priorities';
import { levelLabel, themeScoreRows, type ThemeScoreRow } from './theme-scores';

/** A question the page lists and links to, with the words written beside it. */
export type ResultsQuestion = {
  questionId: string;
  text: string;
  themeId: string;
  themeTitle: string;
  /** "1 Emerging", or null when the question has no level. */
  levelLabel: string | null;
};

export type ResultsPriority = ResultsQuestion & {
  level: Level;
  target: Level;
  critical: boolean;
  /** "high", "medium" or "low", as the page writes it in a sentence. */
  priority: string;
};

/** What the results page and the report both start from. */
export type ResultsBase = {
  result: AssessmentResult;
  /** The target band of every theme: the one chosen, else the band above its current band. */
  targets: Record<string, Level>;
  themes: ThemeScoreRow[];
  /** Critical gaps first, then the largest weighted gap to target. */
  priorities: Priority[];
  /** The saved plan in the user's order, or the draft from the priorities when none is saved. */
  plan: PlanAction[];
  planIsDraft: boolean;
};

export type ResultsModel = {
  base: ResultsBase;
  /** Whether any theme has a score (otherwise there is nothing to summarise). */
  anyScore: boolean;
  anyProvisional: boolean;
  chart: ThemeChartRow[];
  overall: { scoreLabel: string; band: BandLabel; note: string } | null;
  overallHidden: boolean;
  /** "Capacity: 63 (Established)" for each strongest and weakest theme (ties kept together). */
  strongest: string[];
  weakest: string[];
  /** Titles of the themes with no question answered with a level. */
  noScore: string[];
  criticalGaps: ResultsQuestion[];
  evidenceGaps: ResultsQuestion[];
  strengths: ResultsQuestion[];
  priorities: ResultsPriority[];
  /** The first three unfinished actions of the plan. */
  firstActions: string[];
  heat: { columns: number; rows: HeatRow[] };
  progress: Comparison | null;
};

export function buildResultsBase(
  questionnaire: Questionnaire,
  assessment: Assessment,
): ResultsBase {
  const result = scoreAssessment(questionnaire, assessment);
  const targets = effectiveTargets(result, assessment.targets);
  const planIsDraft = assessment.plan.length === 0;
  return {
    result,
    targets,
    themes: themeScoreRows(result, targets),
    priorities: priorities(questionnaire, assessment, targets),
    plan: planIsDraft ? draftPlan(questionnaire, assessment, targets) : assessment.plan,
    planIsDraft,
  };
}

/** What the overall figure averages, and a caution when it rests on part of the assessment. */
export function overallNote(result: AssessmentResult): string {
  const scored = result.themes.filter((t) => t.score !== null);
  const provisional = scored.filter((t) => t.provisional).length;
  const parts = [
    scored.length === result.themes.length
      ? `The average of the ${scored.length} theme scores.`
      : `The average of the ${scored.length} of ${result.themes.length} themes that have a score.`,
  ];
  if (provisional > 0)
    parts.push(`${provisional === 1 ? 'One is' : `${provisional} are`} provisional.`);
  return parts.join(' ');
}

const themeScoreText = (t: ThemeResult): string =>
  t.score === null ? formatScore(null) : `${formatScore(t.score)} (${t.band})`;

export function buildResultsModel(
  questionnaire: Questionnaire,
  assessment: Assessment,
): ResultsModel {
  const base = buildResultsBase(questionnaire, assessment);
  const { result, targets } = base;
  const { scale } = questionnaire;
  const where = new Map(
    questionnaire.themes.flatMap((t) => t.questions.map((q) => [q.id, { q, t }] as const)),
  );
  const question = (questionId: string): ResultsQuestion => {
    const found = where.get(questionId);
    const level = levelOf(assessment.answers[questionId]);
    return {
      questionId,
      text: found?.q.text ?? questionId,
      themeId: found?.t.id ?? '',
      themeTitle: found?.t.title ?? '',
      levelLabel: level === null ? null : levelLabel(scale, level),
    };
  };
  const { strongest, weakest } = themeExtremes(result);
  const names = (list: ThemeResult[]) => list.map((t) => `${t.title}: ${themeScoreText(t)}`);
  return {
    base,
    anyScore: result.themes.some((t) => t.score !== null),
    anyProvisional: result.themes.some((t) => t.provisional),
    chart: themeChartRows(result, targets),
    overall:
      result.overall === null || result.overallBand === null
        ? null
        : {
            scoreLabel: formatScore(result.overall),
            band: result.overallBand,
            note: overallNote(result),
          },
    overallHidden: assessment.settings.hideOverall,
    strongest: names(strongest),
    weakest: names(weakest),
    noScore: result.themes.filter((t) => t.score === null).map((t) => t.title),
    criticalGaps: result.criticalGaps.map(question),
    evidenceGaps: result.evidenceGaps.map(question),
    strengths: strengths(questionnaire, assessment).map((s) => question(s.question.id)),
    priorities: base.priorities.map((p) => ({
      ...question(p.question.id),
      level: p.level,
      target: p.target,
      critical: p.critical,
      priority: PRIORITIES[priorityFor(p)].toLowerCase(),
    })),
    firstActions: base.plan
      .filter((a) => a.status !== 'done')
      .slice(0, 3)
      .map((a) => a.text),
    heat: heatTable(questionnaire, assessment.answers),
    progress: compareWithBaseline(questionnaire, assessment),
  };
}
