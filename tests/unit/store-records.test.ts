import { migrateAssessment } from '../../src/domain/migrations';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessmentShapeProblem } from '../../src/domain/assessment-shape';
import {
  migrateRecord,
  readRecord,
  RECORD_VERSION,
  type RecordStep,
} from '../../src/store/persisted-record';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`tests/fixtures/storage/${name}`, 'utf8'));

describe('stored records', () => {
  it('reads a record written by version 1 (the first version), its assessment migrated to the current format', () => {
    const raw = fixture('record-v1.json');
    const before = structuredClone(raw);
    const read = readRecord(raw);
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    const migrated = migrateAssessment(raw.assessment as Record<string, unknown>, 1);
    expect(migrated.ok && read.record.assessment).toEqual(migrated.ok && migrated.value);
    expect(read.record).toMatchObject({
      version: RECORD_VERSION,
      rev: 4,
      lastExportedAt: '2026-06-02T16:00:00.000Z',
    });
    expect(raw).toEqual(before);
  });

  it('runs named migration steps in order, one per past version', () => {
    const steps: Record<number, RecordStep> = {
      1: { name: 'add-device-notes', up: (r) => ({ ...r, deviceNotes: '' }) },
      2: { name: 'rename-rev-to-writes', up: ({ rev, ...r }) => ({ ...r, writes: rev }) },
    };
    const migrated = migrateRecord(fixture('record-v1.json'), 1, steps, 3);
    expect(migrated).toMatchObject({ ok: true, value: { version: 3, deviceNotes: '', writes: 4 } });
  });

  it('reports a version with no migration step as unreadable rather than guessing', () => {
    expect(migrateRecord(fixture('record-v1.json'), 1, {}, 2)).toEqual({
      ok: false,
      message: 'no migration from stored version 1',
    });
  });

  it.each([
    ['record-newer-version.json', /newer version of this tool \(stored version 2/],
    ['record-newer-format.json', /newer version of this tool \(format version 9/],
  ])('refuses %s as made by a newer version, without changing it', (name, message) => {
    const raw = fixture(name);
    const before = structuredClone(raw);
    const read = readRecord(raw);
    expect(read).toEqual({ kind: 'newer', message: expect.stringMatching(message) });
    expect(raw).toEqual(before);
  });

  it.each([
    ['a string', 'not a record'],
    ['null', null],
    ['no version', { rev: 1, assessment: {} }],
    ['a version of 0', { version: 0, assessment: {} }],
    ['no assessment', { version: 1, rev: 1 }],
    ['a level of 7', fixture('record-corrupt-level.json')],
  ])('reports a record with %s as unreadable', (_label, raw) => {
    expect(readRecord(raw).kind).toBe('corrupt');
  });
});

describe('assessment shape check', () => {
  const v1 = migrateAssessment(fixture('record-v1.json').assessment as Record<string, unknown>, 1);
  const good = (v1.ok ? v1.value : {}) as Record<string, unknown>;
  it('accepts a well-formed assessment', () => {
    expect(assessmentShapeProblem(good)).toBeNull();
  });
  it.each([
    ['about.organisation', { ...good, about: { ...(good.about as object), organisation: 3 } }],
    ['answers', { ...good, answers: [] }],
    [
      'response kind',
      { ...good, answers: { 'a.b': { response: { kind: 'maybe' }, notes: '', evidence: '' } } },
    ],
    ['targets', { ...good, targets: { accountability: 9 } }],
    ['plan', { ...good, plan: [{ id: 'x' }] }],
    ['settings', { ...good, settings: {} }],
    ['baseline', { ...good, baseline: { assessmentId: 'x' } }],
  ])('finds a problem in %s', (_label, value) => {
    expect(assessmentShapeProblem(value)).not.toBeNull();
  });
});
