import type { Assessment } from './assessment-schema';
import type { Question, Questionnaire } from './questionnaire-schema';
import { allQuestions } from './questionnaire-queries';
import { compareVersions } from './semver';

/** An assessment fitted to the current question bank, and what fitting it changed. */
export type BankFit = {
  assessment: Assessment;
  /** Answers to question ids that the current bank does not ask (retired, split or merged); left out. */
  droppedQuestionIds: string[];
  /**
   * Questions that the bank added (with `since`) after the version the assessment was made with,
   * and that are not yet answered: the changed or new questions to answer again.
   */
  toAnswer: string[];
};

/** Questions whose ids were introduced after `version`: an assessment made with it has not seen them. */
export function questionsNewSince(bank: Questionnaire, version: string): Question[] {
  return [...newSince(bank, version)];
}

/**
 * What fitting reads from a bank, worked out once per bank (a bank is never changed once loaded):
 * a workshop fits thousands of files to the same bank.
 */
type BankIndex = {
  known: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  newSince: Map<string, readonly Question[]>;
};
const indexes = new WeakMap<Questionnaire, BankIndex>();

function indexOf(bank: Questionnaire): BankIndex {
  let index = indexes.get(bank);
  if (!index) {
    index = {
      known: new Set(allQuestions(bank).map((q) => q.id)),
      themes: new Set(bank.themes.map((t) => t.id)),
      newSince: new Map(),
    };
    indexes.set(bank, index);
  }
  return index;
}

function newSince(bank: Questionnaire, version: string): readonly Question[] {
  const index = indexOf(bank);
  let list = index.newSince.get(version);
  if (!list) {
    list = allQuestions(bank).filter(
      (q) => q.since !== undefined && compareVersions(q.since, version) > 0,
    );
    index.newSince.set(version, list);
  }
  return list;
}

const keepKeys = <T>(record: Record<string, T>, allowed: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => allowed.has(k)));

/**
 * Fit an assessment to the current bank, as import does for files and as opening a stored
 * assessment does: every answer to an id the bank still asks is kept (an id never changes
 * meaning), answers to ids it no longer asks are left out, and questions new since the version
 * the assessment was made with are listed to answer. The assessment keeps that older version
 * number until every one of them has a response, so the list survives saving, closing and
 * exporting; then it takes the bank's version. Returns the very same object when nothing changes.
 */
export function fitToBank(a: Assessment, bank: Questionnaire): BankFit {
  const { known, themes } = indexOf(bank);
  const droppedQuestionIds = Object.keys(a.answers).filter((id) => !known.has(id));
  const made = a.questionnaire.version;
  const toAnswer = newSince(bank, made)
    .filter((q) => !a.answers[q.id]?.response)
    .map((q) => q.id);
  const version =
    toAnswer.length > 0 && compareVersions(made, bank.version) < 0 ? made : bank.version;

  const unchanged =
    droppedQuestionIds.length === 0 &&
    a.questionnaire.id === bank.id &&
    a.questionnaire.version === version &&
    Object.keys(a.targets).every((t) => themes.has(t)) &&
    a.plan.every((p) => themes.has(p.themeId) && (!p.questionId || known.has(p.questionId))) &&
    (a.baseline === null ||
      (Object.keys(a.baseline.answers).every((id) => known.has(id)) &&
        Object.keys(a.baseline.targets).every((t) => themes.has(t))));
  if (unchanged) return { assessment: a, droppedQuestionIds, toAnswer };

  const assessment: Assessment = {
    ...a,
    answers: keepKeys(a.answers, known),
    targets: keepKeys(a.targets, themes),
    plan: a.plan
      .filter((p) => themes.has(p.themeId))
      .map((p) => (p.questionId && !known.has(p.questionId) ? { ...p, questionId: null } : p)),
    baseline: a.baseline
      ? {
          ...a.baseline,
          answers: keepKeys(a.baseline.answers, known),
          targets: keepKeys(a.baseline.targets, themes),
        }
      : null,
    questionnaire: { id: bank.id, version },
  };
  return { assessment, droppedQuestionIds, toAnswer };
}

/** The questions still to answer after a bank upgrade, grouped by theme in bank order. */
export function toAnswerByTheme(
  bank: Questionnaire,
  toAnswer: readonly string[],
): { themeId: string; title: string; questions: Question[] }[] {
  const wanted = new Set(toAnswer);
  return bank.themes
    .map((t) => ({
      themeId: t.id,
      title: t.title,
      questions: t.questions.filter((q) => wanted.has(q.id)),
    }))
    .filter((t) => t.questions.length > 0);
}
