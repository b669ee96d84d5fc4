import type { Assessment } from './assessment-schema';
import { participantLabels } from './aggregate-labels';
import {
  groupStats,
  positionAgainst,
  quantileSorted,
  type GroupStats,
  type Position,
  type Stats,
} from './aggregate-stats';
import type { Role } from './options';
import type { Questionnaire } from './questionnaire-schema';
import { levelOf, scoreAssessment, type AssessmentResult } from './scoring';

export type Participant = {
  id: string;
  /** What displays and exports show: "Council A" when anonymised. */
  label: string;
  /** Same for every respondent of one organisation (its name, normalised); never shown. */
  orgKey: string;
  orgLabel: string;
  role: Role;
  result: AssessmentResult;
};

export type ThemeDistribution = {
  themeId: string;
  title: string;
  /** Respondents with a score for the theme; the others answered no question in it with a level. */
  group: GroupStats;
  positions: { participantId: string; label: string; score: number }[];
};

export type QuestionSpread = {
  questionId: string;
  themeId: string;
  text: string;
  critical: boolean;
  /** counts[level] = respondents who chose that level. */
  counts: [number, number, number, number, number];
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  group: GroupStats;
  /** Disagreement is the standard deviation of the levels chosen; null for fewer than 3 levels. */
  disagreement: number | null;
  order: number;
};

/** The council's view (officers and elected members) against the voluntary and community sector's. */
export const COUNCIL_ROLES: readonly Role[] = ['officer', 'member'];
export const VCS_ROLES: readonly Role[] = ['vcs'];

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
  /** Council mean level − VCS mean level; null unless both groups have at least 3 levels. */
  difference: number | null;
};

export type RoleThemeFigures = {
  role: Role;
  respondents: number;
  themes: { themeId: string; group: GroupStats }[];
};

export type WorkshopAggregate = {
  questionnaire: { id: string; version: string };
  respondents: number;
  organisations: number;
  roleCounts: Record<Role, number>;
  participants: Participant[];
  overall: GroupStats;
  themes: ThemeDistribution[];
  /** Most disagreement first; questions with too few levels to judge come last, in bank order. */
  questions: QuestionSpread[];
  byRole: RoleThemeFigures[];
  councilVsVcs: { themes: ThemeRoleDifference[]; questions: QuestionRoleDifference[] };
};

const ROLES_IN_ORDER: Role[] = ['officer', 'member', 'vcs', 'public-partner', 'other'];

const scoresOf = (ps: readonly Participant[], themeId: string) =>
  ps.flatMap((p) => {
    const s = p.result.themes.find((t) => t.themeId === themeId)?.score;
    return s === null || s === undefined ? [] : [s];
  });

const difference = (a: GroupStats, b: GroupStats, pick: (s: Stats) => number) =>
  a.stats && b.stats ? pick(a.stats) - pick(b.stats) : null;

