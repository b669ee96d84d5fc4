import { emptyCabinet } from './assessment-defaults';
import { assessmentLabel } from './format';
import { assessmentSchema, type About, type Assessment } from './assessment-schema';
import { fitToBank } from './bank-upgrade';
import { ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION } from './options';
import { migrateAssessment } from './migrations';
import type { Questionnaire } from './questionnaire-schema';
import { fail, ok, type Result } from './result';
import { parseUntrustedJson, parseWith } from './safe-json';

export type RestoredAssessment = {
  assessment: Assessment;
  /** Answers to question ids that the current bank does not have; dropped on import. */
  droppedQuestionIds: string[];
  /** The bank version the file was made with, when it differs from the current bank's. */
  otherBankVersion: string | null;
  /** Questions new since the version the file was made with, not yet answered (bank-upgrade.ts). */
  toAnswer: string[];
};

/** Parse-then-restore: validate, migrate and fit an assessment to the current question bank. */
export function restoreAssessment(
  value: unknown,
  questionnaire: Questionnaire,
): Result<RestoredAssessment> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail({ path: '', message: 'not an assessment file (expected a JSON object)' });
  }
  const v = value as Record<string, unknown>;
  if (v.format !== ASSESSMENT_FORMAT) {
    return fail({
      path: 'format',
      message: `not an assessment file (expected "format": "${ASSESSMENT_FORMAT}")`,
    });
  }
  if (
    typeof v.formatVersion !== 'number' ||
    !Number.isInteger(v.formatVersion) ||
    v.formatVersion < 1
  ) {
    return fail({ path: 'formatVersion', message: 'missing or invalid format version' });
  }
  if (v.formatVersion > ASSESSMENT_FORMAT_VERSION) {
    return fail({
      path: 'formatVersion',
      message: `made by a newer version of the tool (format version ${v.formatVersion}; this version reads up to ${ASSESSMENT_FORMAT_VERSION}). Update the tool to open it.`,
    });
  }
  const migrated = migrateAssessment(v, v.formatVersion);
  if (!migrated.ok) return migrated;
  const parsed = parseWith(assessmentSchema, migrated.value);
  if (!parsed.ok) return parsed;
  const a = parsed.value;
  if (a.questionnaire.id !== questionnaire.id) {
    return fail({
      path: 'questionnaire.id',
      message: `made with a different question bank ("${a.questionnaire.id}"; this tool uses "${questionnaire.id}")`,
    });
  }
  const fitted = fitToBank(a, questionnaire);
  return ok({
    assessment: fitted.assessment,
    droppedQuestionIds: fitted.droppedQuestionIds,
    otherBankVersion:
      a.questionnaire.version === questionnaire.version ? null : a.questionnaire.version,
    toAnswer: fitted.toAnswer,
  });
}

export function readAssessmentText(
  text: string,
  questionnaire: Questionnaire,
): Result<RestoredAssessment> {
  const parsed = parseUntrustedJson(text);
  return parsed.ok ? restoreAssessment(parsed.value, questionnaire) : parsed;
}

export function serialiseAssessment(a: Assessment): string {
  return `${JSON.stringify(a, null, 2)}\n`;
}

export function newAssessment(
  questionnaire: Questionnaire,
  about: About,
  id: string,
  now: Date,
): Assessment {
  const stamp = now.toISOString();
  return {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id,
    name: '',
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    createdAt: stamp,
    updatedAt: stamp,
    about,
    answers: {},
    targets: {},
    plan: [],
    settings: { hideOverall: false },
    baseline: null,
    cabinet: emptyCabinet(),
  };
}

/** A re-assessment starts from the earlier answers, with a new date, and remembers them as its baseline. */
/** The name a re-assessment starts with, so it is never mistaken for the one it copies. */
export function reassessmentName(earlier: Assessment): string {
  const name = `Re-assessment of ${assessmentLabel(earlier)}`;
  return name.length <= 120 ? name : `${name.slice(0, 119).trimEnd()}…`;
}

export function duplicateAsReassessment(earlier: Assessment, id: string, now: Date): Assessment {
  const stamp = now.toISOString();
  return {
    ...structuredClone(earlier),
    id,
    createdAt: stamp,
    updatedAt: stamp,
    name: reassessmentName(earlier),
    about: { ...earlier.about, date: stamp.slice(0, 10) },
    baseline: {
      assessmentId: earlier.id,
      date: earlier.about.date,
      answers: structuredClone(earlier.answers),
      targets: { ...earlier.targets },
    },
  };
}
