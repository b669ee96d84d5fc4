import type { Answer, Assessment } from './assessment-schema';
import type { Questionnaire, Theme } from './questionnaire-schema';

/** A question counts as answered once it has a response: a level, "Don't know" or "Not applicable". */
export function isAnswered(answer: Answer | undefined): boolean {
  return answer?.response != null;
}

export type ThemeStatus = 'not-started' | 'in-progress' | 'completed';

export const THEME_STATUS_LABELS: Record<ThemeStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

export type ThemeProgress = {
  themeId: string;
  title: string;
  answered: number;
  total: number;
  status: ThemeStatus;
};

export function themeProgress(theme: Theme, answers: Assessment['answers']): ThemeProgress {
  const total = theme.questions.length;
  const answered = theme.questions.filter((q) => isAnswered(answers[q.id])).length;
  const status: ThemeStatus =
    answered === 0 ? 'not-started' : answered === total ? 'completed' : 'in-progress';
  return { themeId: theme.id, title: theme.title, answered, total, status };
}

export function assessmentProgress(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers'>,
) {
  const themes = questionnaire.themes.map((t) => themeProgress(t, assessment.answers));
  const answered = themes.reduce((n, t) => n + t.answered, 0);
  const total = themes.reduce((n, t) => n + t.total, 0);
  return {
    themes,
    answered,
    total,
    complete: answered === total,
    themesCompleted: themes.filter((t) => t.status === 'completed').length,
  };
}

export function answeredCount(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers'>,
): number {
  return assessmentProgress(questionnaire, assessment).answered;
}
