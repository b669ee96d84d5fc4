import type { Assessment } from './assessment-schema';
import { figuresFor, ROLES_IN_ORDER } from './aggregate-figures';
import {
  compareFractions,
  varianceFraction,
  type Fraction,
  type CountBy,
  type GroupStats,
} from './aggregate-stats';
import type { Role } from './options';
import type { Questionnaire } from './questionnaire-schema';
import { councilVsVcsFigures } from './aggregate-roles';
import { answerCodes } from './aggregate-units';
import { compareNames } from './aggregate-labels';
import { scoreOnce } from './aggregate-scores';
import type { AssessmentResult } from './scoring';
import { canonicalKey } from './workshop';
import { orgKeyOf } from './workshop-letters';

/** One response. Its position, id and organisation key are for the program only, never shown. */
export type Participant = {
  index: number;
  id: string;
  orgKey: string;
  role: Role;
  result: AssessmentResult;
  /** The overall score, or null when there is none or the respondent chose to hide it. */
  overall: number | null;
  overallHidden: boolean;
  /** Answers by question position (see answerCodes): read once, not looked up by id each time. */
  answers: Int8Array;
  /** Theme scores by theme id, looked up thousands of times in a large workshop. */
  scores: Record<string, number | null>;
};

/** One organisation (after merges), with its figures: the median of its respondents'. */
export type Council = {
  key: string;
  /** "Council C" when anonymised, otherwise the organisation's name. */
  label: string;
  respondents: number;
  themes: { themeId: string; score: number | null }[];
  overall: number | null;
};

export type ThemeDistribution = {
  themeId: string;
  title: string;
  group: GroupStats;
  /** The values behind the figure (councils or responses), sorted; empty when the group is too small. */
  points: number[];
};

export type QuestionSpread = {
  questionId: string;
  themeId: string;
  text: string;
  critical: boolean;
  /** counts[level] = responses that chose that level. */
  counts: [number, number, number, number, number];
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  group: GroupStats;
  /** The standard deviation of the levels (or councils' median levels); null for fewer than 3. */
  disagreement: number | null;
  order: number;
};

export type ThemeRoleDifference = {
  themeId: string;
  title: string;
  council: GroupStats;
  vcs: GroupStats;
  /** Council median − VCS median, in score points; null unless both groups have at least 3. */
  difference: number | null;
};

export type QuestionRoleDifference = {
  questionId: string;
  themeId: string;
  text: string;
  council: GroupStats;
  vcs: GroupStats;
  /** Council mean level − VCS mean level; null unless both groups have at least 3. */
  difference: number | null;
};

export type RoleThemeFigures = {
  role: Role;
  respondents: number;
  themes: { themeId: string; group: GroupStats }[];
};

export type WorkshopAggregate = {
  questionnaire: { id: string; version: string };
  countBy: CountBy;
  anonymise: boolean;
  respondents: number;
  organisations: number;
  roleCounts: Record<Role, number>;
  participants: Participant[];
  /** In label order (Council A, Council B…, or names alphabetically). */
  councils: Council[];
  overall: GroupStats;
  themes: ThemeDistribution[];
  /** Most disagreement first; questions with too few levels to judge come last, in bank order. */
  questions: QuestionSpread[];
  byRole: RoleThemeFigures[];
  councilVsVcs: { themes: ThemeRoleDifference[]; questions: QuestionRoleDifference[] };
};

export type AggregateOptions = {
  anonymise: boolean;
  /** The workshop's letters by organisation key; every organisation must have one when anonymised. */
  letters: Readonly<Record<string, string>>;
  merges?: Readonly<Record<string, string>>;
  countBy?: CountBy;
};

export { ROLES_IN_ORDER };

function themeScores(result: AssessmentResult): Record<string, number | null> {
  const scores: Record<string, number | null> = {};
  for (const t of result.themes) scores[t.themeId] = t.score;
  return scores;
}

