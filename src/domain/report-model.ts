import type { Assessment } from './assessment-schema';
import { AUTHORITY_TYPES, MARKINGS, PRIORITIES, ROLES, STATUSES } from './options';
import { needsOwner, sortPlan } from './plan-edit';
import type { Questionnaire } from './questionnaire-schema';
import { buildCabinetPaper, type CabinetPaper } from './report-cabinet';
import { readingOf } from './report-reading';
import { reportStatus, unevidencedClaims, type ReportStatus } from './report-status';
import { METHOD_PARAGRAPHS, REPORT_TITLE } from './report-text';
import { formatDate, formatScore, formatShortDate } from './format';
import { buildThemes, type ReportTheme } from './report-themes';
import { actionSource, WORDING } from './report-wording';
import { buildResultsBase } from './results-model';
import type { BandLabel } from './scoring';
import { levelLabel } from './theme-scores';
import { sourcesOf, type ReportSource, type SourceNote } from './report-sources';

export type { ReportFinding, ReportQuestion, ReportTheme } from './report-themes';
export { levelLabel } from './theme-scores';
export type { ReportSource, SourceNote } from './report-sources';

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
  /** "1.2", or "" for an action of the user's own that names no question. */
  questionNumber: string;
  priority: string;
  owner: string;
  /** Short date, "18 Dec 2026", so that it never breaks in a table column. */
  due: string;
  status: string;
  measure: string;
  resources: string;
  needsDecision: boolean;
  /** A high-priority action with no owner: the app flags it before the report is made. */
  needsOwner: boolean;
  /** The cells of the plan table (PLAN_COLUMNS), worded once for every output. */
  cells: [string, string, string, string, string, string];
};

export type RadarDatum = {
  themeId: string;
  label: string;
  current: number | null;
  /** The target band's lower bound, where the target is drawn. */
  target: number;
  /** "Established (60 or more)". */
  targetText: string;
};

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
    /** The cover's details table, the same in every output. */
    details: [string, string][];
  };
  status: ReportStatus;
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
    unevidencedCount: number;
    reading: string[];
  };
  cabinet: CabinetPaper;
  themes: ReportTheme[];
  plan: {
    drafted: boolean;
    /** Sorted by priority, then due date. */
    actions: ReportAction[];
    /** How many high-priority actions have no owner yet. */
    withoutOwner: number;
  };
  method: readonly string[];
  sources: ReportSource[];
};

/** Everything the report shows, computed once; the PDF, Word and HTML renderers only draw it. */
export function buildReportModel(
  questionnaire: Questionnaire,
  assessment: Assessment,
  sourceNotes: readonly SourceNote[],
): ReportModel {
  const { about } = assessment;
  const scale = questionnaire.scale;
  const { result, targets, ...base } = buildResultsBase(questionnaire, assessment);
  const numberOf = new Map<string, string>();
  questionnaire.themes.forEach((t, ti) =>
    t.questions.forEach((q, qi) => numberOf.set(q.id, `${ti + 1}.${qi + 1}`)),
  );
  const themeTitle = new Map(questionnaire.themes.map((t) => [t.id, t.title]));
  const status = reportStatus(questionnaire, assessment);
  const unevidenced = unevidencedClaims(questionnaire, assessment);
  const themes = buildThemes(questionnaire, assessment, result, targets, new Set(unevidenced));

  const top = base.priorities.slice(0, 3).map((p, i) => ({
    rank: i + 1,
    questionId: p.question.id,
    number: numberOf.get(p.question.id) ?? '',
    text: p.question.text,
    themeTitle: themeTitle.get(p.themeId) ?? p.themeId,
    levelLabel: levelLabel(scale, p.level),
    targetLabel: themes.find((t) => t.id === p.themeId)?.targetLabel ?? '',
    critical: p.critical,
  }));

  const drafted = base.planIsDraft;
  const planActions = sortPlan(base.plan);
  const marking = about.marking === 'none' ? null : MARKINGS[about.marking];
  const overall =
    !assessment.settings.hideOverall && result.overall !== null && result.overallBand !== null
      ? { score: result.overall, scoreLabel: formatScore(result.overall), band: result.overallBand }
      : null;
  const reading = readingOf(
    about.organisation,
    themes,
    result.criticalGaps.length,
    result.evidenceGaps.length,
    assessment.baseline?.date ?? null,
    status.criticalWithoutLevel.length,
  );
  const actions: ReportAction[] = planActions.map((a) => {
    const flagged = needsOwner(a);
    const question = a.questionId ? (numberOf.get(a.questionId) ?? '') : '';
    const due = a.due ? formatShortDate(a.due) : '';
    return {
      id: a.id,
      text: a.text,
      themeTitle: themeTitle.get(a.themeId) ?? a.themeId,
      questionNumber: question,
      priority: PRIORITIES[a.priority],
      owner: a.owner.trim(),
      due,
      status: STATUSES[a.status],
      measure: a.measure.trim(),
      resources: a.resources.trim(),
      needsDecision: a.needsDecision,
      needsOwner: flagged,
      cells: [
        [
          a.text,
          actionSource(question, themeTitle.get(a.themeId) ?? a.themeId),
          ...(a.needsDecision ? [WORDING.decision] : []),
        ].join('\n'),
        PRIORITIES[a.priority],
        a.owner.trim() || (flagged ? WORDING.noOwnerHigh : WORDING.noOwner),
        due || WORDING.noDue,
        a.resources.trim() || WORDING.noResources,
        STATUSES[a.status],
      ],
    };
  });

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
      details: [
        ['Date of assessment', formatDate(about.date)],
        ['Organisation', about.organisation],
        ['Type of authority', AUTHORITY_TYPES[about.authorityType]],
        ["Respondent's role", ROLES[about.role]],
        ['Question bank', `${questionnaire.title}, version ${questionnaire.version}`],
        ['Protective marking', marking ?? MARKINGS.none],
      ],
    },
    status,
    summary: {
      overall,
      overallHidden: assessment.settings.hideOverall,
      radar: themes.map((t) => ({
        themeId: t.id,
        label: t.title,
        current: t.score,
        target: t.targetScore,
        targetText: t.targetText,
      })),
      priorities: top,
      noPriorities:
        result.overall === null
          ? 'No priorities yet: no question has been answered with a level.'
          : status.criticalWithoutLevel.length > 0
            ? 'No answered question falls short of its theme’s target, but some critical questions have no answer yet.'
            : 'No question falls short of its theme’s target, and there are no critical gaps.',
      criticalGapCount: result.criticalGaps.length,
      evidenceGapCount: result.evidenceGaps.length,
      unevidencedCount: unevidenced.length,
      reading,
    },
    cabinet: buildCabinetPaper({
      questionnaire,
      assessment,
      result,
      targets,
      plan: planActions,
      reading,
      criticalMissing: status.criticalWithoutLevel.length,
      unevidenced: unevidenced.length,
    }),
    themes,
    plan: { drafted, actions, withoutOwner: actions.filter((a) => a.needsOwner).length },
    method: METHOD_PARAGRAPHS,
    sources: sourcesOf(questionnaire, sourceNotes),
  };
}
