import type { Assessment } from '../domain/assessment-schema';
import type { EngineDeps, EngineState, RecordCodec } from './engine-types';
import { mergeAssessment, mergeWithoutBase, same } from './merge-assessment';
import {
  makePending,
  makeRecord,
  makeTombstone,
  readPending,
  readRecord,
} from './persisted-record';
import { createRecordEngine } from './record-engine';
import { STORAGE } from './storage-keys';

export type {
  ElsewhereNotice,
  Persistence,
  StoredProblem,
  TabChannel,
  TabMessage,
} from './engine-types';
export { describeError } from './engine-types';

export type LibraryState = EngineState<Assessment, 'assessments'>;
export type LibraryDeps = EngineDeps;

/** How assessments are stored: one record per assessment, read through its migrations. */
export const assessmentCodec: RecordCodec<Assessment> = {
  prefix: STORAGE.assessmentPrefix,
  pendingPrefix: STORAGE.pendingPrefix,
  read(raw) {
    const read = readRecord(raw);
    if (read.kind !== 'ok') return read;
    const { assessment, rev, savedAt, lastExportedAt } = read.record;
    return { kind: 'ok', value: assessment, rev, savedAt, lastExportedAt };
  },
  write: makeRecord,
  tombstone: makeTombstone,
  pending: makePending,
  readPending(raw) {
    const p = readPending(raw);
    return p && { ...p, value: p.record.assessment, lastExportedAt: p.record.lastExportedAt };
  },
  merge: mergeAssessment,
  mergeWithoutBase,
  same,
  stamp: (a, id, now) => ({ ...a, id, updatedAt: now.toISOString() }),
  idOf: (a) => a.id,
  withId: (a, id) => ({ ...a, id }),
  label: (a) => a.about.organisation,
};

/**
 * The assessment library: the persistence engine (record-engine.ts) over assessment records.
 * Every change is written as it is made; a write that fails is kept in memory, reported, and
 * retried; records that cannot be read are reported and never written over; tabs tell each other
 * what they saved and merge each other's edits.
 */
export function createLibrary(deps: LibraryDeps) {
  const engine = createRecordEngine(assessmentCodec, 'assessments', deps);
  return {
    ...engine,
    updateAssessment: engine.update,
    addAssessments: engine.add,
    removeAssessment: engine.remove,
  };
}

export type Library = ReturnType<typeof createLibrary>;
