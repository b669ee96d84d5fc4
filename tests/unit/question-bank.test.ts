import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAssessmentText, type RestoredAssessment } from '../../src/domain/assessment-file';
import { readQuestionnaireText } from '../../src/domain/questionnaire-file';
import { allQuestions, type Questionnaire } from '../../src/domain/questionnaire-schema';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

function loadBank(): Questionnaire {
  const result = readQuestionnaireText(read('questionnaires/big-society-readiness.json'));
  if (!result.ok) throw new Error(`bank is invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

const bank = loadBank();
const questions = allQuestions(bank);
const questionIds = new Set(questions.map((q) => q.id));

/** The question ids listed under a note's "## Cited by" heading. */
function citedBy(note: string): string[] {
  const section = note.split(/^## Cited by\s*$/m)[1] ?? '';
  return [...section.matchAll(/^- (\S+)\s*$/gm)].map((m) => m[1] as string);
}

describe('the built-in question bank', () => {
  it('passes the questionnaire schema', () => {
    const result = readQuestionnaireText(read('questionnaires/big-society-readiness.json'));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('has exactly the five themes of the guide, in order', () => {
    expect(bank.themes.map((t) => t.id)).toEqual([
      'accountability',
      'capacity',
      'motivation',
      'centralism',
      'strategic-planning',
    ]);
  });

  it.each(bank.themes.map((t) => [t.id, t.questions.length] as const))(
    'theme %s has 7 to 10 questions (has %i)',
    (_id, count) => {
      expect(count).toBeGreaterThanOrEqual(7);
      expect(count).toBeLessThanOrEqual(10);
    },
  );

  it('has at least 38 questions in all', () => {
    expect(questions.length).toBeGreaterThanOrEqual(38);
  });

  it.each(questions.map((q) => [q.id, q] as const))(
    '%s has five distinct level descriptors, a source and well-formed actions',
    (_id, q) => {
      expect(q.levels).toHaveLength(5);
      expect(q.levels.every((l) => l.trim().length > 0)).toBe(true);
      expect(new Set(q.levels.map((l) => l.trim().toLowerCase())).size).toBe(5);
      expect(q.sources.length).toBeGreaterThanOrEqual(1);
      expect(q.text.trim()).not.toBe('');
      expect(q.guidance.trim()).not.toBe('');
      expect(q.evidence.trim()).not.toBe('');
      for (const action of q.actions) {
        expect(action.levels.length).toBeGreaterThan(0);
        expect(action.levels.every((l) => Number.isInteger(l) && l >= 0 && l <= 4)).toBe(true);
        expect(new Set(action.levels).size).toBe(action.levels.length);
      }
    },
  );

  it('marks some questions critical in the bank, but not most of them', () => {
    const critical = questions.filter((q) => q.critical).length;
    expect(critical).toBeGreaterThan(0);
    expect(critical).toBeLessThan(questions.length / 2);
  });
});

describe('source notes in seeds/', () => {
  const cited = [...new Set(questions.flatMap((q) => q.sources))].sort();
  const notes = readdirSync(path.join(root, 'seeds'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -'.md'.length))
    .sort();

  it.each(cited)('cited source %s has a note', (id) => {
    expect(existsSync(path.join(root, 'seeds', `${id}.md`))).toBe(true);
  });

  it.each(notes)(
    'note %s starts with a title and lists exactly the questions that cite it',
    (id) => {
      const note = read(`seeds/${id}.md`);
      expect(note.split('\n')[0]).toMatch(/^# \S/);
      const expected = questions.filter((q) => q.sources.includes(id)).map((q) => q.id);
      const listed = citedBy(note);
      expect(new Set(listed).size).toBe(listed.length);
      expect([...listed].sort()).toEqual([...expected].sort());
    },
  );
});

describe('the example assessment', () => {
  const load = () => readAssessmentText(read('public/examples/example-council.json'), bank);
  let restored: RestoredAssessment | undefined;

  beforeAll(() => {
    const result = load();
    restored = result.ok ? result.value : undefined;
  });

  it('passes the assessment schema for the current bank without dropping anything', () => {
    const result = load();
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(restored?.droppedQuestionIds).toEqual([]);
    expect(restored?.otherBankVersion).toBeNull();
  });

  it('answers every question in the bank', () => {
    const answers = restored?.assessment.answers ?? {};
    const unanswered = questions.filter((q) => !answers[q.id]?.response).map((q) => q.id);
    expect(unanswered).toEqual([]);
    expect(Object.keys(answers).sort()).toEqual([...questionIds].sort());
  });

  it('refers only to themes, questions and suggested actions that exist in the bank', () => {
    const plan = restored?.assessment.plan ?? [];
    expect(plan.length).toBeGreaterThan(0);
    for (const action of plan) {
      const theme = bank.themes.find((t) => t.id === action.themeId);
      expect(theme, `theme of ${action.id}`).toBeDefined();
      if (action.questionId !== null) {
        expect(
          theme?.questions.some((q) => q.id === action.questionId),
          `question of ${action.id}`,
        ).toBe(true);
      }
      if (action.origin !== null) {
        const [questionId, actionId] = action.origin.split('#');
        const question = questions.find((q) => q.id === questionId);
        expect(
          question?.actions.some((a) => a.id === actionId),
          `origin of ${action.id}`,
        ).toBe(true);
        expect(questionId).toBe(action.questionId);
      }
    }
  });
});
