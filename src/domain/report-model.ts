import type { Answer, Assessment } from './assessment-schema';
import { AUTHORITY_TYPES, MARKINGS, PRIORITIES, ROLES, STATUSES } from './options';
import type { Level, Questionnaire } from './questionnaire-schema';
import { parseMarkdownNote, type TextBlock } from './report-markdown';
import { readingOf } from './report-reading';
import { METHOD_PARAGRAPHS, REPORT_TITLE } from './report-text';
import { formatDate, formatPercent, formatScore } from './format';
import {
  draftPlan,
  effectiveTargets,
  priorities,
  scoreAssessment,
  scoreTheme,
  strengths,
  targetToScore,
  type BandLabel,
} from './scoring';

/** A source note as read from `seeds/<id>.md`. */
export type SourceNote = { id: string; title: string; body: string };

export type ReportQuestion = {
  id: string;
  /** "2.3": theme number and question number, used to refer to questions across the report. */
  number: string;
  text: string;
  critical: boolean;
  response: 'level' | 'dont-know' | 'not-applicable' | 'unanswered';
  level: Level | null;
  /** "3 Established", "Don’t know", "Not applicable", "Not answered". */
  answerLabel: string;
  /** The level descriptor of the answer, or the reason given for "Not applicable". */
  descriptor: string | null;
  notes: string;
  evidence: string;
};

export type ReportFinding = { questionId: string; number: string; text: string; detail: string };

export type ReportTheme = {
  id: string;
  number: number;
  title: string;
  summary: string;
  score: number | null;
  scoreLabel: string;
  band: BandLabel | null;
  coverage: number;
  coverageLabel: string;
  provisional: boolean;
  target: Level;
  targetLabel: string;
  /** The target level on the 0-100 score scale. */
  targetScore: number;
  previous: { date: string; score: number | null; scoreLabel: string } | null;
  questions: ReportQuestion[];
  findings: {
    criticalGaps: ReportFinding[];
    evidenceGaps: ReportFinding[];
    strengths: ReportFinding[];
  };
  /** The questions on which the respondent wrote notes or evidence. */
  written: ReportQuestion[];
};

export type ReportPriority = {
  rank: number;
  questionId: string;
  number: string;
  text: string;
  themeTitle: string;
  levelLabel: string;
  targetLabel: string;
  critical: boolean;
};

export type ReportAction = {
  id: string;
  text: string;
  themeTitle: string;
  priority: string;
  owner: string;
  due: string;
  status: string;
  measure: string;
};

export type ReportSource = { id: string; title: string; blocks: TextBlock[]; citedBy: string[] };

export type RadarDatum = { themeId: string; label: string; current: number | null; target: number };

export type ReportModel = {
  meta: { title: string; author: string; subject: string; keywords: string; language: 'en-GB' };
  cover: {
    title: string;
    organisation: string;
    authorityType: string;
    date: string;
    dateLabel: string;
    role: string;
    bank: { id: string; title: string; version: string; label: string };
    /** The protective marking to print on every page, or null for "No marking". */
    marking: string | null;
  };
  summary: {
    /** Null when the council chose to hide the overall figure, or when no theme has a score. */
    overall: { score: number; scoreLabel: string; band: BandLabel } | null;
    overallHidden: boolean;
    radar: RadarDatum[];
    priorities: ReportPriority[];
    /** What to say in place of the priorities when there are none. */
    noPriorities: string;
    criticalGapCount: number;
    evidenceGapCount: number;
    reading: string[];
  };
  themes: ReportTheme[];
  plan: { drafted: boolean; actions: ReportAction[] };
  method: readonly string[];
  sources: ReportSource[];
};

/** "3 Established": a level with its label in the bank's own scale. */
export const levelLabel = (scale: readonly string[], level: Level): string =>
  `${level} ${scale[level] ?? ''}`.trim();

