import type { Question, Questionnaire } from './questionnaire-schema';

/**
 * Reading a question bank, without loading zod: a value imported from questionnaire-schema.ts
 * brings the schemas with it, which the theme page's JavaScript budget has no room for.
 */
export function allQuestions(q: Questionnaire): Question[] {
  return q.themes.flatMap((t) => t.questions);
}
