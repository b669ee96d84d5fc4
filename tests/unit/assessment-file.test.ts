// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { assessmentLabel } from '../../src/domain/format';
import { describe, expect, it } from 'vitest';
import {
  duplicateAsReassessment,
  newAssessment,
  readAssessmentText,
  restoreAssessment,
  serialiseAssessment,
} from '../../src/domain/assessment-file';
import { assessmentSchema, type About } from '../../src/domain/assessment-schema';
import { migrateAssessment, runMigrations, type MigrationStep } from '../../src/domain/migrations';
import { ASSESSMENT_FORMAT_VERSION } from '../../src/domain/options';
import { readQuestionnaireText } from '../../src/domain/questionnaire-file';
import type { Questionnaire } from '../../src/domain/questionnaire-schema';
import type { Result } from '../../src/domain/result';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const text = (path: string) => readFileSync(new URL(path, FIXTURES), 'utf8');
const json = (path: string) => JSON.parse(text(path)) as Record<string, unknown>;

const bankResult = readQuestionnaireText(text('questionnaires/small-bank.json'));
if (!bankResult.ok) throw new Error('the small fixture bank must be valid');
const bank: Questionnaire = bankResult.value;

function issuesOf<T>(r: Result<T>) {
  if (r.ok) throw new Error('expected a refusal');
  return r.issues;
}

describe('restoreAssessment', () => {
  it('restores a valid file unchanged', () => {
    const r = readAssessmentText(text('assessments/small-valid.json'), bank);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({
      assessment: json('assessments/small-valid.json'),
      droppedQuestionIds: [],
      otherBankVersion: null,
      toAnswer: [],
    });
  });

  it.each([
    [
      'a newer format version',
      'assessments/newer-format.json',
      'formatVersion',
      /newer version of the tool \(format version 9; this version reads up to 2\)/,
    ],
    [
      'another question bank',
      'assessments/other-bank.json',
      'questionnaire.id',
      /different question bank \("another-bank"; this tool uses "small-bank"\)/,
    ],
  ])('refuses a file from %s', (_, file, path, message) => {
    const issues = issuesOf(readAssessmentText(text(file), bank));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.message).toMatch(message);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['an array', [], '', /expected a JSON object/],
    ['null', null, '', /expected a JSON object/],
    ['a question bank', { format: 'readiness-questionnaire' }, 'format', /not an assessment file/],
    [
      'a file without a format version',
      { format: 'readiness-assessment' },
      'formatVersion',
      /missing or invalid/,
    ],
    [
      'format version 0',
      { format: 'readiness-assessment', formatVersion: 0 },
      'formatVersion',
      /missing or invalid/,
    ],
    [
      'format version 1.5',
      { format: 'readiness-assessment', formatVersion: 1.5 },
      'formatVersion',
      /missing or invalid/,
    ],
    [
      'format version "1"',
      { format: 'readiness-assessment', formatVersion: '1' },
      'formatVersion',
      /missing or invalid/,
    ],
  ])('refuses %s', (_, value, path, message) => {
    const issues = issuesOf(restoreAssessment(value, bank));
    expect(issues[0]!.path).toBe(path);
    expect(issues[0]!.message).toMatch(message);
  });

  it('rejects unknown keys, naming each key and where it is', () => {
    expect(issuesOf(readAssessmentText(text('assessments/unknown-keys.json'), bank))).toEqual([
      { path: 'answers["beta.skills"]', message: 'unknown key "score"' },
      { path: '', message: 'unknown key "colour"' },
    ]);
  });

  it('refuses a constructor key before looking at the content', () => {
    expect(issuesOf(readAssessmentText(text('assessments/constructor-key.json'), bank))).toEqual([
      {
        path: 'answers["beta.skills"].constructor',
        message: 'the file contains a forbidden key "constructor"',
      },
    ]);
  });

  describe('a file made with another version of the same bank', () => {
    const r = readAssessmentText(text('assessments/older-bank-version.json'), bank);
    const restored = r.ok ? r.value : null;

    it('is accepted and says which version it was made with', () => {
      expect(restored?.otherBankVersion).toBe('0.9.0');
      expect(restored?.assessment.questionnaire).toEqual({ id: 'small-bank', version: '1.0.0' });
    });

    it('keeps the answers to questions the bank still has', () => {
      const original = json('assessments/older-bank-version.json').answers as Record<
        string,
        unknown
      >;
      expect(Object.keys(restored!.assessment.answers).sort()).toEqual([
        'alpha.openness',
        'alpha.review',
        'alpha.scrutiny',
        'beta.funding',
        'beta.skills',
      ]);
      expect(restored!.assessment.answers['alpha.openness']).toEqual(original['alpha.openness']);
    });

    it('lists the question ids whose answers were dropped', () => {
      expect(restored!.droppedQuestionIds).toEqual(['alpha.retired', 'delta.gone']);
    });

    it('drops targets and plan actions for themes the bank does not have', () => {
      expect(restored!.assessment.targets).toEqual({ gamma: 2 });
      expect(restored!.assessment.plan.map((p) => p.id)).toEqual(['p1']);
    });
  });

  it("clears a plan action's link to a question the bank no longer has, keeping the action", () => {
    const a = json('assessments/small-valid.json');
    (a.plan as Record<string, unknown>[])[0]!.questionId = 'alpha.retired';
    const r = restoreAssessment(a, bank);
    expect(r.ok && r.value.assessment.plan[0]).toMatchObject({ id: 'p1', questionId: null });
  });

  it('fits a baseline to the bank as well', () => {
    const a = json('assessments/format-v1.json');
    (a.baseline as { answers: Record<string, unknown> }).answers['alpha.retired'] = {
      response: { kind: 'level', level: 1 },
    };
    const r = restoreAssessment(a, bank);
    expect(r.ok && Object.keys(r.value.assessment.baseline!.answers)).toEqual(['alpha.scrutiny']);
  });

  it.each(
    readdirSync(new URL('assessments/', FIXTURES)).filter((f) => /^format-v\d+\.json$/.test(f)),
  )('reads the past format fixture %s into the current format', (file) => {
    const r = readAssessmentText(text(`assessments/${file}`), bank);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.assessment.formatVersion).toBe(ASSESSMENT_FORMAT_VERSION);
  });

  it('has a fixture for every format version up to the current one', () => {
    const versions = readdirSync(new URL('assessments/', FIXTURES))
      .flatMap((f) => /^format-v(\d+)\.json$/.exec(f)?.[1] ?? [])
      .map(Number);
    expect(versions.sort()).toEqual(
      Array.from({ length: ASSESSMENT_FORMAT_VERSION }, (_, i) => i + 1),
    );
  });
});

