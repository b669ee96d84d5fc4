import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withAnswer } from '../../src/domain/answer-edits';
import { readAssessmentText, restoreAssessment } from '../../src/domain/assessment-file';
import type { Assessment } from '../../src/domain/assessment-schema';
import { fitToBank, questionsNewSince, toAnswerByTheme } from '../../src/domain/bank-upgrade';
import { readQuestionnaireText } from '../../src/domain/questionnaire-file';
import {
  allQuestions,
  questionnaireSchema,
  type Questionnaire,
} from '../../src/domain/questionnaire-schema';
import { bankVersionNote } from '../../src/domain/workshop-import-plan';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

function bankAt(file: string): Questionnaire {
  const r = readQuestionnaireText(read(file));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.issues)}`);
  return r.value;
}

const oldBank = bankAt('tests/fixtures/questionnaires/big-society-readiness-1.0.0.json');
const bank = bankAt('questionnaires/big-society-readiness.json');
const OLD_FILE = 'tests/fixtures/bank-upgrade/example-council-1.0.0.json';

/** The 1.x example as the app holds it: read against the bank it was made with, nothing dropped. */
function storedOld(): Assessment {
  const r = readAssessmentText(read(OLD_FILE), oldBank);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(r.value.droppedQuestionIds).toEqual([]);
  return r.value.assessment;
}

const oldIds = new Set(allQuestions(oldBank).map((q) => q.id));
const newIds = new Set(allQuestions(bank).map((q) => q.id));
const newIn2 = allQuestions(bank)
  .filter((q) => q.since === '2.0.0')
  .map((q) => q.id);

describe('opening an assessment made with bank 1.0.0 in bank 2.0.0', () => {
  const before = storedOld();
  const fit = fitToBank(before, bank);

  it('keeps every answer to a question both versions ask, unchanged', () => {
    const unchanged = Object.keys(before.answers).filter((id) => newIds.has(id));
    expect(unchanged.length).toBeGreaterThan(25);
    for (const id of unchanged) expect(fit.assessment.answers[id]).toEqual(before.answers[id]);
  });

  it('leaves out the answers to questions that were split, merged, refocused or removed', () => {
    const retired = Object.keys(before.answers).filter((id) => !newIds.has(id));
    expect(retired).toContain('strategic-planning.vcs-trust');
    expect(fit.droppedQuestionIds.sort()).toEqual(retired.sort());
    for (const id of retired) expect(fit.assessment.answers[id]).toBeUndefined();
  });

  it('lists exactly the questions that are new in 2.0.0 to answer, in bank order', () => {
    expect(newIn2.length).toBeGreaterThan(0);
    expect(fit.toAnswer).toEqual(newIn2);
    expect(newIn2.every((id) => !oldIds.has(id))).toBe(true);
    expect(
      toAnswerByTheme(bank, fit.toAnswer).flatMap((t) => t.questions.map((q) => q.id)),
    ).toEqual(newIn2);
  });

  it('keeps the version it was made with until the new questions are answered', () => {
    expect(fit.assessment.questionnaire).toEqual({ id: bank.id, version: '1.0.0' });
    const again = fitToBank(fit.assessment, bank);
    expect(again.assessment).toBe(fit.assessment);
    expect(again.toAnswer).toEqual(newIn2);
  });

  it('takes the new version once every listed question has an answer', () => {
    const [first, ...rest] = fit.toAnswer;
    const partly = withAnswer(fit.assessment, first!, { response: { kind: 'dont-know' } });
    expect(fitToBank(partly, bank).toAnswer).toEqual(rest);
    const answered = rest.reduce(
      (a, id) => withAnswer(a, id, { response: { kind: 'level', level: 2 } }),
      partly,
    );
    const done = fitToBank(answered, bank);
    expect(done.toAnswer).toEqual([]);
    expect(done.assessment.questionnaire.version).toBe(bank.version);
    expect(fitToBank(done.assessment, bank).assessment).toBe(done.assessment);
  });

  it('keeps plan actions, unlinking those whose question was retired, and fits the baseline', () => {
    const withBaseline: Assessment = {
      ...before,
      plan: [
        ...before.plan,
        { ...before.plan[0]!, id: 'retired-link', questionId: 'strategic-planning.vcs-trust' },
      ],
      baseline: {
        assessmentId: 'earlier',
        date: '2025-10-01',
        answers: { ...before.answers },
        targets: { ...before.targets },
      },
    };
    const fitted = fitToBank(withBaseline, bank).assessment;
    expect(fitted.plan).toHaveLength(withBaseline.plan.length);
    expect(fitted.plan.find((p) => p.id === 'retired-link')?.questionId).toBeNull();
    expect(Object.keys(fitted.baseline?.answers ?? {}).every((id) => newIds.has(id))).toBe(true);
    expect(fitted.baseline?.answers['capacity.funding-exposure']).toEqual(
      before.answers['capacity.funding-exposure'],
    );
  });
});

describe('importing a 1.x file', () => {
  it('fits it the same way and says how many questions are new', () => {
    const r = restoreAssessment(JSON.parse(read(OLD_FILE)), bank);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.toAnswer).toEqual(newIn2);
    expect(r.value.otherBankVersion).toBe('1.0.0');
    expect(bankVersionNote(r.value)).toMatch(
      new RegExp(`; ${newIn2.length} questions are new since then and not yet answered$`),
    );
  });
});

describe('questionsNewSince', () => {
  it('finds nothing new for an assessment made with the current version', () => {
    expect(questionsNewSince(bank, bank.version)).toEqual([]);
    expect(questionsNewSince(bank, '1.9.9').map((q) => q.id)).toEqual(newIn2);
  });
});

describe('the bank schema keeps ids from changing meaning', () => {
  const raw = () => JSON.parse(read('questionnaires/big-society-readiness.json'));
  const messages = (value: unknown) => {
    const r = questionnaireSchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('refuses a question that replaces an id the bank still asks', () => {
    const b = raw();
    b.themes[0].questions[1].replaces = [b.themes[0].questions[0].id];
    expect(messages(b)).toContain(
      `question "${b.themes[0].questions[0].id}" is still in the bank: a replaced question must be removed`,
    );
  });

  it('refuses a question introduced after the bank’s own version', () => {
    const b = raw();
    b.themes[0].questions[0].since = '9.0.0';
    expect(messages(b)).toContain(`is later than the bank's own version ${b.version}`);
  });
});
