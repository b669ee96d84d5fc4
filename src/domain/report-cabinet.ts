/**
 * The cabinet paper edition: what a member needs to act in two minutes, in the convention UK
 * councils use (purpose, summary, recommendations, reasons, options, implications, action plan,
 * contact officer, background papers). Drafted recommendations come from the same priorities,
 * critical gaps and "needs a cabinet decision" actions as the plan, so the paper and the app agree.
 */
import type { Assessment, PlanAction, Recommendation } from './assessment-schema';
import { MARKINGS } from './options';
import type { Level, Questionnaire } from './questionnaire-schema';
import { formatDate, plural } from './format';
import { joinAnd } from './report-text';
import {
  IMPLICATION_HEADINGS,
  KEY_DECISION_LABELS,
  missingImplication,
  WORDING,
  type ImplicationKey,
} from './report-wording';
import { sortPlan } from './plan-edit';
import {
  levelOf,
  effectiveTargets,
  scoreAssessment,
  targetMet,
  targetWording,
  type AssessmentResult,
} from './scoring';
import { draftPlan } from './priorities';

export type CabinetPaper = {
  meetingLine: string;
  details: [string, string][];
  purpose: string;
  findings: string[];
  recommendations: string[];
  /** True when the officer has not edited the recommendations: they are the tool's draft. */
  recommendationsDrafted: boolean;
  reasons: string[];
  options: string[];
  implications: { key: ImplicationKey; heading: string; text: string[]; written: boolean }[];
  contact: [string, string][];
  backgroundPapers: string[];
};

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const numbering = (questionnaire: Questionnaire) => {
  const numberOf = new Map<string, string>();
  questionnaire.themes.forEach((t, ti) =>
    t.questions.forEach((q, qi) => numberOf.set(q.id, `${ti + 1}.${qi + 1}`)),
  );
  return numberOf;
};

/** "Ask finance" → "ask finance", but "CVS survey" keeps its capitals. */
const lowerFirst = (text: string) =>
  /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;

const upperFirst = (text: string) => (text[0]?.toUpperCase() ?? '') + text.slice(1);

const questionsWord = (numbers: readonly string[]) =>
  `${numbers.length === 1 ? 'question' : 'questions'} ${joinAnd([...numbers])}`;

/**
 * Recommendations drafted from the assessment: note it, address the critical gaps first, decide
 * the actions marked as needing a cabinet decision, agree the targets, adopt the plan.
 */
export function draftRecommendations(
  questionnaire: Questionnaire,
  assessment: Assessment,
  targets: Record<string, Level>,
  plan: readonly PlanAction[],
  result: AssessmentResult = scoreAssessment(questionnaire, assessment),
): Recommendation[] {
  const numberOf = numbering(questionnaire);
  const org = assessment.about.organisation;
  const list: string[] = [
    `Note the self-assessment of ${org}’s readiness for community-led service delivery, summarised in this paper and set out in full in the annex.`,
  ];
  if (result.criticalGaps.length > 0) {
    const numbers = result.criticalGaps.map((id) => numberOf.get(id) ?? id);
    list.push(
      `Agree that the ${plural(result.criticalGaps.length, 'critical gap')} (${questionsWord(numbers)}) ${result.criticalGaps.length === 1 ? 'is' : 'are'} addressed first, because a low level there is a risk in itself.`,
    );
  }
  for (const a of sortPlan(plan.filter((x) => x.needsDecision))) {
    list.push(`Approve this action: ${lowerFirst(a.text.trim().replace(/\.$/, ''))}.`);
  }
  const targetText = questionnaire.themes
    .map((t) => `${t.title}: ${targetWording(targets[t.id] ?? 1)}`)
    .join('; ');
  list.push(`Agree a target for each theme: ${targetText}.`);
  list.push(
    `Adopt the action plan (${plural(plan.length, 'action')}) and ask for a progress report, with the self-assessment repeated, in six months.`,
  );
  return list.map((text, i) => ({ id: `draft-${i + 1}`, text }));
}

/** Three findings for the summary: the position, the gaps, and what rests on assertion or is missing. */
function findingsOf(
  org: string,
  reading: readonly string[],
  result: AssessmentResult,
  targets: Record<string, Level>,
  criticalMissing: number,
  unevidenced: number,
  claimed: number,
): string[] {
  const position = reading[0] ?? '';
  const below = result.themes.filter(
    (t) => t.score !== null && !targetMet(t.score, targets[t.themeId] ?? 1),
  );
  const gaps =
    result.criticalGaps.length > 0
      ? `${org} has ${plural(result.criticalGaps.length, 'critical gap')}, where a low level is a risk in itself${below.length > 0 ? `, and ${plural(below.length, 'theme is', 'themes are')} below target` : ''}.`
      : criticalMissing > 0
        ? `No critical gap is recorded, but ${plural(criticalMissing, 'critical question has', 'critical questions have')} no answer yet, so this cannot be relied on.`
        : below.length > 0
          ? `No critical question is at level 0 or 1; ${plural(below.length, 'theme is', 'themes are')} below target.`
          : 'No critical question is at level 0 or 1, and every scored theme has reached its target.';
  const third =
    unevidenced > 0
      ? `${plural(unevidenced, 'answer at level 3 or 4 has', 'answers at level 3 or 4 have')} no evidence recorded: ${unevidenced === 1 ? 'that strength rests' : 'those strengths rest'} on assertion.`
      : result.evidenceGaps.length > 0
        ? `${plural(result.evidenceGaps.length, 'question was', 'questions were')} answered “Don’t know”; finding out would make the results firmer.`
        : claimed === 0
          ? 'No question is answered at level 3 or 4 yet, so no strength is claimed.'
          : 'Every strength claimed is backed by evidence recorded in the assessment.';
  return [position, gaps, third].filter(Boolean);
}

