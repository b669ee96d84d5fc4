import type { QuestionRoleDifference, ThemeRoleDifference } from './aggregate';
import type { Figures } from './aggregate-figures';
import { compareFractions, meanGapFraction } from './aggregate-stats';
import type { Questionnaire } from './questionnaire-schema';
import type { Role } from './options';

/** The council's view (officers and elected members) against the voluntary and community sector's. */
export const COUNCIL_ROLES: readonly Role[] = ['officer', 'member'];
export const VCS_ROLES: readonly Role[] = ['vcs'];

/**
 * The council's view (officers and members) against the VCS's, theme by theme (medians) and
 * question by question (mean levels, largest gap first, compared exactly; ties in bank order).
 */
export function councilVsVcsFigures(
  questionnaire: Questionnaire,
  figures: Figures,
): { themes: ThemeRoleDifference[]; questions: QuestionRoleDifference[] } {
  let index = -1;
  return {
    themes: questionnaire.themes.map((t, ti) => {
      const c = figures.score(COUNCIL_ROLES, ti).group;
      const v = figures.score(VCS_ROLES, ti).group;
      return {
        themeId: t.id,
        title: t.title,
        council: c,
        vcs: v,
        difference: c.stats && v.stats ? c.stats.median - v.stats.median : null,
      };
    }),
    questions: questionnaire.themes
      .flatMap((t) =>
        t.questions.map((q) => {
          const qi = (index += 1);
          const c = figures.level(COUNCIL_ROLES, qi);
          const v = figures.level(VCS_ROLES, qi);
          return {
            row: {
              questionId: q.id,
              themeId: t.id,
              text: q.text,
              council: c.group,
              vcs: v.group,
              difference:
                c.group.stats && v.group.stats ? c.group.stats.mean - v.group.stats.mean : null,
            },
            exact:
              c.group.stats && v.group.stats
                ? meanGapFraction({ a: c.values, b: v.values })
                : { num: 0n, den: 1n },
          };
        }),
      )
      .map((x, i) => ({ ...x, i }))
      .sort((a, b) => {
        const da = a.row.difference !== null;
        const db = b.row.difference !== null;
        if (da && db) return compareFractions(b.exact, a.exact) || a.i - b.i;
        if (da) return -1;
        if (db) return 1;
        return a.i - b.i;
      })
      .map(({ row }) => row),
  };
}