describe('migrations', () => {
  const steps: Record<number, MigrationStep> = {
    1: {
      name: 'rename notes to comments',
      up: (v) => ({ ...v, comments: v.notes, notes: undefined }),
    },
    2: { name: 'add tags', up: (v) => ({ ...v, tags: [] }) },
  };

  it('runs each step in turn and stamps the new version', () => {
    const r = runMigrations({ formatVersion: 1, notes: 'n' }, 1, 3, steps);
    expect(r).toEqual({
      ok: true,
      value: { formatVersion: 3, comments: 'n', notes: undefined, tags: [] },
    });
  });

  it("starts from the file's own version", () => {
    expect(runMigrations({ formatVersion: 2 }, 2, 3, steps)).toEqual({
      ok: true,
      value: { formatVersion: 3, tags: [] },
    });
  });

  it('leaves a current file alone', () => {
    const value = { formatVersion: 3, a: 1 };
    expect(runMigrations(value, 3, 3, steps)).toEqual({ ok: true, value });
  });

  it('refuses when a step is missing', () => {
    expect(runMigrations({ formatVersion: 0 }, 0, 3, steps)).toEqual({
      ok: false,
      issues: [{ path: 'formatVersion', message: 'no migration from format version 0' }],
    });
  });

  it('does not change the input', () => {
    const value = { formatVersion: 1, notes: 'n' };
    runMigrations(value, 1, 3, steps);
    expect(value).toEqual({ formatVersion: 1, notes: 'n' });
  });

  it('has a step for every past version of the real format', () => {
    for (let v = 1; v <= ASSESSMENT_FORMAT_VERSION; v += 1) {
      expect(migrateAssessment({ formatVersion: v }, v).ok).toBe(true);
    }
  });
});

describe('new, serialised and duplicated assessments', () => {
  const about: About = {
    organisation: 'Testborough Council',
    respondentOrganisation: '',
    authorityType: 'district',
    role: 'officer',
    date: '2026-01-05',
    marking: 'none',
  };
  const now = new Date('2026-01-05T10:00:00.000Z');

  it('creates a valid, empty assessment for the bank', () => {
    const a = newAssessment(bank, about, 'new-1', now);
    expect(assessmentSchema.safeParse(a).success).toBe(true);
    expect(a).toMatchObject({
      id: 'new-1',
      questionnaire: { id: 'small-bank', version: '1.0.0' },
      answers: {},
      createdAt: now.toISOString(),
    });
  });

  it('reads back what it writes', () => {
    const r = readAssessmentText(text('assessments/format-v1.json'), bank);
    if (!r.ok) throw new Error('fixture must be valid');
    const again = readAssessmentText(serialiseAssessment(r.value.assessment), bank);
    expect(again.ok && again.value.assessment).toEqual(r.value.assessment);
  });

  it('duplicates as a re-assessment with the earlier answers as its baseline', () => {
    const r = readAssessmentText(text('assessments/small-valid.json'), bank);
    if (!r.ok) throw new Error('fixture must be valid');
    const earlier = r.value.assessment;
    const later = duplicateAsReassessment(earlier, 'again', new Date('2027-03-01T12:00:00.000Z'));
    expect(later).toMatchObject({
      id: 'again',
      name: `Re-assessment of ${assessmentLabel(earlier)}`,
      about: { date: '2027-03-01' },
      answers: earlier.answers,
    });
    expect(later.baseline).toEqual({
      assessmentId: earlier.id,
      date: earlier.about.date,
      answers: earlier.answers,
      targets: earlier.targets,
    });
    expect(later.answers).not.toBe(earlier.answers);
    expect(assessmentSchema.safeParse(later).success).toBe(true);
  });
});
