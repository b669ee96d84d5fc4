import { emptyCabinet } from './assessment-defaults';
import { ASSESSMENT_FORMAT_VERSION } from './options';
import { fail, ok, type Result } from './result';

/**
 * Named, pure migration steps for the assessment file format: `STEPS[n]` turns a version-n object
 * into a version-(n+1) object. Add one here (and a fixture in tests/fixtures/assessments/) for every
 * new version.
 */
export type MigrationStep = {
  name: string;
  up: (v: Record<string, unknown>) => Record<string, unknown>;
};
const STEPS: Record<number, MigrationStep> = {
  1: {
    // Version 2 adds the assessment's own name, the respondent's own organisation (workshops group
    // by the council being assessed), the cabinet paper's fields, and resources and "needs a
    // cabinet decision" on plan actions. Targets keep their values: a target was always one of
    // the five bands 0-4; version 2 only changes where it is drawn (the band's lower bound).
    name: 'name, respondent organisation, cabinet paper, action resources and decisions',
    up: (v) => ({
      ...v,
      name: '',
      about: isRecord(v.about) ? { ...v.about, respondentOrganisation: '' } : v.about,
      plan: Array.isArray(v.plan)
        ? v.plan.map((a: unknown) =>
            isRecord(a) ? { ...a, resources: '', needsDecision: false } : a,
          )
        : v.plan,
      cabinet: emptyCabinet(),
    }),
  },
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Apply `steps[from]`, `steps[from + 1]`, … until the value is at version `to`. */
export function runMigrations(
  value: Record<string, unknown>,
  from: number,
  to: number,
  steps: Readonly<Record<number, MigrationStep>>,
): Result<Record<string, unknown>> {
  let current = value;
  for (let v = from; v < to; v += 1) {
    const step = steps[v];
    if (!step)
      return fail({ path: 'formatVersion', message: `no migration from format version ${v}` });
    current = { ...step.up(current), formatVersion: v + 1 };
  }
  return ok(current);
}

export function migrateAssessment(
  value: Record<string, unknown>,
  from: number,
): Result<Record<string, unknown>> {
  return runMigrations(value, from, ASSESSMENT_FORMAT_VERSION, STEPS);
}
