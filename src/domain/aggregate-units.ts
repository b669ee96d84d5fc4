import type { Participant } from './aggregate';
import type { Assessment } from './assessment-schema';

export const DONT_KNOW = -1;
export const NOT_APPLICABLE = -2;
export const UNANSWERED = -3;

export function answerCodes(
  answers: Assessment['answers'],
  questionIds: readonly string[],
): Int8Array {
  const codes = new Int8Array(questionIds.length);
  // A loop rather than forEach, and the own-property check only for an answer that is there:
  // a workshop reads thousands of assessments' answers here.
  for (let i = 0; i < questionIds.length; i += 1) {
    const id = questionIds[i] as string;
    const answer = answers[id];
    const r = answer !== undefined && Object.hasOwn(answers, id) ? answer.response : null;
    codes[i] =
      r === null
        ? UNANSWERED
        : r.kind === 'level'
          ? r.level
          : r.kind === 'dont-know'
            ? DONT_KNOW
            : r.kind === 'not-applicable'
              ? NOT_APPLICABLE
              : UNANSWERED;
  }
  return codes;
}

/** The level a participant gave the question at position `qi` of the bank, or null. */
export const levelAt = (p: Participant, qi: number): number | null => {
  const code = p.answers[qi] as number;
  return code >= 0 ? code : null;
};
