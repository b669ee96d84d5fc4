import type { Question, Questionnaire, Theme } from '../domain/questionnaire-schema';
import { builtInBankUrl } from './built-in-bank';

/**
 * The built-in question bank. It is fetched as a JSON asset (not bundled into JavaScript) so the
 * start page's scripts stay small, and it is not run through zod here for the same reason: the
 * bank is build-time content, validated by the unit tests and the `validate` command. Only the
 * defaults that the schema would fill in are applied.
 */
let current: Questionnaire | null = null;

type RawQuestion = Omit<Question, 'weight' | 'critical' | 'actions'> &
  Partial<Pick<Question, 'weight' | 'critical' | 'actions'>>;
type RawTheme = Omit<Theme, 'questions'> & { questions: RawQuestion[] };
type RawQuestionnaire = Omit<Questionnaire, 'themes'> & { themes: RawTheme[] };

/** Fill in the defaults of the bank schema (weight 1, not critical, no suggested actions). */
export function withBankDefaults(raw: RawQuestionnaire): Questionnaire {
  return {
    ...raw,
    themes: raw.themes.map((t) => ({
      ...t,
      questions: t.questions.map((q) => ({
        ...q,
        weight: q.weight ?? 1,
        critical: q.critical ?? false,
        actions: q.actions ?? [],
      })),
    })),
  };
}

/** Fetch the built-in bank; main.tsx awaits this before the first page renders. */
export async function loadQuestionnaire(url: string = builtInBankUrl): Promise<Questionnaire> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The question bank could not be loaded (${response.status}).`);
  current = withBankDefaults((await response.json()) as RawQuestionnaire);
  return current;
}

/** For tests and for code paths that already hold a bank. */
export function setQuestionnaire(q: Questionnaire): void {
  current = q;
}

/** The built-in bank for non-React code; it is always loaded before any page renders. */
export function getQuestionnaire(): Questionnaire {
  if (!current)
    throw new Error(
      'The question bank is used before it was loaded (loadQuestionnaire in main.tsx).',
    );
  return current;
}

/** The built-in bank in a component. It never changes while the app runs, so no subscription. */
export function useQuestionnaire(): Questionnaire {
  return getQuestionnaire();
}
