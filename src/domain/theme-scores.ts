/**
 * A theme's score against its target, as every output shows it in its theme-score table (results
 * page, chart data tables, report): worded once, here, so the tables cannot drift apart.
 */
import type { Level } from './questionnaire-schema';
import { formatScore } from './format';
import {
  targetToScore,
  targetWording,
  type AssessmentResult,
  type BandLabel,
  type ThemeResult,
} from './scoring';

export type ThemeScoreRow = {
  id: string;
  title: string;
  /** 0-100, unrounded; null when no question in the theme has a level. */
  score: number | null;
  /** "63", or "No score". */
  scoreLabel: string;
  band: BandLabel | null;
  /** The band, or "No band". */
  bandLabel: string;
  provisional: boolean;
  /** Answered with a level ÷ questions in the theme. */
  coverage: number;
  answeredWithLevel: number;
  total: number;
  target: Level;
  /** "Established (60 or more)". */
  targetText: string;
  /** The target band's lower bound on the 0-100 score scale: where it is met and drawn. */
  targetScore: number;
};

export const NO_BAND = 'No band';

/** "3 Established": a level with its label in the bank's own scale. */
export const levelLabel = (scale: readonly string[], level: Level): string =>
  `${level} ${scale[level] ?? ''}`.trim();

export function themeScoreRow(t: ThemeResult, target: Level): ThemeScoreRow {
  return {
    id: t.themeId,
    title: t.title,
    score: t.score,
    scoreLabel: formatScore(t.score),
    band: t.band,
    bandLabel: t.band ?? NO_BAND,
    provisional: t.provisional,
    coverage: t.coverage,
    answeredWithLevel: t.answeredWithLevel,
    total: t.total,
    target,
    targetText: targetWording(target),
    targetScore: targetToScore(target),
  };
}

/** One row per theme, in question bank order; a theme without a target aims for level 1. */
export const themeScoreRows = (
  result: AssessmentResult,
  targets: Readonly<Record<string, Level>>,
): ThemeScoreRow[] => result.themes.map((t) => themeScoreRow(t, targets[t.themeId] ?? 1));
