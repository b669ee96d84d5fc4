import type { WorkshopAggregate } from './aggregate';
import { medianOf } from './aggregate-stats';
import { levelAt } from './aggregate-units';
import type { Questionnaire } from './questionnaire-schema';

export type HeatRow = {
  questionId: string;
  text: string;
  theme: string;
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
        cells: byCouncil.map((ps) => medianOf(ps.flatMap((p) => levelAt(p, at) ?? []))),
      };
    }),
  );
}

/** The colour step of a level: 0-4, the half-levels of a median taking the step below. */
export const heatStep = (level: number) => Math.max(0, Math.min(4, Math.floor(level)));
