import {
  crossCheckQuestionnaire,
  questionnaireSchema,
  QUESTIONNAIRE_FORMAT,
  QUESTIONNAIRE_FORMAT_VERSION,
  type Questionnaire,
} from './questionnaire-schema';
import { fail, type Result } from './result';
import { formatPath, parseUntrustedJson, parseWith } from './safe-json';

/** Validate a parsed question bank, refusing one written for a newer format. */
export function restoreQuestionnaire(value: unknown): Result<Questionnaire> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (v.format !== QUESTIONNAIRE_FORMAT) {
      return fail({
        path: 'format',
        message: `not a question bank (expected "format": "${QUESTIONNAIRE_FORMAT}")`,
      });
    }
    if (typeof v.formatVersion === 'number' && v.formatVersion > QUESTIONNAIRE_FORMAT_VERSION) {
      return fail({
        path: 'formatVersion',
        message: `made for a newer version of the tool (format version ${v.formatVersion}; this version reads up to ${QUESTIONNAIRE_FORMAT_VERSION})`,
      });
    }
  }
  const parsed = parseWith(questionnaireSchema, value);
  if (parsed.ok) return parsed;
  // zod skips the cross-entry checks when the shape is wrong; run them anyway so that an author
  // sees a duplicate id in the same pass as a missing level descriptor.
  const reported = new Set(parsed.issues.map((i) => `${i.path}\n${i.message}`));
  const extra = crossCheckQuestionnaire(value)
    .map((i) => ({ path: formatPath(i.path), message: i.message }))
    .filter((i) => !reported.has(`${i.path}\n${i.message}`));
  return { ok: false, issues: [...parsed.issues, ...extra] };
}

export function readQuestionnaireText(text: string): Result<Questionnaire> {
  const parsed = parseUntrustedJson(text);
  return parsed.ok ? restoreQuestionnaire(parsed.value) : parsed;
}
