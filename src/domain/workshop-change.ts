import type { WorkshopAggregate } from './aggregate';
import { COUNT_BY_TEXT, fixed6, MIN_GROUP, unitNoun, type CountBy } from './aggregate-stats';
import { formatScoreChange } from './comparison';
import { formatDate, formatScore, plural } from './format';
import type { BenchmarkFile } from './benchmark-file';
import type { Questionnaire } from './questionnaire-schema';

/**
 * "Change since the last workshop": the network's theme figures in a previous workshop's benchmark
 * file beside this workshop's, theme by theme. Both sides keep the under-three rule (a figure only
 * for a group of three or more), and a change is given only when both periods have a figure and
 * count the same way (each council once, or each response).
 */

/** One period's figure for a theme: its size, and its quartiles when the group is large enough. */
export type PeriodFigure = {
  n: number;
  stats: { q1: number; median: number; q3: number } | null;
};

export type ThemeMovement = {
  themeId: string;
  title: string;
  /** Null when the previous workshop's question bank had no such theme. */
  then: PeriodFigure | null;
  /** Null when this workshop's question bank has no such theme. */
  now: PeriodFigure | null;
  /** Median now − median then, in score points; null unless both have a figure and are comparable. */
  change: number | null;
  /** Questions of this theme that one bank has and the other has not (only when the versions differ). */
  added: number;
  removed: number;
};

export type WorkshopChange = {
  previous: {
    title: string;
    date: string;
    counting: CountBy;
    bankVersion: string;
    respondents: number;
    organisations: number;
  };
  counting: CountBy;
  bankVersion: string;
  /** False when the two periods count differently: then no change is worked out. */
  comparable: boolean;
  sameBankVersion: boolean;
  /** This bank's themes in its order, then any the previous bank had and this one has not. */
  themes: ThemeMovement[];
};

type Quartiles = { n: number; q1: number; median: number; q3: number };

/** A figure only for a group of three or more, whatever a (possibly hand-edited) file claims. */
function figure(n: number, stats: Quartiles | null): PeriodFigure {
  const shown = stats !== null && n >= MIN_GROUP && stats.n >= MIN_GROUP;
  return { n, stats: shown ? { q1: stats.q1, median: stats.median, q3: stats.q3 } : null };
}

/** The difference of two scores, free of the noise of summing fractions in another order. */
const difference = (now: number, then: number) => (fixed6(now) - fixed6(then)) / 1e6;

export function workshopChange(
  questionnaire: Questionnaire,
  agg: WorkshopAggregate,
  previous: BenchmarkFile,
): WorkshopChange {
  const comparable = previous.counting === agg.countBy;
  const sameBankVersion = previous.questionnaire.version === questionnaire.version;
  const previousQuestions = new Set(previous.questions.map((q) => q.questionId));
  const currentQuestions = new Set(
    questionnaire.themes.flatMap((t) => t.questions.map((q) => q.id)),
  );
  const then = new Map(previous.themes.map((t) => [t.themeId, t]));
  const current: ThemeMovement[] = questionnaire.themes.map((t) => {
    const nowGroup = agg.themes.find((x) => x.themeId === t.id)?.group;
    const now = figure(nowGroup?.n ?? 0, nowGroup?.stats ?? null);
    const before = then.get(t.id);
    const thenFigure = before ? figure(before.n, before.stats) : null;
    const change =
      comparable && now.stats && thenFigure?.stats
        ? difference(now.stats.median, thenFigure.stats.median)
        : null;
    return {
      themeId: t.id,
      title: t.title,
      then: thenFigure,
      now,
      change,
      added: sameBankVersion ? 0 : t.questions.filter((q) => !previousQuestions.has(q.id)).length,
      // Question ids are written "theme.slug", so a dropped question's theme is its prefix.
      removed: sameBankVersion
        ? 0
        : previous.questions.filter(
            (q) => q.questionId.startsWith(`${t.id}.`) && !currentQuestions.has(q.questionId),
          ).length,
    };
  });
  const gone: ThemeMovement[] = previous.themes
    .filter((t) => !questionnaire.themes.some((x) => x.id === t.themeId))
    .map((t) => ({
      themeId: t.themeId,
      title: t.title,
      then: figure(t.n, t.stats),
      now: null,
      change: null,
      added: 0,
      removed: 0,
    }));
  return {
    previous: {
      title: previous.title,
      date: previous.date,
      counting: previous.counting,
      bankVersion: previous.questionnaire.version,
      respondents: previous.respondents,
      organisations: previous.organisations,
    },
    counting: agg.countBy,
    bankVersion: questionnaire.version,
    comparable,
    sameBankVersion,
    themes: [...current, ...gone],
  };
}

/** What a period's cell says: the median, or why there is none. */
export function periodText(f: PeriodFigure | null, by: CountBy, period: 'then' | 'now'): string {
  if (f === null)
    return period === 'then' ? 'not in that question bank' : 'not in this question bank';
  if (f.stats) return formatScore(f.stats.median);
  if (f.n === 0) return 'no scores';
  return `fewer than ${MIN_GROUP} ${unitNoun(by, 2)}`;
}

/** One theme's row, worded once for the page, the projector and the PDF pack. */
export type MovementCells = {
  theme: string;
  then: string;
  now: string;
  /** The difference of the rounded medians, so the row adds up as read; "–" when there is none. */
  change: string;
  /** Set when the theme's questions differ between the two banks. */
  note: string | null;
};

export function movementCells(c: WorkshopChange, m: ThemeMovement): MovementCells {
  const parts = [
    m.added > 0 ? `${plural(m.added, 'question')} added` : null,
    m.removed > 0 ? `${plural(m.removed, 'question')} removed` : null,
  ].filter((x) => x !== null);
  return {
    theme: m.title,
    then: periodText(m.then, c.previous.counting, 'then'),
    now: periodText(m.now, c.counting, 'now'),
    change:
      m.change === null
        ? '–'
        : formatScoreChange(m.then?.stats?.median ?? null, m.now?.stats?.median ?? null),
    note: parts.length > 0 ? `${parts.join(', ')} since that version` : null,
  };
}

/** What the figures compare, in a sentence for every place that shows them. */
export function changeBasis(c: WorkshopChange): string {
  const p = c.previous;
  const then = `${p.title} (${formatDate(p.date)}): ${plural(p.respondents, 'response')} from ${plural(p.organisations, 'organisation')}, ${COUNT_BY_TEXT[p.counting]}`;
  return `Median theme scores (0 to 100) now and at ${then}. No figure is given for a group of fewer than ${MIN_GROUP} in either workshop.`;
}

/** Why some changes are not worked out, or read with care; empty when nothing needs saying. */
export function changeWarnings(c: WorkshopChange): string[] {
  const out: string[] = [];
  if (!c.comparable)
    out.push(
      `The previous workshop’s figures count ${COUNT_BY_TEXT[c.previous.counting]}; this workshop’s count ${COUNT_BY_TEXT[c.counting]}. No change is worked out until both count the same way: change what this workshop’s figures count under “Names, counting and merged organisations”.`,
    );
  if (!c.sameBankVersion)
    out.push(
      `The previous workshop used version ${c.previous.bankVersion} of the question bank; this one uses version ${c.bankVersion}. Where a theme’s questions changed, its change reflects the questions as well as the network.`,
    );
  return out;
}
