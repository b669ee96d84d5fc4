/**
 * Display data for the results page: what the charts, the heat table and the at-a-glance summary
 * draw. Built from the scoring module's results (never recomputed here) so that the chart
 * components stay dumb and these rules are tested on their own.
 */
import type { Assessment } from './assessment-schema';
import type { Level, Questionnaire } from './questionnaire-schema';
import {
  levelOf,
  targetToScore,
  type AssessmentResult,
  type BandLabel,
  type ThemeResult,
} from './scoring';

export type ThemeChartRow = {
  themeId: string;
  theme: string;
  /** The rounded score to draw; 0 for a theme with no score (see `hasScore`). */
  score: number;
  hasScore: boolean;
  band: BandLabel | null;
  provisional: boolean;
  targetLevel: Level;
  /** The target level on the 0-100 scale. */
  target: number;
};

/** One row per theme, in question bank order: current score against target, for the radar and bar charts. */
export function themeChartRows(
  result: AssessmentResult,
  targets: Record<string, Level>,
): ThemeChartRow[] {
  return result.themes.map((t) => {
    const targetLevel = targets[t.themeId] ?? 0;
    return {
      themeId: t.themeId,
      theme: t.title,
      score: t.score === null ? 0 : Math.round(t.score),
      hasScore: t.score !== null,
      band: t.band,
      provisional: t.provisional,
      targetLevel,
      target: targetToScore(targetLevel),
    };
  });
}

/** How a chart row is described in words (axis labels, data tables, screen readers). */
export function describeChartRow(row: ThemeChartRow): string {
  if (!row.hasScore) return `${row.theme}: no score, target ${row.target}`;
  return `${row.theme}: ${row.score} (${row.band}${row.provisional ? ', provisional' : ''}), target ${row.target}`;
}

export type HeatState = 'level' | 'dont-know' | 'not-applicable' | 'unanswered';

export type HeatCell = {
  questionId: string;
  /** 1-based position of the question within its theme. */
  position: number;
  text: string;
  state: HeatState;
  level: Level | null;
  /** What the cell shows besides colour: the level number or a short code. */
  short: string;
  /** The scale label for a level, or the kind of non-level answer. */
  label: string;
};

export type HeatRow = { themeId: string; title: string; cells: HeatCell[] };

export const NON_LEVEL_LABELS: Record<
  Exclude<HeatState, 'level'>,
  { short: string; label: string }
> = {
  'dont-know': { short: '?', label: "Don't know" },
  'not-applicable': { short: 'N/A', label: 'Not applicable' },
  unanswered: { short: '–', label: 'Not answered' },
};

/** Every question's level, a row per theme, with text for each cell so colour is never the only cue. */
export function heatTable(
  questionnaire: Questionnaire,
  answers: Assessment['answers'],
): { columns: number; rows: HeatRow[] } {
  const rows = questionnaire.themes.map((theme) => ({
    themeId: theme.id,
    title: theme.title,
    cells: theme.questions.map((q, i): HeatCell => {
      const answer = answers[q.id];
      const level = levelOf(answer);
      const base = { questionId: q.id, position: i + 1, text: q.text };
      if (level !== null) {
        return {
          ...base,
          state: 'level',
          level,
          short: String(level),
          label: questionnaire.scale[level],
        };
      }
      const state: HeatState = answer?.response?.kind ?? 'unanswered';
      const words = NON_LEVEL_LABELS[state as Exclude<HeatState, 'level'>];
      return { ...base, state, level: null, ...words };
    }),
  }));
  return { columns: Math.max(0, ...rows.map((r) => r.cells.length)), rows };
}

/**
 * The strongest and weakest themes for the at-a-glance summary: highest and lowest score, ties
 * kept together and in bank order. Themes with no score are neither, and a lone scored theme is
 * neither strongest nor weakest.
 */
export function themeExtremes(result: AssessmentResult): {
  strongest: ThemeResult[];
  weakest: ThemeResult[];
} {
  const scored = result.themes.filter(
    (t): t is ThemeResult & { score: number } => t.score !== null,
  );
  // With one scored theme there is nothing to compare it with.
  if (scored.length < 2) return { strongest: [], weakest: [] };
  const top = Math.max(...scored.map((t) => t.score));
  const bottom = Math.min(...scored.map((t) => t.score));
  if (top === bottom) return { strongest: scored, weakest: [] };
  return {
    strongest: scored.filter((t) => t.score === top),
    weakest: scored.filter((t) => t.score === bottom),
  };
}