export function aggregate(
  questionnaire: Questionnaire,
  assessments: readonly Assessment[],
  options: AggregateOptions,
): WorkshopAggregate {
  const countBy = options.countBy ?? 'council';
  const merges = options.merges ?? {};
  const names = new Map<string, string>();
  const questionIds = questionnaire.themes.flatMap((t) => t.questions.map((q) => q.id));
  // Thousands of responses come from a few dozen organisations: each name is keyed once.
  const keys = new Map<string, string>();
  const participants: Participant[] = assessments.map((a, index) => {
    let own = keys.get(a.about.organisation);
    if (own === undefined) {
      own = orgKeyOf(a.about.organisation);
      keys.set(a.about.organisation, own);
    }
    const orgKey = canonicalKey(merges, own);
    if (own === orgKey || !names.has(orgKey)) names.set(orgKey, a.about.organisation.trim());
    const result = scoreOnce(questionnaire, a);
    const hidden = a.settings.hideOverall;
    return {
      index,
      id: a.id,
      orgKey,
      role: a.about.role,
      result,
      overall: hidden ? null : result.overall,
      overallHidden: hidden,
      answers: answerCodes(a.answers, questionIds),
      scores: themeScores(result),
    };
  });
  const byOrg = new Map<string, Participant[]>();
  for (const p of participants) {
    const list = byOrg.get(p.orgKey);
    if (list) list.push(p);
    else byOrg.set(p.orgKey, [p]);
  }
  const labelOf = (key: string) => {
    if (!options.anonymise) return names.get(key) as string;
    // A letter not yet drawn is never replaced by anything derived from the name.
    return `Council ${options.letters[key] ?? '(letter not yet drawn)'}`;
  };
  // Groups of participants that count as one unit each: councils, or single responses.
  const themeIds = questionnaire.themes.map((t) => t.id);
  const figures = figuresFor([...byOrg.values()], themeIds, questionIds.length, countBy);
  const OVERALL = themeIds.length;
  const councils: Council[] = [...byOrg.entries()]
    .map(([key, ps], gi) => ({
      key,
      label: labelOf(key),
      respondents: ps.length,
      themes: themeIds.map((themeId, t) => ({ themeId, score: figures.groupMedian(gi, t) })),
      overall: figures.groupMedian(gi, OVERALL),
    }))
    .sort((a, b) =>
      a.label.length !== b.label.length && options.anonymise
        ? a.label.length - b.label.length
        : compareNames(a.label, b.label),
    );

  const roleCounts = Object.fromEntries(ROLES_IN_ORDER.map((r) => [r, 0])) as Record<Role, number>;
  for (const p of participants) roleCounts[p.role] += 1;

  const themes: ThemeDistribution[] = questionnaire.themes.map((t, ti) => {
    const f = figures.score(null, ti);
    return {
      themeId: t.id,
      title: t.title,
      group: f.group,
      points: f.group.stats ? [...f.values].sort((a, b) => a - b) : [],
    };
  });

  let order = 0;
  const spread = new Map<string, Fraction>();
  const questions: QuestionSpread[] = questionnaire.themes.flatMap((t) =>
    t.questions.map((q) => {
      order += 1;
      const qi = order - 1;
      const f = figures.level(null, qi);
      if (f.group.stats) spread.set(q.id, varianceFraction(f.values));
      return {
        questionId: q.id,
        themeId: t.id,
        text: q.text,
        critical: q.critical,
        ...figures.tally(qi),
        group: f.group,
        disagreement: f.group.stats?.sd ?? null,
        order,
      };
    }),
  );
  questions.sort((a, b) => {
    if (a.group.stats && b.group.stats) {
      return (
        compareFractions(
          spread.get(b.questionId) as Fraction,
          spread.get(a.questionId) as Fraction,
        ) ||
        b.group.stats.iqr - a.group.stats.iqr ||
        a.order - b.order
      );
    }
    if (a.group.stats) return -1;
    if (b.group.stats) return 1;
    return a.order - b.order;
  });

  const councilVsVcs = councilVsVcsFigures(questionnaire, figures);

  const byRole: RoleThemeFigures[] = ROLES_IN_ORDER.filter((r) => roleCounts[r] > 0).map(
    (role) => ({
      role,
      respondents: roleCounts[role],
      themes: questionnaire.themes.map((t, ti) => ({
        themeId: t.id,
        group: figures.score([role], ti).group,
      })),
    }),
  );

  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    countBy,
    anonymise: options.anonymise,
    respondents: participants.length,
    organisations: byOrg.size,
    roleCounts,
    participants,
    councils,
    overall: figures.score(null, OVERALL).group,
    themes,
    questions,
    byRole,
    councilVsVcs,
  };
}
