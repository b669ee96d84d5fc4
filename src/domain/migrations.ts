import { ASSESSMENT_FORMAT_VERSION } from './options';
import { fail, ok, type Result } from './result';

/**
 * Named, pure migration steps for the assessment file format: `STEPS[n]` turns a version-n object
 * into a version-(n+1) object. Format version 1 is the first published format, so there are no
 * steps yet; add one here (and a fixture in tests/fixtures/assessments/) for every new version.
 */
export type MigrationStep = {
  name: string;
  up: (v: Record<string, unknown>) => Record<string, unknown>;
};
const STEPS: Record<number, MigrationStep> = {};

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
