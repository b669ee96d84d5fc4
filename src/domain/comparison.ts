/**
 * "Progress since last time": a re-assessment against the snapshot (baseline) of the assessment
 * it was duplicated from. Earlier targets are the ones in force then: those the user had set, and
 * the scoring method's defaults for the rest, worked out from the earlier answers.
 */
import type { Answer, Assessment, Baseline } from './assessment-schema';
import type { Level, Questionnaire } from './questionnaire-schema';
import {
  effectiveTargets,
  levelOf,
  scoreAssessment,
  targetToScore,
  type BandLabel,
} from './scoring';

export type AnswerState = 'level' | 'dont-know' | 'not-applicable' | 'unanswered';

export type ThemeComparison = {
  themeId: string;
  title: string;
  earlierScore: number | null;
  newScore: number | null;
  earlierBand: BandLabel | null;
  newBand: BandLabel | null;
  /** New minus earlier score, unrounded; null unless both have a score. */
  change: number | null;
  earlierTarget: Level;
  /** Whether the new score reaches the earlier target on the 0-100 scale; null without a new score. */
  targetMet: boolean | null;
};

export type QuestionComparison = {
  questionId: string;
  themeId: string;
  text: string;
  earlierState: AnswerState;
  earlierLevel: Level | null;
  newState: AnswerState;
  newLevel: Level | null;
  /** New minus earlier level; null unless both were answered with a level. */
  change: number | null;
  /** The earlier target of the question's theme. */
  earlierTarget: Level;
  /** Whether the new level reaches the theme's earlier target; null without a new level. */
  targetMet: boolean | null;
};

export type Comparison = {
  baselineDate: string;
  themes: ThemeComparison[];
  questions: QuestionComparison[];
};

const stateOf = (answer: Answer | undefined): AnswerState => answer?.response?.kind ?? 'unanswered';

/** A theme meets a target level when its score reaches that level on the 0-100 scale (level 3 → 75). */
export function themeTargetMet(score: number | null, target: Level): boolean | null {
  return score === null ? null : score >= targetToScore(target);
}

export function earlierTargets(
  questionnaire: Questionnaire,
  baseline: Baseline,
): Record<string, Level> {
  return effectiveTargets(
    scoreAssessment(questionnaire, { answers: baseline.answers }),
    baseline.targets,
  );
}

/** Null when the assessment is not a re-assessment. */
export function compareWithBaseline(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers' | 'baseline'>,
): Comparison | null {
  const baseline = assessment.baseline;
  if (!baseline) return null;
  const before = scoreAssessment(questionnaire, { answers: baseline.answers });
  const now = scoreAssessment(questionnaire, assessment);
  const targets = effectiveTargets(before, baseline.targets);
  const themes = questionnaire.themes.map((theme, i): ThemeComparison => {
    const b = before.themes[i];
    const n = now.themes[i];
    const earlierScore = b?.score ?? null;
    const newScore = n?.score ?? null;
    const earlierTarget = targets[theme.id] ?? 0;
    return {
      themeId: theme.id,
      title: theme.title,
      earlierScore,
      newScore,
      earlierBand: b?.band ?? null,
      newBand: n?.band ?? null,
      change: earlierScore !== null && newScore !== null ? newScore - earlierScore : null,
      earlierTarget,
      targetMet: themeTargetMet(newScore, earlierTarget),
    };
  });
  const questions = questionnaire.themes.flatMap((theme) =>
    theme.questions.map((q): QuestionComparison => {
      const earlierLevel = levelOf(baseline.answers[q.id]);
      const newLevel = levelOf(assessment.answers[q.id]);
      const earlierTarget = targets[theme.id] ?? 0;
      return {
        questionId: q.id,
        themeId: theme.id,
        text: q.text,
        earlierState: stateOf(baseline.answers[q.id]),
        earlierLevel,
        newState: stateOf(assessment.answers[q.id]),
        newLevel,
        change: earlierLevel !== null && newLevel !== null ? newLevel - earlierLevel : null,
        earlierTarget,
        targetMet: newLevel === null ? null : newLevel >= earlierTarget,
      };
    }),
  );
  return { baselineDate: baseline.date, themes, questions };
}

/** "+2", "−1", "No change", or "–" when there is nothing to compare. */
export function formatChange(change: number | null): string {
  if (change === null) return '–';
  if (change === 0) return 'No change';
  return change > 0 ? `+${change}` : `−${Math.abs(change)}`;
}

/** The change between two scores as displayed: the difference of the rounded figures, so it always adds up on screen. */
export function formatScoreChange(earlier: number | null, now: number | null): string {
  return formatChange(
    earlier === null || now === null ? null : Math.round(now) - Math.round(earlier),
  );
}
