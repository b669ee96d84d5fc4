import type { Answer, Assessment } from './assessment-schema';
import type { Level, Question, Questionnaire, Theme } from './questionnaire-schema';

export const BAND_LABELS = [
  'Not started',
  'Emerging',
  'Developing',
  'Established',
  'Leading',
] as const;
export type BandLabel = (typeof BAND_LABELS)[number];
/** A theme whose coverage is below this share of its questions is provisional. */
export const PROVISIONAL_BELOW = 0.6;

export type ThemeResult = {
  themeId: string;
  title: string;
  /** 0-100, unrounded; null when no question in the theme has a level. */
  score: number | null;
  band: BandLabel | null;
  bandIndex: Level | null;
  coverage: number;
  provisional: boolean;
  answeredWithLevel: number;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  total: number;
};

export type AssessmentResult = {
  themes: ThemeResult[];
  overall: number | null;
  overallBand: BandLabel | null;
  criticalGaps: string[];
  evidenceGaps: string[];
};

export function levelOf(answer: Answer | undefined): Level | null {
  return answer?.response?.kind === 'level' ? answer.response.level : null;
}

export function bandIndexOf(score: number): Level {
  if (score < 20) return 0;
  if (score < 40) return 1;
  if (score < 60) return 2;
  if (score < 80) return 3;
  return 4;
}

export function bandOf(score: number): BandLabel {
  return BAND_LABELS[bandIndexOf(score)];
}

export function scoreTheme(theme: Theme, answers: Assessment['answers']): ThemeResult {
  return scoreThemeNoting(theme, answers, null);
}

/** Gaps found while a theme is scored, in question order. */
type Gaps = { critical: string[]; evidence: string[] };

/**
 * A theme's score, noting its critical and evidence gaps on the way when `gaps` is given, so an
 * assessment's answers are looked up once (a workshop scores thousands of assessments).
 */
function scoreThemeNoting(
  theme: Theme,
  answers: Assessment['answers'],
  gaps: Gaps | null,
): ThemeResult {
  let weighted = 0;
  let possible = 0;
  let answeredWithLevel = 0;
  let dontKnow = 0;
  let notApplicable = 0;
  for (const q of theme.questions) {
    const answer = answers[q.id];
    const response = answer?.response;
    if (response?.kind === 'level') {
      weighted += q.weight * response.level;
      possible += q.weight * 4;
      answeredWithLevel += 1;
    } else if (response?.kind === 'dont-know') dontKnow += 1;
    else if (response?.kind === 'not-applicable') notApplicable += 1;
    if (gaps) {
      if (isCriticalGap(q, answer)) gaps.critical.push(q.id);
      if (response?.kind === 'dont-know') gaps.evidence.push(q.id);
    }
  }
  const total = theme.questions.length;
  // Divide first: weighted ≤ possible holds in floating point, so the score can never exceed 100
  // (100 × weighted / possible came out at 100.00000000000001 for some weights).
  const score = possible > 0 ? 100 * (weighted / possible) : null;
  const coverage = total > 0 ? answeredWithLevel / total : 0;
  const bandIndex = score === null ? null : bandIndexOf(score);
  return {
    themeId: theme.id,
    title: theme.title,
    score,
    band: bandIndex === null ? null : BAND_LABELS[bandIndex],
    bandIndex,
    coverage,
    provisional: score !== null && coverage < PROVISIONAL_BELOW,
    answeredWithLevel,
    dontKnow,
    notApplicable,
    unanswered: total - answeredWithLevel - dontKnow - notApplicable,
    total,
  };
}

export function isCriticalGap(question: Question, answer: Answer | undefined): boolean {
  const level = levelOf(answer);
  return question.critical && level !== null && level <= 1;
}

export function scoreAssessment(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers'>,
): AssessmentResult {
  // One pass over the bank, in question order: theme scores and gaps together.
  const gaps: Gaps = { critical: [], evidence: [] };
  const themes: ThemeResult[] = [];
  // Summed from 0 in theme order, as a reduce over the scored themes would.
  let sum = 0;
  let scored = 0;
  for (const t of questionnaire.themes) {
    const r = scoreThemeNoting(t, assessment.answers, gaps);
    themes.push(r);
    if (r.score !== null) {
      sum += r.score;
      scored += 1;
    }
  }
  const overall = scored > 0 ? sum / scored : null;
  return {
    themes,
    overall,
    overallBand: overall === null ? null : bandOf(overall),
    criticalGaps: gaps.critical,
    evidenceGaps: gaps.evidence,
  };
}

/** One level above the theme's current band, at most 4; a theme with no score aims for level 1. */
export function defaultTarget(theme: ThemeResult): Level {
  return Math.min(4, (theme.bandIndex ?? 0) + 1) as Level;
}

export function effectiveTargets(
  result: AssessmentResult,
  chosen: Assessment['targets'],
): Record<string, Level> {
  const targets: Record<string, Level> = {};
  for (const t of result.themes) targets[t.themeId] = chosen[t.themeId] ?? defaultTarget(t);
  return targets;
}

/** The lowest score in each band: a score of BAND_FLOORS[b] or more is in band b or above. */
export const BAND_FLOORS = [0, 20, 40, 60, 80] as const;

/**
 * A target is a band to reach: met when the score reaches the band's lower bound, and drawn there
 * (Established: 60). One scale for bands and targets, so a theme scoring 69 has met "Established".
 */
export const targetToScore = (level: number): number =>
  BAND_FLOORS[Math.max(0, Math.min(4, Math.round(level)))] ?? 0;

/** "Established (60 or more)": how every output words a target. */
export const targetWording = (level: Level): string =>
  `${BAND_LABELS[level]} (${targetToScore(level)} or more)`;

/** Whether a theme's score has reached its target band. */
export const targetMet = (score: number | null, target: Level): boolean =>
  score !== null && score >= targetToScore(target);

/** Questions answered at the highest levels, best first; ties keep question order. */
export function strengths(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers'>,
  limit = 5,
): { question: Question; themeId: string; level: Level }[] {
  return questionnaire.themes
    .flatMap((t) =>
      t.questions.map((q) => ({
        question: q,
        themeId: t.id,
        level: levelOf(assessment.answers[q.id]),
      })),
    )
    .filter(
      (x): x is { question: Question; themeId: string; level: Level } =>
        x.level !== null && x.level >= 3,
    )
    .sort((a, b) => b.level - a.level)
    .slice(0, limit);
}

/** The machine-readable summary printed by `cli score --json`. */
export function scoreSummary(result: AssessmentResult) {
  return {
    themes: Object.fromEntries(
      result.themes.map((t) => [
        t.themeId,
        { score: t.score, band: t.band, coverage: t.coverage, provisional: t.provisional },
      ]),
    ),
    overall: result.overall,
    criticalGaps: result.criticalGaps,
    evidenceGaps: result.evidenceGaps,
  };
}
