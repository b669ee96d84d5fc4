import type { WorkshopAggregate } from './aggregate';
import { fixed6 } from './aggregate-stats';
import type { Questionnaire } from './questionnaire-schema';

export type WorkshopHighlights = {
  strongest: { title: string; median: number } | null;
  weakest: { title: string; median: number } | null;
  /** The questions of most disagreement, as prompts to open the discussion. */
  prompts: { questionId: string; text: string; theme: string; min: number; max: number }[];
  /** The theme where the council's and the VCS's medians differ most, when both groups have 3 or more. */
  councilVcsGap: { title: string; difference: number } | null;
};

/**
 * What a facilitator reads first: strongest and weakest themes, where to start, the largest
 * council–VCS gap. Equal figures (to six decimal places) keep the bank's theme order, so the same
 * workshop always gives the same answer.
 */
export function workshopHighlights(
  questionnaire: Questionnaire,
  agg: WorkshopAggregate,
  prompts = 3,
): WorkshopHighlights {
  const themeTitle = new Map(questionnaire.themes.map((t) => [t.id, t.title]));
  const ranked = agg.themes
    .flatMap((t, i) => (t.group.stats ? [{ title: t.title, median: t.group.stats.median, i }] : []))
    .sort((a, b) => fixed6(b.median) - fixed6(a.median) || a.i - b.i);
  const gaps = agg.councilVsVcs.themes
    .flatMap((t, i) =>
      t.difference === null ? [] : [{ title: t.title, difference: t.difference, i }],
    )
    .sort((a, b) => fixed6(Math.abs(b.difference)) - fixed6(Math.abs(a.difference)) || a.i - b.i);
  const top = gaps[0];
  const strongest = ranked[0];
  const weakest = ranked.at(-1);
  return {
    strongest:
      ranked.length > 1 && strongest ? { title: strongest.title, median: strongest.median } : null,
    weakest: ranked.length > 1 && weakest ? { title: weakest.title, median: weakest.median } : null,
    prompts: agg.questions
      .filter((q) => q.group.stats)
      .slice(0, prompts)
      .map((q) => ({
        questionId: q.questionId,
        text: q.text,
        theme: themeTitle.get(q.themeId) ?? q.themeId,
        min: q.group.stats?.min ?? 0,
        max: q.group.stats?.max ?? 0,
      })),
    councilVcsGap:
      top && fixed6(top.difference) !== 0 ? { title: top.title, difference: top.difference } : null,
  };
}
