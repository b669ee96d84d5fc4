import type { WorkshopAggregate } from './aggregate';
import type { Questionnaire } from './questionnaire-schema';

export type WorkshopHighlights = {
  strongest: { title: string; median: number } | null;
  weakest: { title: string; median: number } | null;
  /** The questions of most disagreement, as prompts to open the discussion. */
  prompts: { questionId: string; text: string; theme: string; min: number; max: number }[];
  /** The theme where the council's and the VCS's medians differ most, when both groups have 3 or more. */
  councilVcsGap: { title: string; difference: number } | null;
};

/** What a facilitator reads first: strongest and weakest themes, where to start, the largest council–VCS gap. */
export function workshopHighlights(
  questionnaire: Questionnaire,
  agg: WorkshopAggregate,
  prompts = 3,
): WorkshopHighlights {
  const themeTitle = new Map(questionnaire.themes.map((t) => [t.id, t.title]));
  const ranked = agg.themes
    .flatMap((t) => (t.group.stats ? [{ title: t.title, median: t.group.stats.median }] : []))
    .sort((a, b) => b.median - a.median);
  const gaps = agg.councilVsVcs.themes
    .flatMap((t) => (t.difference === null ? [] : [{ title: t.title, difference: t.difference }]))
    .sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
  return {
    strongest: ranked.length > 1 ? (ranked[0] ?? null) : null,
    weakest: ranked.length > 1 ? (ranked.at(-1) ?? null) : null,
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
    councilVcsGap: gaps[0] && gaps[0].difference !== 0 ? gaps[0] : null,
  };
}