export function aggregate(
  questionnaire: Questionnaire,
  assessments: readonly Assessment[],
  options: { anonymise: boolean },
): WorkshopAggregate {
  const labels = participantLabels(assessments, options.anonymise);
  const participants: Participant[] = assessments.map((a, i) => {
    const l = labels[i] as (typeof labels)[number];
    return {
      id: a.id,
      label: l.label,
      orgKey: l.orgKey,
      orgLabel: l.orgLabel,
      role: a.about.role,
      result: scoreAssessment(questionnaire, a),
    };
  });
  const roleCounts = Object.fromEntries(ROLES_IN_ORDER.map((r) => [r, 0])) as Record<Role, number>;
  for (const a of assessments) roleCounts[a.about.role] += 1;

  const themes: ThemeDistribution[] = questionnaire.themes.map((t) => {
    const positions = participants.flatMap((p) => {
      const s = p.result.themes.find((x) => x.themeId === t.id)?.score;
      return s === null || s === undefined
        ? []
        : [{ participantId: p.id, label: p.label, score: s }];
    });
    return {
      themeId: t.id,
      title: t.title,
      group: groupStats(positions.map((x) => x.score)),
      positions,
    };
  });

  let order = 0;
  const levelsFor = (roles: readonly Role[], questionId: string) =>
    assessments.flatMap((a) => {
      if (!roles.includes(a.about.role)) return [];
      const l = levelOf(a.answers[questionId]);
      return l === null ? [] : [l];
    });
  const questions: QuestionSpread[] = questionnaire.themes.flatMap((t) =>
    t.questions.map((q) => {
      order += 1;
      const counts: QuestionSpread['counts'] = [0, 0, 0, 0, 0];
      let dontKnow = 0;
      let notApplicable = 0;
      let unanswered = 0;
      const levels: number[] = [];
      for (const a of assessments) {
        const r = a.answers[q.id]?.response;
        if (r?.kind === 'level') {
          counts[r.level] += 1;
          levels.push(r.level);
        } else if (r?.kind === 'dont-know') dontKnow += 1;
        else if (r?.kind === 'not-applicable') notApplicable += 1;
        else unanswered += 1;
      }
      const group = groupStats(levels);
      return {
        questionId: q.id,
        themeId: t.id,
        text: q.text,
        critical: q.critical,
        counts,
        dontKnow,
        notApplicable,
        unanswered,
        group,
        disagreement: group.stats?.sd ?? null,
        order,
      };
    }),
  );
  questions.sort((a, b) => {
    if (a.group.stats && b.group.stats) {
      return (
        b.group.stats.sd - a.group.stats.sd ||
        b.group.stats.iqr - a.group.stats.iqr ||
        a.order - b.order
      );
    }
    if (a.group.stats) return -1;
    if (b.group.stats) return 1;
    return a.order - b.order;
  });

  const inRoles = (roles: readonly Role[]) => participants.filter((p) => roles.includes(p.role));
  const council = inRoles(COUNCIL_ROLES);
  const vcs = inRoles(VCS_ROLES);

  const councilVsVcs = {
    themes: questionnaire.themes.map((t) => {
      const c = groupStats(scoresOf(council, t.id));
      const v = groupStats(scoresOf(vcs, t.id));
      return {
        themeId: t.id,
        title: t.title,
        council: c,
        vcs: v,
        difference: difference(c, v, (s) => s.median),
      };
    }),
    questions: questionnaire.themes
      .flatMap((t) =>
        t.questions.map((q) => {
          const c = groupStats(levelsFor(COUNCIL_ROLES, q.id));
          const v = groupStats(levelsFor(VCS_ROLES, q.id));
          return {
            questionId: q.id,
            themeId: t.id,
            text: q.text,
            council: c,
            vcs: v,
            difference: difference(c, v, (s) => s.mean),
          };
        }),
      )
      .map((x, i) => ({ x, i }))
      .sort((a, b) => {
        const da = a.x.difference;
        const db = b.x.difference;
        if (da !== null && db !== null) return Math.abs(db) - Math.abs(da) || a.i - b.i;
        if (da !== null) return -1;
        if (db !== null) return 1;
        return a.i - b.i;
      })
      .map(({ x }) => x),
  };

  const byRole: RoleThemeFigures[] = ROLES_IN_ORDER.filter((r) => roleCounts[r] > 0).map((role) => {
    const ps = inRoles([role]);
    return {
      role,
      respondents: ps.length,
      themes: questionnaire.themes.map((t) => ({
        themeId: t.id,
        group: groupStats(scoresOf(ps, t.id)),
      })),
    };
  });

  const overalls = participants.flatMap((p) =>
    p.result.overall === null ? [] : [p.result.overall],
  );
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    respondents: assessments.length,
    organisations: new Set(labels.map((l) => l.orgKey)).size,
    roleCounts,
    participants,
    overall: groupStats(overalls),
    themes,
    questions,
    byRole,
    councilVsVcs,
  };
}

export type ThemeComparison = {
  themeId: string;
  title: string;
  score: number | null;
  others: GroupStats;
  position: Position | null;
};

/** One respondent against everyone else in the workshop (the respondent is left out of the figures). */
export function compareWithRest(
  agg: WorkshopAggregate,
  participantId: string,
): ThemeComparison[] | null {
  const me = agg.participants.find((p) => p.id === participantId);
  if (!me) return null;
  const rest = agg.participants.filter((p) => p.id !== participantId);
  return me.result.themes.map((t) => {
    const others = groupStats(scoresOf(rest, t.themeId));
    return {
      themeId: t.themeId,
      title: t.title,
      score: t.score,
      others,
      position: t.score !== null && others.stats ? positionAgainst(t.score, others.stats) : null,
    };
  });
}

export type Organisation = { orgKey: string; label: string; respondents: number };

/** The organisations of a workshop, in label order (Council A, Council B…). */
export function organisationsOf(agg: WorkshopAggregate): Organisation[] {
  const byKey = new Map<string, Organisation>();
  for (const p of agg.participants) {
    const o = byKey.get(p.orgKey) ?? { orgKey: p.orgKey, label: p.orgLabel, respondents: 0 };
    o.respondents += 1;
    byKey.set(p.orgKey, o);
  }
  return [...byKey.values()].sort((a, b) =>
    a.label.localeCompare(b.label, 'en-GB', { numeric: true }),
  );
}

const medianOf = (xs: number[]): number | null =>
  xs.length === 0
    ? null
    : quantileSorted(
        [...xs].sort((a, b) => a - b),
        0.5,
      );

/**
 * One organisation against the other organisations. With several respondents, an organisation's
 * theme score is the median of its respondents' scores, and each other organisation counts once
 * (its own median), so that a council that sent ten respondents does not outweigh one that sent one.
 */
export function compareOrganisationWithRest(
  agg: WorkshopAggregate,
  orgKey: string,
): ThemeComparison[] | null {
  const mine = agg.participants.filter((p) => p.orgKey === orgKey);
  if (mine.length === 0) return null;
  const others = organisationsOf(agg).filter((o) => o.orgKey !== orgKey);
  return agg.themes.map((t) => {
    const score = medianOf(scoresOf(mine, t.themeId));
    const otherScores = others.flatMap((o) => {
      const m = medianOf(
        scoresOf(
          agg.participants.filter((p) => p.orgKey === o.orgKey),
          t.themeId,
        ),
      );
      return m === null ? [] : [m];
    });
    const group = groupStats(otherScores);
    return {
      themeId: t.themeId,
      title: t.title,
      score,
      others: group,
      position: score !== null && group.stats ? positionAgainst(score, group.stats) : null,
    };
  });
}
