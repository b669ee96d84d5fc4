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
const questionById = (id: string) => {
  const q = questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const oldBank = JSON.parse(
  read('tests/fixtures/questionnaires/big-society-readiness-1.0.0.json'),
) as Questionnaire;
const oldIds = new Set(allQuestions(oldBank).map((q) => q.id));

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

  // Themes follow the sources: motivation rests on one briefing section, strategic planning on
  // most of the Urban Forum post, so their sizes differ.
  it.each(bank.themes.map((t) => [t.id, t.questions.length] as const))(
    'theme %s has 6 to 11 questions (has %i)',
    (_id, count) => {
      expect(count).toBeGreaterThanOrEqual(6);
      expect(count).toBeLessThanOrEqual(11);
    },
  );

  it('has about 40 questions in all', () => {
    expect(questions.length).toBeGreaterThanOrEqual(38);
    expect(questions.length).toBeLessThanOrEqual(44);
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

  it('marks at least one and at most six questions critical, as its written rule says', () => {
    const critical = questions.filter((q) => q.critical).length;
    expect(critical).toBeGreaterThan(0);
    expect(critical).toBeLessThanOrEqual(6);
    expect(bank.criticalRule).toMatch(/No more than six questions are critical/);
  });

  it('weights follow the written weight rule: 2 for critical questions, 1 for the rest', () => {
    expect(bank.weightRule).toMatch(/Critical questions have weight 2/);
    for (const q of questions) expect([q.id, q.weight]).toEqual([q.id, q.critical ? 2 : 1]);
  });
});

describe('the level descriptors, written for the rating rule', () => {
  it('defines the thresholds the levels use, once, in the bank', () => {
    const terms = new Map((bank.terms ?? []).map((t) => [t.term, t.meaning]));
    expect(terms.get('every')).toMatch(/without exception/);
    expect(terms.get('most')).toBe('more than half.');
    expect(terms.get('at least one')).toBe('one or more.');
  });

  it.each(questions.map((q) => [q.id, q] as const))(
    '%s: each level from 2 up starts from the level below, and level 1 does not',
    (_id, q) => {
      expect(q.levels[1]).not.toMatch(/^All of level/);
      for (const n of [2, 3, 4])
        expect(q.levels[n]).toMatch(new RegExp(`^All of level ${n - 1}, and `));
    },
  );

  it.each(questions.map((q) => [q.id, q] as const))(
    '%s: no level adds more than three conditions',
    (_id, q) => {
      // A condition is a clause joined by ";" or ", and" after the "All of level n, and" opening.
      for (const level of q.levels.slice(1)) {
        const added = level.replace(/^All of level \d, and /, '');
        const clauses = added.split(/; |, and (?![^(]*\))/).length;
        expect(clauses, level).toBeLessThanOrEqual(3);
      }
    },
  );

  it.each(questions.map((q) => [q.id, q] as const))(
    '%s: no level depends on reputation or on what outsiders do',
    (_id, q) => {
      for (const level of q.levels) {
        expect(level).not.toMatch(
          /other councils (ask|use)|recognised|known for|reputation|media|as an example|as a model|nationally/i,
        );
      }
    },
  );

  it.each(questions.filter((q) => q.since !== undefined).map((q) => [q.id, q] as const))(
    'new question %s is not asked by the 1.0.0 bank',
    (id) => {
      expect(oldIds.has(id)).toBe(false);
    },
  );

  it('keeps every 1.0.0 question id, or names the questions that replace it', () => {
    const replaced = new Set(questions.flatMap((q) => q.replaces ?? []));
    const lost = [...oldIds].filter((id) => !questionIds.has(id) && !replaced.has(id));
    expect(lost).toEqual([]);
    const kept = questions.filter((q) => q.since === undefined).map((q) => q.id);
    expect(kept.filter((id) => !oldIds.has(id))).toEqual([]);
  });
});

describe('facts in the guidance', () => {
  const guidance = questions.map((q) => `${q.id}: ${q.guidance}`).join('\n');

  it('dates the Urban Forum post to August 2010, before the Spending Review', () => {
    const cites = questions.filter((q) => /Urban Forum/.test(q.guidance));
    expect(cites.length).toBeGreaterThan(0);
    expect(guidance).not.toMatch(/early 2011|in 2011 that not every/);
    expect(questionById('accountability.provider-failure').guidance).toMatch(
      /August 2010, before the Spending Review/,
    );
  });

  it('says the source tells councils when bins should be collected', () => {
    expect(questionById('centralism.local-discretion').guidance).toMatch(
      /when bins should be collected/,
    );
  });

  it('attributes the LSP point and the views to the Urban Forum author, and the network points to delegates', () => {
    expect(questionById('strategic-planning.partnership-forum').guidance).toMatch(
      /Replying to a reader, he added/,
    );
    expect(guidance).not.toMatch(/seminar's host|The 19 councils/);
    expect(questionById('capacity.council-skills').guidance).toMatch(/Delegates/);
  });

  it('adds no judgement of its own about Liverpool’s letter', () => {
    expect(guidance).not.toMatch(/last resort/);
  });

  it('marks what comes from outside the sources', () => {
    for (const q of questions) {
      if (
        /Ombudsman|general power of competence|assets of community value|local compact is|compacts between|Communities First|England only/.test(
          q.guidance,
        )
      )
        expect(q.guidance, q.id).toMatch(/Outside the sources:/);
    }
  });

  it('names both ombudsmen and tells Welsh councils how to answer Place Survey questions', () => {
    expect(questionById('accountability.complaints-route').guidance).toMatch(
      /Local Government Ombudsman.*Public Services Ombudsman for Wales/,
    );
    expect(questionById('motivation.local-baseline').guidance).toMatch(/A Welsh council should/);
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
