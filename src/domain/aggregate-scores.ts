import type { Assessment } from './assessment-schema';
import type { Questionnaire } from './questionnaire-schema';
import { scoreAssessment, type AssessmentResult } from './scoring';

/**
 * Scores by assessment object. An assessment is never changed in place (every edit makes a new
 * object), so a result stays right for as long as its object lives; the cache lets a workshop of
 * thousands of responses score each one once, in small steps while its files are still being read,
 * instead of all at once when the figures are drawn.
 */
const cache = new WeakMap<Assessment, { bank: Questionnaire; result: AssessmentResult }>();

export function scoreOnce(questionnaire: Questionnaire, a: Assessment): AssessmentResult {
  const hit = cache.get(a);
  if (hit && hit.bank === questionnaire) return hit.result;
  const result = scoreAssessment(questionnaire, a);
  cache.set(a, { bank: questionnaire, result });
  return result;
}