function answerParts(
  answer: Answer | undefined,
  levels: readonly string[],
  scale: readonly string[],
) {
  const r = answer?.response;
  if (!r)
    return {
      response: 'unanswered' as const,
      level: null,
      answerLabel: 'Not answered',
      descriptor: null,
    };
  if (r.kind === 'dont-know')
    return { response: r.kind, level: null, answerLabel: 'Don’t know', descriptor: null };
  if (r.kind === 'not-applicable') {
    return {
      response: r.kind,
      level: null,
      answerLabel: 'Not applicable',
      descriptor: r.reason.trim() || null,
    };
  }
  return {
    response: r.kind,
    level: r.level,
    answerLabel: levelLabel(scale, r.level),
    descriptor: levels[r.level] ?? null,
  };
}

/** The notes end with a "Cited by" list of question ids; the report prints question numbers instead. */
function withoutCitedBy(blocks: readonly TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  let skipping = false;
  for (const b of blocks) {
    if (b.kind === 'heading') skipping = /^cited by$/i.test(b.text.trim());
    if (!skipping) out.push(b);
  }
  return out;
}

function sourcesOf(questionnaire: Questionnaire, notes: readonly SourceNote[]): ReportSource[] {
  const citedBy = new Map<string, string[]>();
  questionnaire.themes.forEach((t, ti) =>
    t.questions.forEach((q, qi) => {
      for (const s of q.sources) citedBy.set(s, [...(citedBy.get(s) ?? []), `${ti + 1}.${qi + 1}`]);
    }),
  );
  const byId = new Map(notes.map((n) => [n.id, n]));
  // Cited sources in order of first citation, then notes that no question cites.
  const ids = [...citedBy.keys(), ...[...byId.keys()].filter((id) => !citedBy.has(id)).sort()];
  return ids.map((id) => {
    const note = byId.get(id);
    const parsed = note ? parseMarkdownNote(note.body) : { title: null, blocks: [] };
    return {
      id,
      title: note?.title || parsed.title || id,
      blocks: withoutCitedBy(parsed.blocks),
      citedBy: citedBy.get(id) ?? [],
    };
  });
}

