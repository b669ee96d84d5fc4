/** Wording and formatting shared by every form of the report. */
import { BAND_FLOORS, BAND_LABELS, PROVISIONAL_BELOW, targetWording } from './scoring';
import { formatPercent } from './format';

/** "Accountability", "Accountability and Capacity", "Accountability, Capacity and Centralism". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const REPORT_TITLE = 'Big Society Readiness report';

// Built from the scoring constants so that the method and the arithmetic cannot disagree.
const bandsText = BAND_LABELS.map((label, i) => {
  const from = BAND_FLOORS[i] ?? 0;
  const to = BAND_FLOORS[i + 1];
  return to === undefined
    ? `${from} and over ${label}`
    : i === 0
      ? `under ${to} ${label}`
      : `${from} to under ${to} ${label}`;
}).join('; ');

/** The scoring method in plain English (the guide's section 3), printed in the appendix. */
export const METHOD_PARAGRAPHS: readonly string[] = [
  'Each question is answered on a five-point scale: 0 Not started, 1 Emerging, 2 Developing, 3 Established and 4 Leading. A respondent can also answer “Don’t know” or “Not applicable”.',
  'A theme’s score is 100 × (the sum of weight × level) ÷ (the sum of weight × 4), taken over the questions in the theme that were answered with a level. “Don’t know” and “Not applicable” answers are left out of both sums. Scores are rounded only for display.',
  `Coverage is the share of a theme’s questions answered with a level. A theme with coverage under ${formatPercent(PROVISIONAL_BELOW)} is shown as provisional. A theme with no levels at all has no score (which is not the same as a score of zero).`,
  `Bands on the score: ${bandsText}.`,
  'The overall figure is the mean of the theme scores that exist, with every theme counting equally. The council can choose to hide it so that the results are not read as a league table.',
  'A critical gap is a question marked as critical, where a low level is a risk in itself, answered at level 0 or 1. An evidence gap is a question answered “Don’t know”.',
  `Each theme has a target: a band to reach. Unless the council sets one, it is the band above the theme’s current band (at most ${BAND_LABELS[4]}). A target is met when the score reaches the band’s lower bound, and it is drawn there: a target of ${targetWording(3)} is met by a score of ${BAND_FLOORS[3]}.`,
  'Priorities put critical gaps first, then the questions with the largest weight × (target level minus current level), then the order of the questions. Each priority brings the suggested actions for its current level into the draft action plan.',
];
