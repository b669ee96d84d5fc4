/**
 * The report's per-theme part: each question's answer in words, the theme's score against its
 * target band, and its findings (critical gaps, evidence gaps, unevidenced claims, strengths).
 */
import type { Answer, Assessment } from './assessment-schema';
import type { Level, Questionnaire } from './questionnaire-schema';
import { formatDate, formatPercent, formatScore } from './format';
import { targetLine } from './report-wording';
import { scoreTheme, strengths, type AssessmentResult } from './scoring';
import { levelLabel, themeScoreRow, type ThemeScoreRow } from './theme-scores';

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

/** A theme's score against its target (the row of the theme-score table), and its findings. */
export type ReportTheme = ThemeScoreRow & {
  number: number;
  summary: string;
  /** "5 of 8 questions answered with a level (63%)". */
  coverageLabel: string;
  /** "target: Established (60 or more)". */
  targetLabel: string;
  previous: { date: string; score: number | null; scoreLabel: string } | null;
  questions: ReportQuestion[];
  findings: {
    criticalGaps: ReportFinding[];
    evidenceGaps: ReportFinding[];
    unevidenced: ReportFinding[];
    strengths: ReportFinding[];
  };
  /** The questions on which the respondent wrote notes or evidence. */
  written: ReportQuestion[];
};

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

/** The question, with the reason given when it was answered "Not applicable". */
export const answerText = (q: ReportQuestion): string =>
  q.response === 'not-applicable' && q.descriptor ? `${q.text}\nReason: ${q.descriptor}` : q.text;

export function buildThemes(
  questionnaire: Questionnaire,
  assessment: Assessment,
  result: AssessmentResult,
  targets: Record<string, Level>,
  unevidencedIds: ReadonlySet<string>,
): ReportTheme[] {
  const { answers } = assessment;
  const scale = questionnaire.scale;
  const allStrengths = strengths(questionnaire, assessment, Number.POSITIVE_INFINITY);
  return questionnaire.themes.map((theme, ti) => {
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
    const byId = new Map(questions.map((q) => [q.id, q]));
    const findings = (ids: readonly string[], detail: (q: ReportQuestion) => string) =>
      ids.flatMap((id) => {
        const q = byId.get(id);
        return q ? [{ questionId: q.id, number: q.number, text: q.text, detail: detail(q) }] : [];
      });
    const previous = assessment.baseline
      ? scoreTheme(theme, assessment.baseline.answers).score
      : undefined;
    return {
      ...themeScoreRow(r, target),
      number: ti + 1,
      summary: theme.summary,
      coverageLabel: `${r.answeredWithLevel} of ${r.total} questions answered with a level (${formatPercent(r.coverage)})`,
      targetLabel: targetLine(target),
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
        criticalGaps: findings(
          result.criticalGaps,
          (q) => `Answered at ${q.answerLabel}; a low level on this question is a risk in itself.`,
        ),
        evidenceGaps: findings(result.evidenceGaps, () => 'Answered “Don’t know”.'),
        unevidenced: findings(
          [...unevidencedIds],
          (q) => `Answered at ${q.answerLabel} with no evidence recorded.`,
        ),
        strengths: findings(
          allStrengths.filter((s) => s.themeId === theme.id).map((s) => s.question.id),
          (q) => `Answered at ${q.answerLabel}.`,
        ),
      },
      written: questions.filter((q) => q.notes !== '' || q.evidence !== ''),
    };
  });
}
