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

/**
 * What a deleted assessment leaves behind: its key keeps the last revision, so that revisions only
 * grow for a key (across delete and undo) and a tab that missed the deletion is still detected as
 * stale when it writes.
 */
export type Tombstone = {
  version: typeof RECORD_VERSION;
  rev: number;
  deleted: true;
  deletedAt: string;
};

export type ReadOutcome =
  | { kind: 'ok'; record: StoredRecord; migrated: boolean }
  | { kind: 'deleted'; rev: number }
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

export type EnvelopeRead =
  | { kind: 'ok'; record: Record<string, unknown>; migrated: boolean }
  | { kind: 'deleted'; rev: number }
  | { kind: 'corrupt' | 'newer'; message: string };

/**
 * The envelope every stored record shares (assessments, workshops): a version, migrated one named
 * step at a time, or a tombstone. Never throws, never changes `raw`.
 */
export function readEnvelope(
  raw: unknown,
  steps: Record<number, RecordStep>,
  target: number,
): EnvelopeRead {
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
  if (record.deleted === true) {
    if (typeof record.rev !== 'number' || !Number.isFinite(record.rev))
      return { kind: 'corrupt', message: 'the record of a deleted item has no revision' };
    return { kind: 'deleted', rev: record.rev };
  }
  return { kind: 'ok', record, migrated: r.version !== target };
}

export type AssessmentRead =
  | { kind: 'ok'; assessment: Assessment; migrated: boolean }
  | { kind: 'corrupt' | 'newer'; message: string };

/**
 * A stored assessment (in the library, or a workshop participant), through the same migrations as
 * files, then checked.
 */
export function restoreStoredAssessment(a: unknown): AssessmentRead {
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
  let migrated = false;
  if (typeof fv === 'number' && Number.isInteger(fv) && fv >= 1 && fv < ASSESSMENT_FORMAT_VERSION) {
    const m = migrateAssessment(a as Record<string, unknown>, fv);
    if (!m.ok) return { kind: 'corrupt', message: m.issues.map((i) => i.message).join('; ') };
    assessment = m.value;
    migrated = true;
  }
  const problem = assessmentShapeProblem(assessment);
  if (problem)
    return { kind: 'corrupt', message: `the saved assessment is not readable (${problem})` };
  return { kind: 'ok', assessment: assessment as Assessment, migrated };
}

/** Parse-then-restore for one stored assessment record; never throws, never changes `raw`. */
export function readRecord(
  raw: unknown,
  steps: Record<number, RecordStep> = RECORD_STEPS,
  target: number = RECORD_VERSION,
): ReadOutcome {
  const envelope = readEnvelope(raw, steps, target);
  if (envelope.kind !== 'ok') return envelope;
  const record = envelope.record;
  const restored = restoreStoredAssessment(record.assessment);
  if (restored.kind !== 'ok') return restored;
  const { assessment } = restored;
  const migrated = envelope.migrated || restored.migrated;
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

export function makeTombstone(rev: number, now: Date): Tombstone {
  return { version: RECORD_VERSION, rev, deleted: true, deletedAt: now.toISOString() };
}

/** A copy written blind as the page went away, with the stored revision and copy it was based on. */
export type PendingRecord = {
  version: typeof RECORD_VERSION;
  baseRev: number;
  base: Assessment | null;
  savedAt: string;
  lastExportedAt: string | null;
  assessment: Assessment;
};

export function makePending(
  assessment: Assessment,
  baseRev: number,
  base: Assessment | null,
  lastExportedAt: string | null,
  now: Date,
): PendingRecord {
  return {
    version: RECORD_VERSION,
    baseRev,
    base,
    savedAt: now.toISOString(),
    lastExportedAt,
    assessment,
  };
}

/** Parse-then-restore for a pending copy, through the same checks as a stored record; null if unusable. */
export function readPending(
  raw: unknown,
): { baseRev: number; base: Assessment | null; record: StoredRecord } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const main = readRecord({ ...r, rev: r.baseRev });
  if (main.kind !== 'ok') return null;
  const base =
    r.base == null ? null : readRecord({ version: r.version, rev: 0, assessment: r.base });
  return {
    baseRev: main.record.rev,
    base: base?.kind === 'ok' ? base.record.assessment : null,
    record: main.record,
  };
}
