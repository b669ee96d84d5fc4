/**
 * How complete the assessment is, for the report to be honest about what is missing: the DRAFT
 * banner while coverage is short or a critical question has no level, and the claims that rest on
 * assertion alone.
 */
import type { Assessment } from './assessment-schema';
import type { Questionnaire } from './questionnaire-schema';
import { coverageShortLine, criticalUnansweredLine, DRAFT_BANNER } from './report-wording';
import { levelOf, PROVISIONAL_BELOW } from './scoring';

export type ReportStatus = {
  draft: boolean;
  /** "DRAFT: incomplete" while the assessment is incomplete, else null. */
  banner: string | null;
  /** Why it is a draft, in plain words (one line each). */
  reasons: string[];
  /** Share of all questions answered with a level. */
  coverage: number;
  /** Critical questions with no level: unanswered or "Don't know". */
  criticalWithoutLevel: string[];
};

/** Questions answered at level 3 or 4 with no evidence recorded: strengths that rest on assertion. */
export function unevidencedClaims(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers'>,
): string[] {
  return questionnaire.themes.flatMap((t) =>
    t.questions
      .filter((q) => {
        const a = assessment.answers[q.id];
        const level = levelOf(a);
        return level !== null && level >= 3 && (a?.evidence.trim() ?? '') === '';
      })
      .map((q) => q.id),
  );
}

/** Critical questions with no level yet (unanswered or "Don't know"): never reported as "no critical gap". */
export function criticalWithoutLevel(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers'>,
): string[] {
  return questionnaire.themes.flatMap((t) =>
    t.questions
      .filter((q) => q.critical && levelOf(assessment.answers[q.id]) === null)
      .filter((q) => assessment.answers[q.id]?.response?.kind !== 'not-applicable')
      .map((q) => q.id),
  );
}

export function reportStatus(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'answers'>,
): ReportStatus {
  const questions = questionnaire.themes.flatMap((t) => t.questions);
  const withLevel = questions.filter((q) => levelOf(assessment.answers[q.id]) !== null).length;
  const coverage = questions.length > 0 ? withLevel / questions.length : 0;
  const missing = criticalWithoutLevel(questionnaire, assessment);
  const reasons = [
    ...(coverage < PROVISIONAL_BELOW ? [coverageShortLine(coverage)] : []),
    ...(missing.length > 0 ? [criticalUnansweredLine(missing.length)] : []),
  ];
  const draft = reasons.length > 0;
  return {
    draft,
    banner: draft ? DRAFT_BANNER : null,
    reasons,
    coverage,
    criticalWithoutLevel: missing,
  };
}