/** Everything the report shows, computed once; the PDF, Word and HTML renderers only draw it. */
export function buildReportModel(
  questionnaire: Questionnaire,
  assessment: Assessment,
  sourceNotes: readonly SourceNote[],
): ReportModel {
  const { about, answers } = assessment;
  const scale = questionnaire.scale;
  const result = scoreAssessment(questionnaire, assessment);
  const targets = effectiveTargets(result, assessment.targets);
  const numberOf = new Map<string, string>();
  questionnaire.themes.forEach((t, ti) =>
    t.questions.forEach((q, qi) => numberOf.set(q.id, `${ti + 1}.${qi + 1}`)),
  );
  const themeTitle = new Map(questionnaire.themes.map((t) => [t.id, t.title]));
  const allStrengths = strengths(questionnaire, assessment, Number.POSITIVE_INFINITY);

  const themes: ReportTheme[] = questionnaire.themes.map((theme, ti) => {
    const r = result.themes[ti] ?? scoreTheme(theme, answers);
    const target = targets[theme.id] ?? 1;
    const questions: ReportQuestion[] = theme.questions.map((q, qi) => {
      const answer = answers[q.id];
      return {
        id: q.id,
        number: `${ti + 1}.${qi + 1}`,
        text: q.text,
        critical: q.critical,
        ...answerParts(answer, q.levels, scale),
        notes: answer?.notes.trim() ?? '',
        evidence: answer?.evidence.trim() ?? '',
      };
    });
    const finding = (q: ReportQuestion, detail: string): ReportFinding => ({
      questionId: q.id,
      number: q.number,
      text: q.text,
      detail,
    });
    const inTheme = new Set(theme.questions.map((q) => q.id));
    const byId = new Map(questions.map((q) => [q.id, q]));
    const previous = assessment.baseline
      ? scoreTheme(theme, assessment.baseline.answers).score
      : undefined;
    return {
      id: theme.id,
      number: ti + 1,
      title: theme.title,
      summary: theme.summary,
      score: r.score,
      scoreLabel: formatScore(r.score),
      band: r.band,
      coverage: r.coverage,
      coverageLabel: `${r.answeredWithLevel} of ${r.total} questions answered with a level (${formatPercent(r.coverage)})`,
      provisional: r.provisional,
      target,
      targetLabel: levelLabel(scale, target),
      targetScore: targetToScore(target),
      previous:
        assessment.baseline && previous !== undefined
          ? {
              date: formatDate(assessment.baseline.date),
              score: previous,
              scoreLabel: formatScore(previous),
            }
          : null,
      questions,
      findings: {
        criticalGaps: result.criticalGaps
          .filter((id) => inTheme.has(id))
          .flatMap((id) => {
            const q = byId.get(id);
            return q
              ? [
                  finding(
                    q,
                    `Answered at ${q.answerLabel}; a low level on this question is a risk in itself.`,
                  ),
                ]
              : [];
          }),
        evidenceGaps: result.evidenceGaps
          .filter((id) => inTheme.has(id))
          .flatMap((id) => {
            const q = byId.get(id);
            return q ? [finding(q, 'Answered “Don’t know”.')] : [];
          }),
        strengths: allStrengths
          .filter((s) => s.themeId === theme.id)
          .flatMap((s) => {
            const q = byId.get(s.question.id);
            return q ? [finding(q, `Answered at ${q.answerLabel}.`)] : [];
          }),
      },
      written: questions.filter((q) => q.notes !== '' || q.evidence !== ''),
    };
  });

  const top = priorities(questionnaire, assessment, targets)
    .slice(0, 3)
    .map((p, i) => ({
      rank: i + 1,
      questionId: p.question.id,
      number: numberOf.get(p.question.id) ?? '',
      text: p.question.text,
      themeTitle: themeTitle.get(p.themeId) ?? p.themeId,
      levelLabel: levelLabel(scale, p.level),
      targetLabel: levelLabel(scale, p.target),
      critical: p.critical,
    }));

  const drafted = assessment.plan.length === 0;
  const planActions = drafted ? draftPlan(questionnaire, assessment, targets) : assessment.plan;
  const marking = about.marking === 'none' ? null : MARKINGS[about.marking];
  const overall =
    !assessment.settings.hideOverall && result.overall !== null && result.overallBand !== null
      ? { score: result.overall, scoreLabel: formatScore(result.overall), band: result.overallBand }
      : null;

  return {
    meta: {
      title: `${REPORT_TITLE}: ${about.organisation}`,
      author: about.organisation,
      subject: `Self-assessment of readiness for community-led service delivery, ${formatDate(about.date)}`,
      keywords: `Big Society, readiness, self-assessment, action plan, ${questionnaire.themes.map((t) => t.title).join(', ')}`,
      language: 'en-GB',
    },
    cover: {
      title: REPORT_TITLE,
      organisation: about.organisation,
      authorityType: AUTHORITY_TYPES[about.authorityType],
      date: about.date,
      dateLabel: formatDate(about.date),
      role: ROLES[about.role],
      bank: {
        id: questionnaire.id,
        title: questionnaire.title,
        version: questionnaire.version,
        label: `${questionnaire.title}, version ${questionnaire.version} (${questionnaire.id})`,
      },
      marking,
    },
    summary: {
      overall,
      overallHidden: assessment.settings.hideOverall,
      radar: themes.map((t) => ({
        themeId: t.id,
        label: t.title,
        current: t.score,
        target: t.targetScore,
      })),
      priorities: top,
      noPriorities:
        result.overall === null
          ? 'No priorities yet: no question has been answered with a level.'
          : 'No question falls short of its theme’s target, and there are no critical gaps.',
      criticalGapCount: result.criticalGaps.length,
      evidenceGapCount: result.evidenceGaps.length,
      reading: readingOf(
        about.organisation,
        themes,
        result.criticalGaps.length,
        result.evidenceGaps.length,
        assessment.baseline?.date ?? null,
      ),
    },
    themes,
    plan: {
      drafted,
      actions: planActions.map((a) => ({
        id: a.id,
        text: a.text,
        themeTitle: themeTitle.get(a.themeId) ?? a.themeId,
        priority: PRIORITIES[a.priority],
        owner: a.owner.trim(),
        due: a.due ? formatDate(a.due) : '',
        status: STATUSES[a.status],
        measure: a.measure.trim(),
      })),
    },
    method: METHOD_PARAGRAPHS,
    sources: sourcesOf(questionnaire, sourceNotes),
  };
}
