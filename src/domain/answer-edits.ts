import type { Answer, Assessment, Response } from './assessment-schema';

export const EMPTY_ANSWER: Answer = { response: null, notes: '', evidence: '' };

/**
 * A copy of the assessment with one answer changed. An answer left with no response, notes or
 * evidence is removed, so "answered" always means something was given.
 */
export function withAnswer(a: Assessment, questionId: string, patch: Partial<Answer>): Assessment {
  const next: Answer = { ...EMPTY_ANSWER, ...a.answers[questionId], ...patch };
  const { [questionId]: _old, ...others } = a.answers;
  const empty = next.response === null && next.notes === '' && next.evidence === '';
  return { ...a, answers: empty ? others : { ...others, [questionId]: next } };
}

/** The radio value for a response, and back. */
export type ResponseChoice =
  'level-0' | 'level-1' | 'level-2' | 'level-3' | 'level-4' | 'dont-know' | 'not-applicable';

export function choiceOf(response: Response | null | undefined): ResponseChoice | null {
  if (!response) return null;
  if (response.kind === 'level') return `level-${response.level}`;
  return response.kind;
}

/** The response for a chosen radio; a "Not applicable" reason already given is kept. */
export function responseOf(
  choice: ResponseChoice,
  previous: Response | null | undefined,
): Response {
  if (choice === 'dont-know') return { kind: 'dont-know' };
  if (choice === 'not-applicable')
    return {
      kind: 'not-applicable',
      reason: previous?.kind === 'not-applicable' ? previous.reason : '',
    };
  return { kind: 'level', level: Number(choice.slice(-1)) as 0 | 1 | 2 | 3 | 4 };
}