/** Evidence fields, split into documents and listed once each with the questions that cite them. */
function backgroundPapersOf(questionnaire: Questionnaire, assessment: Assessment): string[] {
  const numberOf = numbering(questionnaire);
  const cited = new Map<string, string[]>();
  for (const t of questionnaire.themes)
    for (const q of t.questions) {
      const evidence = assessment.answers[q.id]?.evidence ?? '';
      for (const doc of evidence.split(/[;\n]/)) {
        const text = doc.trim().replace(/\.$/, '');
        if (text) cited.set(text, [...(cited.get(text) ?? []), numberOf.get(q.id) ?? q.id]);
      }
    }
  return [...cited].map(([doc, numbers]) => `${upperFirst(doc)} (${questionsWord(numbers)})`);
}

export function buildCabinetPaper(input: {
  questionnaire: Questionnaire;
  assessment: Assessment;
  result: AssessmentResult;
  targets: Record<string, Level>;
  plan: readonly PlanAction[];
  reading: readonly string[];
  criticalMissing: number;
  unevidenced: number;
}): CabinetPaper {
  const { questionnaire, assessment, result, targets, plan } = input;
  const c = assessment.cabinet;
  const org = assessment.about.organisation;
  const drafted = c.recommendations === null;
  const recommendations = (
    c.recommendations ?? draftRecommendations(questionnaire, assessment, targets, plan, result)
  ).map((r) => r.text);
  const meetingDate = c.meetingDate ? formatDate(c.meetingDate) : WORDING.notGiven;
  const implications = (Object.keys(IMPLICATION_HEADINGS) as ImplicationKey[]).map((key) => {
    const text = c.implications[key].trim();
    return {
      key,
      heading: IMPLICATION_HEADINGS[key],
      text: text ? paragraphs(text) : [missingImplication(key)],
      written: text !== '',
    };
  });
  return {
    meetingLine: `${c.meeting.trim() || 'Meeting not given'}, ${meetingDate}`,
    details: [
      ['Meeting', c.meeting.trim() || WORDING.notGiven],
      ['Date of meeting', meetingDate],
      ['Portfolio holder', c.portfolioHolder.trim() || WORDING.notGiven],
      ['Key decision', KEY_DECISION_LABELS[c.keyDecision]],
      ['Wards affected', c.wards.trim() || WORDING.notGiven],
      ['Protective marking', MARKINGS[assessment.about.marking]],
    ],
    purpose:
      c.purpose.trim() ||
      `To report ${org}’s self-assessment of its readiness for community-led service delivery, and to ask the cabinet to agree targets and adopt the action plan that follows from it.`,
    findings: findingsOf(
      org,
      input.reading,
      result,
      targets,
      input.criticalMissing,
      input.unevidenced,
      Object.values(assessment.answers).filter((a) => (levelOf(a) ?? 0) >= 3).length,
    ),
    recommendations,
    recommendationsDrafted: drafted,
    reasons: [
      ...input.reading.slice(1),
      `The action plan takes its actions from the priorities: critical gaps first, then the questions furthest below their theme’s target.`,
    ],
    options: c.options.trim() ? paragraphs(c.options) : [WORDING.notWritten],
    implications,
    contact: [
      ['Name', c.contact.name.trim() || WORDING.notGiven],
      ['Job title', c.contact.jobTitle.trim() || WORDING.notGiven],
      ['Email or phone', c.contact.details.trim() || WORDING.notGiven],
    ],
    backgroundPapers: backgroundPapersOf(questionnaire, assessment),
  };
}

/** The drafted recommendations for an assessment as it stands: what the paper prints until edited. */
export function draftedRecommendationsFor(
  questionnaire: Questionnaire,
  assessment: Assessment,
): Recommendation[] {
  const result = scoreAssessment(questionnaire, assessment);
  const targets = effectiveTargets(result, assessment.targets);
  const plan = sortPlan(
    assessment.plan.length > 0 ? assessment.plan : draftPlan(questionnaire, assessment, targets),
  );
  return draftRecommendations(questionnaire, assessment, targets, plan, result);
}
