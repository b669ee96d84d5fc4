import { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION } from './options';

/**
 * A zod-free check that a value has the shape of an `Assessment`, deep enough that every page can
 * read it without crashing. Used when reading the library back from the browser's storage at
 * start-up, where loading zod would break the start page's size budget; files from outside still
 * go through the full schema in `assessment-file.ts`.
 * Returns the first problem found, or null.
 */
export function assessmentShapeProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'not an object';
  if (value.format !== ASSESSMENT_FORMAT) return 'format is not an assessment';
  if (value.formatVersion !== ASSESSMENT_FORMAT_VERSION)
    return `format version is not ${ASSESSMENT_FORMAT_VERSION}`;
  if (!isText(value.id) || value.id.length === 0) return 'id is missing';
  if (!isText(value.name)) return 'name is not text';
  if (
    !isRecord(value.cabinet) ||
    !isRecord(value.cabinet.implications) ||
    !isRecord(value.cabinet.contact)
  )
    return 'cabinet is missing';
  if (
    !isRecord(value.questionnaire) ||
    !isText(value.questionnaire.id) ||
    !isText(value.questionnaire.version)
  )
    return 'questionnaire is missing';
  if (!isText(value.createdAt) || !isText(value.updatedAt)) return 'dates are missing';
  const about = value.about;
  if (!isRecord(about)) return 'about is missing';
  for (const k of [
    'organisation',
    'respondentOrganisation',
    'authorityType',
    'role',
    'date',
    'marking',
  ]) {
    if (!isText(about[k])) return `about.${k} is not text`;
  }
  const answers = value.answers;
  if (!isRecord(answers)) return 'answers is not an object';
  for (const [qid, answer] of Object.entries(answers)) {
    const problem = answerProblem(answer);
    if (problem) return `answers.${qid}: ${problem}`;
  }
  if (!isRecord(value.targets) || !Object.values(value.targets).every(isLevel))
    return 'targets are not levels';
  if (!Array.isArray(value.plan)) return 'plan is not a list';
  for (const [i, action] of value.plan.entries()) {
    if (!isRecord(action)) return `plan.${i} is not an object`;
    for (const k of [
      'id',
      'text',
      'themeId',
      'priority',
      'owner',
      'due',
      'status',
      'measure',
      'resources',
    ]) {
      if (!isText(action[k])) return `plan.${i}.${k} is not text`;
    }
    if (typeof action.needsDecision !== 'boolean')
      return `plan.${i}.needsDecision is not true or false`;
  }
  if (!isRecord(value.settings) || typeof value.settings.hideOverall !== 'boolean')
    return 'settings are missing';
  const baseline = value.baseline;
  if (baseline !== null) {
    if (!isRecord(baseline) || !isText(baseline.assessmentId) || !isText(baseline.date))
      return 'baseline is not valid';
    if (!isRecord(baseline.answers) || !isRecord(baseline.targets)) return 'baseline is not valid';
    for (const [qid, answer] of Object.entries(baseline.answers)) {
      const problem = answerProblem(answer);
      if (problem) return `baseline.answers.${qid}: ${problem}`;
    }
  }
  return null;
}

function answerProblem(answer: unknown): string | null {
  if (!isRecord(answer)) return 'not an object';
  if (!isText(answer.notes) || !isText(answer.evidence)) return 'notes or evidence is not text';
  const r = answer.response;
  if (r === null) return null;
  if (!isRecord(r)) return 'response is not valid';
  if (r.kind === 'level') return isLevel(r.level) ? null : 'level is not 0 to 4';
  if (r.kind === 'dont-know') return null;
  if (r.kind === 'not-applicable') return isText(r.reason) ? null : 'reason is not text';
  return 'response kind is unknown';
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isLevel = (v: unknown) => v === 0 || v === 1 || v === 2 || v === 3 || v === 4;
