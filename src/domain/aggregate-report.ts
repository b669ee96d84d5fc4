import type { WorkshopAggregate } from './aggregate';
import { responseRows } from './aggregate-compare';
import { COUNT_BY_TEXT, type GroupStats, type Stats } from './aggregate-stats';

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const stats = (s: Stats | null) =>
  s
    ? {
        min: round(s.min),
        q1: round(s.q1),
        median: round(s.median),
        q3: round(s.q3),
        max: round(s.max),
        mean: round(s.mean),
        sd: round(s.sd),
      }
    : null;
const group = (g: GroupStats) => ({ n: g.n, responses: g.members, stats: stats(g.stats) });
const score = (x: number | null) => (x === null ? null : round(x));

/**
 * The workshop's figures as plain data for `cli aggregate --json`: what the page shows and nothing
 * more. It carries no assessment id, organisation key or file name; councils appear under their
 * labels (letters unless names are on), and single responses only where the page would show them.
 */
export function aggregateReport(agg: WorkshopAggregate) {
  return {
    anonymised: agg.anonymise,
    counting: agg.countBy,
    countingText: COUNT_BY_TEXT[agg.countBy],
    questionnaire: agg.questionnaire,
    respondents: agg.respondents,
    organisations: agg.organisations,
    roleCounts: agg.roleCounts,
    overall: group(agg.overall),
    themes: agg.themes.map((t) => ({ themeId: t.themeId, title: t.title, ...group(t.group) })),
    questions: agg.questions.map((q) => ({
      questionId: q.questionId,
      themeId: q.themeId,
      levelCounts: q.group.stats ? q.counts : null,
      dontKnow: q.dontKnow,
      notApplicable: q.notApplicable,
      unanswered: q.unanswered,
      ...group(q.group),
    })),
    byRole: agg.byRole.map((r) => ({
      role: r.role,
      respondents: r.respondents,
      themes: r.themes.map((t) => ({ themeId: t.themeId, ...group(t.group) })),
    })),
    councilVsVcs: {
      themes: agg.councilVsVcs.themes.map((t) => ({
        themeId: t.themeId,
        council: group(t.council),
        vcs: group(t.vcs),
        difference: score(t.difference),
      })),
      questions: agg.councilVsVcs.questions.map((q) => ({
        questionId: q.questionId,
        council: group(q.council),
        vcs: group(q.vcs),
        difference: score(q.difference),
      })),
    },
    councils: agg.councils.map((c) => ({
      label: c.label,
      respondents: c.respondents,
      themes: c.themes.map((t) => ({ themeId: t.themeId, score: score(t.score) })),
      overall: score(c.overall),
    })),
    responses: responseRows(agg).map((r) => ({
      label: r.label,
      role: r.role,
      themes: r.participant.result.themes.map((t) => ({
        themeId: t.themeId,
        score: score(t.score),
      })),
      overall: r.participant.overallHidden
        ? 'hidden by the respondent'
        : score(r.participant.overall),
    })),
  };
}
