import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentSchema, type Assessment } from '../../src/domain/assessment-schema';
import { assessmentShapeProblem } from '../../src/domain/assessment-shape';
import { AUTHORITY_TYPES, MARKINGS, PRIORITIES, ROLES, STATUSES } from '../../src/domain/options';
import { makeRecord } from '../../src/store/persisted-record';
import { memoryStorage } from '../../src/store/storage-adapter';
import { assessmentKey } from '../../src/store/storage-keys';
import { assessmentRulesProblem } from '../../src/store/strict-check';
import { makeAssessment } from '../component/journey-helpers';
import { makeLibrary } from './store-helpers';

const at = new Date('2026-11-22T10:00:00.000Z');
const oneOf = (o: Record<string, string>, ...wrong: string[]) =>
  fc.constantFrom(...Object.keys(o), ...wrong);

/** Records as they might be found in storage: mostly valid, sometimes with a value the file schema refuses. */
const storedAssessment = fc
  .record({
    marking: oneOf(MARKINGS, 'SECRET', ''),
    role: oneOf(ROLES, 'mayor'),
    authorityType: oneOf(AUTHORITY_TYPES, 'parish'),
    level: fc.constantFrom(0, 1, 2, 3, 4, 5, -1),
    priority: oneOf(PRIORITIES, 'urgent'),
    status: oneOf(STATUSES, 'abandoned'),
    notes: fc.string({ maxLength: 30 }),
    date: fc.constantFrom('2026-11-01', '2026-02-30', '1 Nov 2026'),
    id: fc.constantFrom('a1', 'a/b', '../..'),
  })
  .map(({ marking, role, authorityType, level, priority, status, notes, date, id }) => {
    const base = makeAssessment();
    return {
      ...base,
      id,
      about: { ...base.about, marking, role, authorityType, date },
      answers: {
        'accountability.scrutiny': {
          response: { kind: 'level', level },
          notes,
          evidence: '',
        },
      },
      plan: [
        {
          id: 'p1',
          text: 'Agree a template',
          themeId: 'accountability',
          questionId: null,
          priority,
          owner: '',
          due: '',
          status,
          measure: '',
          resources: '',
          needsDecision: false,
          origin: null,
        },
      ],
    } as unknown as Assessment;
  });

describe('one set of rules for every copy of an assessment', () => {
  it('the start-up shape check never refuses what the file schema accepts (property)', () => {
    fc.assert(
      fc.property(storedAssessment, (a) => {
        if (assessmentSchema.safeParse(a).success) expect(assessmentShapeProblem(a)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('the library keeps exactly the stored records the file schema accepts; the rest are reported, kept and never written over (property)', async () => {
    await fc.assert(
      fc.asyncProperty(storedAssessment, async (a) => {
        const key = assessmentKey('x1');
        const stored = makeRecord({ ...a, id: 'x1' }, 3, null, at);
        const storage = memoryStorage({ [key]: stored });
        const lib = makeLibrary(storage);
        await lib.init();
        await lib.enforce(assessmentRulesProblem);
        const valid = assessmentSchema.safeParse({ ...a, id: 'x1' }).success;
        const s = lib.useStore.getState();
        expect(Object.keys(s.assessments)).toEqual(valid ? ['x1'] : []);
        if (!valid) {
          expect(s.problems).toEqual([
            expect.objectContaining({ key, kind: 'corrupt', raw: stored }),
          ]);
          lib.addAssessments([makeAssessment({ id: 'x1' })]);
          await lib.flush();
          expect(storage.data.get(key)).toEqual(stored);
        }
        lib.dispose();
      }),
      { numRuns: 60 },
    );
  });

  it('a stored marking of SECRET is reported in plain words, not shown as "No marking"', async () => {
    const key = assessmentKey('a1');
    const base = makeAssessment();
    const secret = {
      ...base,
      about: { ...base.about, marking: 'SECRET' },
    } as unknown as Assessment;
    const lib = makeLibrary(memoryStorage({ [key]: makeRecord(secret, 1, null, at) }));
    await lib.init();
    expect(Object.keys(lib.useStore.getState().assessments)).toEqual(['a1']);
    await lib.enforce(assessmentRulesProblem);
    expect(lib.useStore.getState().assessments).toEqual({});
    expect(lib.useStore.getState().problems[0]?.message).toMatch(
      /^the saved assessment does not meet this tool’s rules: .*about\.marking/,
    );
    lib.dispose();
  });
});
