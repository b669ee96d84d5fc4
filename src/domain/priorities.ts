import type { Assessment, PlanAction } from './assessment-schema';
import type { Level, Question, Questionnaire } from './questionnaire-schema';
import { isCriticalGap, levelOf } from './scoring';

export type Priority = {
  question: Question;
  themeId: string;
  level: Level;
  target: Level;
  critical: boolean;
  weightedGap: number;
  order: number;
};

/**
 * Questions answered with a level that fall short of their theme's target, or are critical gaps:
 * critical gaps first, then the largest weight × (target − level), then question order.
 */
export function priorities(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers'>,
  targets: Record<string, Level>,
): Priority[] {
  const list: Priority[] = [];
  let order = 0;
  for (const theme of questionnaire.themes) {
    const target = targets[theme.id] ?? 1;
    for (const question of theme.questions) {
      order += 1;
      const answer = assessment.answers[question.id];
      const level = levelOf(answer);
      if (level === null) continue;
      const critical = isCriticalGap(question, answer);
      const weightedGap = question.weight * (target - level);
      if (!critical && weightedGap <= 0) continue;
      list.push({ question, themeId: theme.id, level, target, critical, weightedGap, order });
    }
  }
  return list.sort(
    (a, b) =>
      Number(b.critical) - Number(a.critical) || b.weightedGap - a.weightedGap || a.order - b.order,
  );
}

export function priorityFor(p: Priority): PlanAction['priority'] {
  if (p.critical || p.weightedGap >= 2) return 'high';
  return p.weightedGap >= 1 ? 'medium' : 'low';
}

/** How many actions the draft plan takes: about ten, a plan a cabinet can own. */
export const DRAFT_PLAN_SIZE = 10;

/**
 * The draft action plan: about ten of the suggested actions (critical gaps first, then the top
 * priorities). The rest are offered as suggestions (see `planSuggestions`).
 */
export function draftPlan(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers'>,
  targets: Record<string, Level>,
): PlanAction[] {
  return allSuggestedActions(questionnaire, assessment, targets).slice(0, DRAFT_PLAN_SIZE);
}

/** The suggested actions that the draft plan leaves out, in priority order, for the user to add. */
export function planSuggestions(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers'>,
  targets: Record<string, Level>,
): PlanAction[] {
  return allSuggestedActions(questionnaire, assessment, targets).slice(DRAFT_PLAN_SIZE);
}

/** Each priority's suggested actions for its current level, in priority order. */
export function allSuggestedActions(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers'>,
  targets: Record<string, Level>,
): PlanAction[] {
  return priorities(questionnaire, assessment, targets).flatMap((p) =>
    p.question.actions
      .filter((a) => a.levels.includes(p.level))
      .map((a) => ({
        id: `suggested:${p.question.id}#${a.id}`,
        text: a.text,
        themeId: p.themeId,
        questionId: p.question.id,
        priority: priorityFor(p),
        owner: '',
        due: '',
        status: 'not-started' as const,
        measure: '',
        resources: '',
        needsDecision: false,
        origin: `${p.question.id}#${a.id}`,
      })),
  );
}
