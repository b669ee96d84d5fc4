/** Wording and formatting shared by every form of the report. */

/** "Accountability", "Accountability and Capacity", "Accountability, Capacity and Centralism". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const REPORT_TITLE = 'Big Society Readiness report';

/** The scoring method in plain English (the guide's section 3), printed in the appendix. */
export const METHOD_PARAGRAPHS: readonly string[] = [
  'Each question is answered on a five-point scale: 0 Not started, 1 Emerging, 2 Developing, 3 Established and 4 Leading. A respondent can also answer “Don’t know” or “Not applicable”.',
  'A theme’s score is 100 × (the sum of weight × level) ÷ (the sum of weight × 4), taken over the questions in the theme that were answered with a level. “Don’t know” and “Not applicable” answers are left out of both sums. Scores are rounded only for display.',
  'Coverage is the share of a theme’s questions answered with a level. A theme with coverage under 60% is shown as provisional. A theme with no levels at all has no score (which is not the same as a score of zero).',
  'Bands on the score: under 20 Not started; 20 to under 40 Emerging; 40 to under 60 Developing; 60 to under 80 Established; 80 and over Leading.',
  'The overall figure is the mean of the theme scores that exist, with every theme counting equally. The council can choose to hide it so that the results are not read as a league table.',
  'A critical gap is a question marked as critical, where a low level is a risk in itself, answered at level 0 or 1. An evidence gap is a question answered “Don’t know”.',
  'Each theme has a target level from 0 to 4. Unless the council sets one, it is one level above the theme’s current band (at most 4). A target level L is drawn at 100 × L ÷ 4 on the score scale, so level 3 sits at 75, inside the Established band.',
  'Priorities put critical gaps first, then the questions with the largest weight × (target level minus current level), then the order of the questions. Each priority brings the suggested actions for its current level into the draft action plan.',
];
