import type { WorkshopAggregate } from './aggregate';
import { medianOf } from './aggregate-stats';
import { levelAt } from './aggregate-units';
import type { Questionnaire } from './questionnaire-schema';

export type HeatRow = {
  questionId: string;
  text: string;
  theme: string;
  themeId: string;
  /** A few words for the question where its full text will not fit (the projector): from its id. */
  short: string;
  /** Each council's median level (0-4, halves possible), in the order of `agg.councils`; null for none. */
  cells: (number | null)[];
};

/**
 * Questions × councils: each council's median level for each question, the prompt for "where do
 * we differ". Councils appear under their labels, in the same order as everywhere else.
 */
export function heatMap(questionnaire: Questionnaire, agg: WorkshopAggregate): HeatRow[] {
  const byCouncil = agg.councils.map((c) => agg.participants.filter((p) => p.orgKey === c.key));
  let qi = -1;
  return questionnaire.themes.flatMap((t) =>
    t.questions.map((q) => {
      qi += 1;
      const at = qi;
      return {
        questionId: q.id,
        text: q.text,
        theme: t.title,
        themeId: t.id,
        short: shortLabel(q.id),
        cells: byCouncil.map((ps) => medianOf(ps.flatMap((p) => levelAt(p, at) ?? []))),
      };
    }),
  );
}

/** A median level as written in a cell: whole levels plain, half levels with one decimal. */
export const levelText = (level: number) =>
  Number.isInteger(level) ? String(level) : level.toFixed(1);

/** The colour step of a level: 0-4, the half-levels of a median taking the step below. */
export const heatStep = (level: number) => Math.max(0, Math.min(4, Math.floor(level)));

/** "capacity.council-cuts-to-sector" → "Council cuts to sector": ids are "theme.slug" in plain words. */
export function shortLabel(questionId: string): string {
  const words = questionId.slice(questionId.indexOf('.') + 1).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Split `n` items into the fewest runs of at most `max`, as even as can be: 11 by 8 → 6 and 5. */
export function evenRuns(n: number, max: number): { from: number; to: number }[] {
  if (n <= 0) return [];
  const parts = Math.ceil(n / Math.max(1, max));
  const runs: { from: number; to: number }[] = [];
  for (let i = 0; i < parts; i += 1)
    runs.push({ from: Math.round((i * n) / parts), to: Math.round(((i + 1) * n) / parts) });
  return runs;
}

export type HeatScreen = {
  theme: string;
  themeId: string;
  /** Which screen of this theme, and of how many. */
  part: number;
  parts: number;
  rows: HeatRow[];
  /** The councils shown, as a range of `agg.councils` (end excluded). */
  councils: { from: number; to: number };
};

/**
 * The heat map cut into screens that fit a projector: one theme at a time, at most `maxRows`
 * questions and `maxColumns` councils to a screen, split evenly where a theme or the network is
 * larger.
 */
export function heatScreens(
  rows: readonly HeatRow[],
  councils: number,
  limits: { maxRows: number; maxColumns: number },
): HeatScreen[] {
  const themes: HeatRow[][] = [];
  for (const row of rows) {
    const last = themes[themes.length - 1];
    if (last && last[0]?.themeId === row.themeId) last.push(row);
    else themes.push([row]);
  }
  const columnRuns = evenRuns(councils, limits.maxColumns);
  return themes.flatMap((list) => {
    const rowRuns = evenRuns(list.length, limits.maxRows);
    const parts = rowRuns.length * columnRuns.length;
    return rowRuns.flatMap((rr, i) =>
      columnRuns.map((cr, j) => ({
        theme: list[0]?.theme ?? '',
        themeId: list[0]?.themeId ?? '',
        part: i * columnRuns.length + j + 1,
        parts,
        rows: list.slice(rr.from, rr.to),
        councils: cr,
      })),
    );
  });
}
