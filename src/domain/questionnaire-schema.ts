import './zod-config';
import { z } from 'zod';
import { compareVersions } from './semver';

export const QUESTIONNAIRE_FORMAT = 'readiness-questionnaire';
export const QUESTIONNAIRE_FORMAT_VERSION = 1;

export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export const levelSchema = z.literal(LEVELS, {
  error: 'must be a level: a whole number from 0 to 4',
});

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0');
const questionId = z
  .string()
  .regex(/^[a-z0-9-]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "<theme id>.<slug>"');

export const suggestedActionSchema = z.strictObject({
  id: slug,
  levels: z.array(levelSchema).min(1, 'must list at least one level'),
  text,
});

export const questionSchema = z.strictObject({
  id: questionId,
  text,
  guidance: text,
  evidence: text,
  levels: z.tuple([text, text, text, text, text], {
    error: 'must have exactly five level descriptors (levels 0 to 4)',
  }),
  weight: z.number().positive('must be more than 0').max(10, 'must be 10 or less').default(1),
  critical: z.boolean().default(false),
  sources: z.array(slug).min(1, 'must cite at least one source'),
  actions: z.array(suggestedActionSchema).default([]),
  /**
   * The bank version that introduced this id. Absent means the bank's first version. An
   * assessment made with an earlier version has not answered this question: opening it lists the
   * question to answer (see bank-upgrade.ts).
   */
  since: semver.optional(),
  /** Ids of earlier versions' questions whose subject this one takes over; their answers are not kept. */
  replaces: z.array(questionId).optional(),
});

/** A word or phrase that the level descriptors use with one fixed meaning across the bank. */
export const termSchema = z.strictObject({ term: text, meaning: text });

export const themeSchema = z.strictObject({
  id: slug,
  title: text,
  summary: text,
  questions: z.array(questionSchema).min(1, 'a theme must have at least one question'),
});

type CrossCheckIssue = { path: (string | number)[]; message: string };

const objectsIn = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v)
    ? v.map((x) => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {}))
    : [];

/**
 * Checks across entries that a schema of each entry cannot make: unique theme, question and action
 * ids, question ids that start with their theme's id, a replaced id that is no longer asked (an id
 * never changes meaning, so a question that replaces another cannot leave it in place), and a
 * `since` no later than the bank's own version. Written defensively so that it can also
 * run on a bank that failed the shape checks (zod skips refinements then), letting authors see
 * every problem at once.
 */
export function crossCheckQuestionnaire(value: unknown): CrossCheckIssue[] {
  const issues: CrossCheckIssue[] = [];
  if (typeof value !== 'object' || value === null) return issues;
  const seen = new Map<string, string>();
  const themeIds = new Set<string>();
  const bank = value as Record<string, unknown>;
  const bankVersion = typeof bank.version === 'string' ? bank.version : null;
  const replacedAt: { id: string; path: (string | number)[] }[] = [];
  objectsIn((value as Record<string, unknown>).themes).forEach((theme, t) => {
    const themeId = typeof theme.id === 'string' ? theme.id : null;
    if (themeId !== null && themeIds.has(themeId)) {
      issues.push({ path: ['themes', t, 'id'], message: `duplicate theme id "${themeId}"` });
    }
    if (themeId !== null) themeIds.add(themeId);
    objectsIn(theme.questions).forEach((question, i) => {
      if (typeof question.id !== 'string') return;
      const path = ['themes', t, 'questions', i, 'id'];
      const earlier = seen.get(question.id);
      if (earlier) {
        issues.push({
          path,
          message: `duplicate question id "${question.id}" (also at ${earlier})`,
        });
      } else {
        seen.set(question.id, `themes[${t}].questions[${i}]`);
      }
      if (themeId !== null && !question.id.startsWith(`${themeId}.`)) {
        issues.push({ path, message: `question id must start with its theme id "${themeId}."` });
      }
      if (Array.isArray(question.replaces)) {
        question.replaces.forEach((r: unknown, k) => {
          if (typeof r === 'string')
            replacedAt.push({ id: r, path: ['themes', t, 'questions', i, 'replaces', k] });
        });
      }
      if (
        typeof question.since === 'string' &&
        bankVersion !== null &&
        /^\d+\.\d+\.\d+$/.test(question.since) &&
        /^\d+\.\d+\.\d+$/.test(bankVersion) &&
        compareVersions(question.since, bankVersion) > 0
      ) {
        issues.push({
          path: ['themes', t, 'questions', i, 'since'],
          message: `is later than the bank's own version ${bankVersion}`,
        });
      }
      const actionIds = new Set<string>();
      objectsIn(question.actions).forEach((a, k) => {
        if (typeof a.id !== 'string') return;
        if (actionIds.has(a.id)) {
          issues.push({
            path: ['themes', t, 'questions', i, 'actions', k, 'id'],
            message: `duplicate action id "${a.id}"`,
          });
        }
        actionIds.add(a.id);
      });
    });
  });
  for (const r of replacedAt) {
    if (seen.has(r.id))
      issues.push({
        path: r.path,
        message: `question "${r.id}" is still in the bank: a replaced question must be removed`,
      });
  }
  return issues;
}

export const questionnaireSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(QUESTIONNAIRE_FORMAT),
    formatVersion: z.literal(QUESTIONNAIRE_FORMAT_VERSION),
    id: slug,
    version: semver,
    title: text,
    description: z.string().optional(),
    /** The thresholds and terms the descriptors use, defined once and shown with the rating rule. */
    terms: z.array(termSchema).optional(),
    /** The written rule for which questions are critical, shown on "How scoring works". */
    criticalRule: text.optional(),
    /** Why the weights are what they are, shown beside the critical rule. */
    weightRule: text.optional(),
    scale: z.tuple([text, text, text, text, text], {
      error: 'must have exactly five labels (levels 0 to 4)',
    }),
    themes: z.array(themeSchema).min(1),
  })
  .superRefine((q, ctx) => {
    for (const issue of crossCheckQuestionnaire(q)) ctx.addIssue({ code: 'custom', ...issue });
  });

export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
export type Theme = Questionnaire['themes'][number];
export type Question = Theme['questions'][number];
export type SuggestedAction = Question['actions'][number];

export { allQuestions } from './questionnaire-queries';

export function themeOfQuestion(q: Questionnaire, questionId: string): Theme | undefined {
  return q.themes.find((t) => t.questions.some((x) => x.id === questionId));
}
