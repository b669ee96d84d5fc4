/**
 * Every sentence, heading and table header that the report prints, in one place. The HTML, PDF
 * and Word renderers take their words from the report model, which takes them from here, so the
 * three outputs cannot drift apart. Figures come from the scoring constants, never typed in.
 */
import { BAND_FLOORS, BAND_LABELS, PROVISIONAL_BELOW, targetWording } from './scoring';
import { formatPercent, plural } from './format';

const provisionalShare = formatPercent(PROVISIONAL_BELOW);

export const EDITIONS = {
  cabinet: 'Cabinet paper',
  full: 'Full record',
} as const;
export type Edition = keyof typeof EDITIONS;
export const isEdition = (v: string): v is Edition => v === 'cabinet' || v === 'full';

export const CABINET_TITLE = 'Readiness for community-led service delivery';

/** The cabinet paper's sections, in the order UK council cabinet reports use. */
export const CABINET_HEADINGS = {
  purpose: 'Purpose',
  summary: 'Summary',
  recommendations: 'Recommendations',
  reasons: 'Reasons for the recommendations',
  options: 'Options considered',
  implications: 'Implications',
  plan: 'The action plan',
  contact: 'Contact officer',
  background: 'Background papers',
} as const;

export const IMPLICATION_HEADINGS = {
  financial: 'Financial implications',
  legal: 'Legal implications',
  equality: 'Equality implications',
  risk: 'Risk implications',
} as const;
export type ImplicationKey = keyof typeof IMPLICATION_HEADINGS;

/** The full record's sections. */
export const RECORD_HEADINGS = {
  summary: 'Executive summary',
  position: 'Current position against target',
  priorities: 'Top three priorities',
  reading: 'Reading the results',
  plan: 'Action plan',
  method: 'Appendix A: How the scores are worked out',
  sources: 'Appendix B: Sources',
  answers: 'Answers',
  findings: 'Findings',
  criticalGaps: 'Critical gaps',
  evidenceGaps: 'Evidence gaps',
  unevidenced: 'Unevidenced claims',
  strengths: 'Strengths',
  notes: 'Notes and evidence',
} as const;

export const DRAFT_BANNER = 'DRAFT: incomplete';

export const WORDING = {
  coverIntro:
    'Self-assessment of readiness for community-led service delivery, with the action plan that follows from it.',
  coverPrivacy:
    'This report was produced on the device of the person who completed the assessment; nothing was sent to any server. An accessible version of this report is available as a web page in the tool, and as a Word document.',
  annexNote:
    'The full self-assessment record (every answer, note and piece of evidence, the full action plan and the sources) is the annex to this paper.',
  overallHidden:
    'The council chose not to show an overall figure, so that the results are not read as a league table.',
  planDrafted:
    'No action plan has been agreed yet. This is the draft plan: the suggested actions for the top priorities, in priority order, still to be given owners and dates.',
  planEmpty: 'There are no actions in the plan.',
  planOrder: 'Actions are listed by priority, then by due date.',
  noOwner: 'No owner yet',
  noOwnerHigh: 'No owner yet: a high-priority action needs one',
  noDue: 'Not set',
  noMeasure: '–',
  noResources: 'Not stated',
  decision: 'Needs a cabinet decision',
  notWritten: 'Not yet written.',
  notGiven: 'Not given',
  noBackground: 'No evidence documents are recorded in the answers.',
  noNotes: 'The respondent wrote no notes or evidence for this theme.',
  noCriticalGapsTheme: 'No critical gaps in this theme.',
  noEvidenceGapsTheme: 'No “Don’t know” answers in this theme.',
  noUnevidencedTheme: 'Every answer at level 3 or 4 in this theme has evidence recorded.',
  noStrengthsTheme: 'No question in this theme is at level 3 or 4 yet.',
  noScore: 'No score: no question was answered with a level.',
  sourcesIntro:
    'The question bank draws on these documents; the notes below are the project’s own summaries of them.',
  noSourceNote: 'No note on this source is available.',
  provisionalTheme: `Provisional: fewer than ${provisionalShare} of this theme’s questions were answered with a level, so the score may change as more are answered.`,
  chartKey: 'Bar: the score out of 100. Dashed line with a diamond: the target band’s lower bound.',
  chartCaption: `Theme scores out of 100 against targets; a target is a band, met at its lower bound (${BAND_LABELS.map((b, i) => `${b} ${BAND_FLOORS[i]}`).join(', ')}).`,
} as const;

/** Prompts shown in the app beside each implication: what the statutory officers look for. */
export const IMPLICATION_PROMPTS: Record<ImplicationKey, string> = {
  financial:
    'The section 151 officer (the chief finance officer) looks for the cost of each action, whether it is in the budget or needs new money, any savings or income, and the financial risk if nothing is done.',
  legal:
    'The monitoring officer looks for the powers the council relies on, any statutory duty affected (such as the Best Value duty to consult), procurement or subsidy rules, and whether the decision is within the cabinet’s remit.',
  equality:
    'Say who the changes affect, with regard to the Public Sector Equality Duty (Equality Act 2010, section 149), and whether an equality impact assessment is needed or done.',
  risk: 'Name the main risks of acting and of not acting, how likely and serious each is, and what reduces them.',
};

/** What an empty implication says in print: honest that it is missing, and what belongs there. */
export const missingImplication = (key: ImplicationKey): string =>
  `${WORDING.notWritten} ${IMPLICATION_PROMPTS[key]}`;

export const KEY_DECISION_LABELS = { yes: 'Yes', no: 'No', '': 'Not stated' } as const;

/** Columns of the action plan table, in every output. */
export const PLAN_COLUMNS = ['Action', 'Priority', 'Owner', 'Due', 'Resources', 'Status'] as const;

/** The second line of an action's cell: the question it answers, and its theme. */
export const actionSource = (questionNumber: string, themeTitle: string): string =>
  questionNumber ? `Question ${questionNumber}, ${themeTitle}` : themeTitle;

export const targetLine = (level: Parameters<typeof targetWording>[0]): string =>
  `target: ${targetWording(level)}`;

export const criticalUnansweredLine = (n: number): string =>
  `${plural(n, 'critical question has', 'critical questions have')} no answer yet.`;

export const coverageShortLine = (coverage: number): string =>
  `Only ${formatPercent(coverage)} of the questions are answered with a level; results are firm from ${provisionalShare}.`;
