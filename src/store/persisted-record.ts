import type { Assessment } from '../domain/assessment-schema';
import { assessmentShapeProblem } from '../domain/assessment-shape';
import { migrateAssessment } from '../domain/migrations';
import { ASSESSMENT_FORMAT_VERSION } from '../domain/options';

/**
 * The record stored for each assessment. `version` is the version of this envelope (not of the
 * assessment file format, which the assessment carries itself). `rev` counts writes, so a tab can
 * tell that another tab wrote since it last read. `lastExportedAt` lives here, not in the
 * assessment, because it describes this device's copy, not the assessment.
 */
export const RECORD_VERSION = 1;

export type StoredRecord = {
  version: typeof RECORD_VERSION;
  rev: number;
  savedAt: string;
  lastExportedAt: string | null;
  assessment: Assessment;
};

export type ReadOutcome =
  | { kind: 'ok'; record: StoredRecord; migrated: boolean }
  | { kind: 'corrupt'; message: string }
  | { kind: 'newer'; message: string };

/** A named, pure step: `up` turns a version-n record into a version-(n+1) record. */
export type RecordStep = {
  name: string;
  up: (record: Record<string, unknown>) => Record<string, unknown>;
};

/**
 * One step per past envelope version, keyed by the version it upgrades from. Version 1 is the
 * first, so there are none yet; add a step and a fixture in tests/fixtures/storage/ for each new one.
 */
export const RECORD_STEPS: Record<number, RecordStep> = {};

export function migrateRecord(
  raw: Record<string, unknown>,
  from: number,
  steps: Record<number, RecordStep> = RECORD_STEPS,
  target: number = RECORD_VERSION,
): { ok: true; value: Record<string, unknown> } | { ok: false; message: string } {
  let current = raw;
  for (let v = from; v < target; v += 1) {
    const step = steps[v];
    if (!step) return { ok: false, message: `no migration from stored version ${v}` };
    current = { ...step.up(current), version: v + 1 };
  }
  return { ok: true, value: current };
}

/** Parse-then-restore for one stored record; never throws, never changes `raw`. */
export function readRecord(
  raw: unknown,
  steps: Record<number, RecordStep> = RECORD_STEPS,
  target: number = RECORD_VERSION,
): ReadOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { kind: 'corrupt', message: 'the saved record is not an object' };
  const r = raw as Record<string, unknown>;
  if (typeof r.version !== 'number' || !Number.isInteger(r.version) || r.version < 1) {
    return { kind: 'corrupt', message: 'the saved record has no valid version' };
  }
  if (r.version > target) {
    return {
      kind: 'newer',
      message: `saved by a newer version of this tool (stored version ${r.version}; this version reads up to ${target})`,
    };
  }
  const migratedRecord = migrateRecord(structuredClone(r), r.version, steps, target);
  if (!migratedRecord.ok) return { kind: 'corrupt', message: migratedRecord.message };
  const record = migratedRecord.value;
  const a = record.assessment;
  if (typeof a !== 'object' || a === null || Array.isArray(a))
    return { kind: 'corrupt', message: 'the saved record holds no assessment' };
  const fv = (a as Record<string, unknown>).formatVersion;
  if (typeof fv === 'number' && fv > ASSESSMENT_FORMAT_VERSION) {
    return {
      kind: 'newer',
      message: `the assessment was saved by a newer version of this tool (format version ${fv}; this version reads up to ${ASSESSMENT_FORMAT_VERSION})`,
    };
  }
  let assessment: unknown = a;
  let migrated = r.version !== target;
  if (typeof fv === 'number' && Number.isInteger(fv) && fv >= 1 && fv < ASSESSMENT_FORMAT_VERSION) {
    const m = migrateAssessment(a as Record<string, unknown>, fv);
    if (!m.ok) return { kind: 'corrupt', message: m.issues.map((i) => i.message).join('; ') };
    assessment = m.value;
    migrated = true;
  }
  const problem = assessmentShapeProblem(assessment);
  if (problem)
    return { kind: 'corrupt', message: `the saved assessment is not readable (${problem})` };
  const rev = typeof record.rev === 'number' && Number.isFinite(record.rev) ? record.rev : 0;
  const savedAt = typeof record.savedAt === 'string' ? record.savedAt : '';
  const lastExportedAt = typeof record.lastExportedAt === 'string' ? record.lastExportedAt : null;
  return {
    kind: 'ok',
    record: {
      version: RECORD_VERSION,
      rev,
      savedAt,
      lastExportedAt,
      assessment: assessment as Assessment,
    },
    migrated,
  };
}

export function makeRecord(
  assessment: Assessment,
  rev: number,
  lastExportedAt: string | null,
  now: Date,
): StoredRecord {
  return { version: RECORD_VERSION, rev, savedAt: now.toISOString(), lastExportedAt, assessment };
}
