// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerSchema, assessmentSchema } from '../../src/domain/assessment-schema';
import { readQuestionnaireText, restoreQuestionnaire } from '../../src/domain/questionnaire-file';
import {
  crossCheckQuestionnaire,
  questionnaireSchema,
} from '../../src/domain/questionnaire-schema';
import type { Issue } from '../../src/domain/result';
import { parseWith } from '../../src/domain/safe-json';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/questionnaires/${name}`, import.meta.url), 'utf8');
const smallBank = () =>
  JSON.parse(fixture('small-bank.json')) as Record<string, unknown> & {
    themes: { id: string; questions: Record<string, unknown>[] }[];
  };

function issuesOf(text: string): Issue[] {
  const r = readQuestionnaireText(text);
  if (r.ok) throw new Error('expected the bank to be rejected');
  return r.issues;
}

describe('question bank schema', () => {
  it('accepts the small fixture bank and fills in defaults', () => {
    const r = readQuestionnaireText(fixture('small-bank.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const review = r.value.themes[0]!.questions[2]!;
    expect(review).toMatchObject({ id: 'alpha.review', weight: 1, critical: false, actions: [] });
  });

  it.each([
    {
      file: 'broken-missing-level.json',
      path: 'themes[0].questions[1].levels',
      message: 'must have exactly five level descriptors (levels 0 to 4)',
    },
    {
      file: 'broken-duplicate-id.json',
      path: 'themes[1].questions[1].id',
      message: 'duplicate question id "beta.funding" (also at themes[1].questions[0])',
    },
    {
      file: 'broken-empty-theme.json',
      path: 'themes[2].questions',
      message: 'a theme must have at least one question',
    },
  ])('rejects $file naming the JSON path $path', ({ file, path, message }) => {
    expect(issuesOf(fixture(file))).toEqual([{ path, message }]);
  });

  it('reports every problem in a bank, each with its path', () => {
    expect(issuesOf(fixture('broken-unknown-key-and-weight.json'))).toEqual([
      { path: 'themes[0].questions[0]', message: 'unknown key "colour"' },
      { path: 'themes[1].questions[0].weight', message: 'must be more than 0' },
    ]);
  });

  it('reports a duplicate id in the same pass as a shape problem', () => {
    const bank = smallBank();
    (bank.themes[0]!.questions[1]!.levels as string[]).pop();
    bank.themes[1]!.questions[1]!.id = 'beta.funding';
    bank.themes[2]!.questions[0]!.id = 'beta.only';
    expect(issuesOf(JSON.stringify(bank))).toEqual([
      {
        path: 'themes[0].questions[1].levels',
        message: 'must have exactly five level descriptors (levels 0 to 4)',
      },
      {
        path: 'themes[1].questions[1].id',
        message: 'duplicate question id "beta.funding" (also at themes[1].questions[0])',
      },
      {
        path: 'themes[2].questions[0].id',
        message: 'question id must start with its theme id "gamma."',
      },
    ]);
  });

  it.each<[string, unknown]>([
    ['a number', 42],
    ['themes that are not objects', { themes: [null, 3, { questions: 'x' }] }],
    [
      'questions that are not objects',
      { themes: [{ id: 'a', questions: [null, { id: 7 }, { id: 'a.x', actions: [null] }] }] },
    ],
  ])('cross-checks %s without throwing', (_, value) => {
    expect(() => crossCheckQuestionnaire(value)).not.toThrow();
  });

  type Edit = (bank: ReturnType<typeof smallBank>) => void;
  it.each<{ case: string; edit: Edit; path: string; message: RegExp }>([
    {
      case: 'an empty level descriptor',
      edit: (b) => ((b.themes[0]!.questions[0]!.levels as string[])[3] = '  '),
      path: 'themes[0].questions[0].levels[3]',
      message: /must not be empty/,
    },
    {
      case: 'six level descriptors',
      edit: (b) => (b.themes[0]!.questions[0]!.levels as string[]).push('Level 5.'),
      path: 'themes[0].questions[0].levels',
      message: /exactly five level descriptors/,
    },
    {
      case: 'a question id outside its theme',
      edit: (b) => (b.themes[1]!.questions[1]!.id = 'alpha.skills'),
      path: 'themes[1].questions[1].id',
      message: /must start with its theme id "beta\."/,
    },
    {
      case: 'a malformed question id',
      edit: (b) => (b.themes[0]!.questions[0]!.id = 'Alpha Scrutiny'),
      path: 'themes[0].questions[0].id',
      message: /must be "<theme id>\.<slug>"/,
    },
    {
      case: 'a duplicate theme id',
      edit: (b) => {
        b.themes[2]!.id = 'beta';
        b.themes[2]!.questions[0]!.id = 'beta.only';
      },
      path: 'themes[2].id',
      message: /duplicate theme id "beta"/,
    },
    {
      case: 'no themes',
      edit: (b) => (b.themes = []),
      path: 'themes',
      message: /.+/,
    },
    {
      case: 'a question without sources',
      edit: (b) => (b.themes[0]!.questions[0]!.sources = []),
      path: 'themes[0].questions[0].sources',
      message: /at least one source/,
    },
    {
      case: 'an action for level 5',
      edit: (b) =>
        ((b.themes[0]!.questions[0]!.actions as { levels: number[] }[])[0]!.levels = [5]),
      path: 'themes[0].questions[0].actions[0].levels[0]',
      message: /from 0 to 4/,
    },
    {
      case: 'an action with no levels',
      edit: (b) => ((b.themes[0]!.questions[0]!.actions as { levels: number[] }[])[0]!.levels = []),
      path: 'themes[0].questions[0].actions[0].levels',
      message: /at least one level/,
    },
    {
      case: 'a duplicate action id',
      edit: (b) =>
        ((b.themes[0]!.questions[0]!.actions as { id: string }[])[1]!.id = 'agree-framework'),
      path: 'themes[0].questions[0].actions[1].id',
      message: /duplicate action id "agree-framework"/,
    },
    {
      case: 'a weight over 10',
      edit: (b) => (b.themes[0]!.questions[0]!.weight = 11),
      path: 'themes[0].questions[0].weight',
      message: /10 or less/,
    },
    {
      case: 'a missing evidence prompt',
      edit: (b) => delete b.themes[0]!.questions[0]!.evidence,
      path: 'themes[0].questions[0].evidence',
      message: /is missing/,
    },
    {
      case: 'a version that is not semantic',
      edit: (b) => (b.version = 'v2'),
      path: 'version',
      message: /semantic version/,
    },
    {
      case: 'four scale labels',
      edit: (b) => (b.scale as string[]).pop(),
      path: 'scale',
      message: /exactly five labels/,
    },
  ])('rejects $case at $path', ({ edit, path, message }) => {
    const bank = smallBank();
    edit(bank);
    const issues = issuesOf(JSON.stringify(bank));
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)!.message).toMatch(message);
  });

  it.each([
    [{ format: 'something-else' }, 'format', /not a question bank/],
    [{ formatVersion: 9 }, 'formatVersion', /newer version/],
  ])('refuses %j', (change, path, message) => {
    const r = restoreQuestionnaire({ ...smallBank(), ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]!.path).toBe(path);
      expect(r.issues[0]!.message).toMatch(message);
    }
  });

  it('accepts a $schema reference for editors', () => {
    expect(
      questionnaireSchema.safeParse({ ...smallBank(), $schema: './questionnaire.schema.json' })
        .success,
    ).toBe(true);
  });
});

describe('assessment schema', () => {
  const valid = () =>
    JSON.parse(
      readFileSync(new URL('../fixtures/assessments/small-valid.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;

  it('accepts the small valid assessment', () => {
    expect(parseWith(assessmentSchema, valid()).ok).toBe(true);
  });

  it.each<{ case: string; answer: unknown; path: string; message: RegExp }>([
    {
      case: 'level 5',
      answer: { response: { kind: 'level', level: 5 } },
      path: 'response.level',
      message: /from 0 to 4/,
    },
    {
      case: 'level 2.5',
      answer: { response: { kind: 'level', level: 2.5 } },
      path: 'response.level',
      message: /from 0 to 4/,
    },
    {
      case: 'a level given as text',
      answer: { response: { kind: 'level', level: '2' } },
      path: 'response.level',
      message: /from 0 to 4/,
    },
    {
      case: 'an unknown kind',
      answer: { response: { kind: 'maybe' } },
      path: 'response.kind',
      message: /dont-know/,
    },
    {
      case: 'not applicable without a reason',
      answer: { response: { kind: 'not-applicable' } },
      path: 'response.reason',
      message: /missing/,
    },
    {
      case: 'an unknown key',
      answer: { response: null, score: 3 },
      path: '',
      message: /unknown key "score"/,
    },
  ])('rejects an answer with $case', ({ answer, path, message }) => {
    const r = parseWith(answerSchema, answer);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]!.path).toBe(path);
      expect(r.issues[0]!.message).toMatch(message);
    }
  });

  it("fills in an answer's defaults", () => {
    expect(parseWith(answerSchema, {})).toEqual({
      ok: true,
      value: { response: null, notes: '', evidence: '' },
    });
  });

  it.each<{
    case: string;
    edit: (a: Record<string, unknown>) => void;
    path: string;
    message: RegExp;
  }>([
    {
      case: 'a date that does not exist',
      edit: (a) => ((a.about as Record<string, unknown>).date = '2026-02-30'),
      path: 'about.date',
      message: /real date/,
    },
    {
      case: 'an unknown marking',
      edit: (a) => ((a.about as Record<string, unknown>).marking = 'SECRET'),
      path: 'about.marking',
      message: /protective marking/,
    },
    {
      case: 'an answer keyed by something that is not a question id',
      edit: (a) => ((a.answers as Record<string, unknown>)['hello'] = {}),
      path: 'answers.hello',
      message: /key "hello" must be a question id/,
    },
    {
      case: 'a target of 5',
      edit: (a) => (a.targets = { alpha: 5 }),
      path: 'targets.alpha',
      message: /from 0 to 4/,
    },
    {
      case: 'an unknown top-level key',
      edit: (a) => (a.colour = 'blue'),
      path: '',
      message: /unknown key "colour"/,
    },
  ])('rejects $case at "$path"', ({ edit, path, message }) => {
    const a = valid();
    edit(a);
    const r = parseWith(assessmentSchema, a);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.path)).toContain(path);
      expect(r.issues.find((i) => i.path === path)!.message).toMatch(message);
    }
  });
});
