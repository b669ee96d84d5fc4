import { PROVISIONAL_BELOW, type BandLabel } from './scoring';
import { formatDate, formatPercent, plural } from './format';
import { joinAnd } from './report-text';

/** The parts of a theme that the plain-English reading looks at. */
export type ReadingTheme = {
  title: string;
  score: number | null;
  band: BandLabel | null;
  provisional: boolean;
  targetScore: number;
  /** "Established (60 or more)". */
  targetText: string;
  previous: { score: number | null } | null;
};

const described = (t: ReadingTheme) => `${t.title} (${t.band}, ${Math.round(t.score ?? 0)})`;

/** Themes whose scores round to the same whole number count as level with one another. */
const same = (a: number, b: number) => Math.round(a) === Math.round(b);

/**
 * A short reading of the results in plain English for the executive summary: strongest and weakest
 * themes, themes below target, provisional and unscored themes, gaps, and change since last time.
 */
export function readingOf(
  organisation: string,
  themes: readonly ReadingTheme[],
  criticalGaps: number,
  evidenceGaps: number,
  baselineDate: string | null,
  criticalWithoutLevel = 0,
): string[] {
  const scored = themes.filter((t): t is ReadingTheme & { score: number } => t.score !== null);
  const lines: string[] = [];
  if (scored.length === 0) {
    lines.push('No question has been answered with a level yet, so no theme has a score.');
  } else if (scored.length === 1) {
    lines.push(`Only one theme has a score so far: ${described(scored[0] as ReadingTheme)}.`);
  } else {
    const max = Math.max(...scored.map((t) => t.score));
    const min = Math.min(...scored.map((t) => t.score));
    if (same(max, min)) {
      lines.push(
        `All ${scored.length} scored themes have the same score (${Math.round(max)}, ${scored[0]?.band}).`,
      );
    } else {
      const strongest = scored.filter((t) => same(t.score, max)).map(described);
      const weakest = scored.filter((t) => same(t.score, min)).map(described);
      lines.push(
        `${organisation} is strongest on ${joinAnd(strongest)} and weakest on ${joinAnd(weakest)}.`,
      );
    }
    const below = scored.filter((t) => t.score < t.targetScore);
    const widest = [...below].sort(
      (a, b) => b.targetScore - b.score - (a.targetScore - a.score),
    )[0];
    const widestText = widest
      ? ` The widest gap is in ${widest.title}: a score of ${Math.round(widest.score)} against a target of ${widest.targetText}.`
      : '';
    if (below.length === 0) lines.push('Every scored theme has reached its target level.');
    else if (below.length === scored.length)
      lines.push(`Every scored theme is below its target level.${widestText}`);
    else
      lines.push(
        `${plural(below.length, 'theme is', 'themes are')} below target: ${joinAnd(below.map((t) => t.title))}.${widestText}`,
      );
  }
  const provisional = themes.filter((t) => t.provisional).map((t) => t.title);
  if (provisional.length > 0) {
    lines.push(
      `The ${provisional.length === 1 ? 'result' : 'results'} for ${joinAnd(provisional)} ${provisional.length === 1 ? 'is' : 'are'} provisional, because fewer than ${formatPercent(PROVISIONAL_BELOW)} of the questions were answered with a level.`,
    );
  }
  const unscored = themes.filter((t) => t.score === null).map((t) => t.title);
  if (unscored.length > 0 && scored.length > 0) {
    lines.push(
      `${joinAnd(unscored)} ${unscored.length === 1 ? 'has' : 'have'} no score yet: none of ${unscored.length === 1 ? 'its' : 'their'} questions was answered with a level.`,
    );
  }
  lines.push(
    criticalGaps === 0
      ? criticalWithoutLevel > 0
        ? `No critical question is answered at level 0 or 1, but ${plural(criticalWithoutLevel, 'critical question has', 'critical questions have')} no answer yet, so there may be critical gaps.`
        : 'There are no critical gaps.'
      : `There ${criticalGaps === 1 ? 'is' : 'are'} ${plural(criticalGaps, 'critical gap')}: ${criticalGaps === 1 ? 'a question' : 'questions'} where a low level is a risk in itself, answered at level 0 or 1. ${criticalGaps === 1 ? 'It comes' : 'They come'} first in the priorities.`,
  );
  if (evidenceGaps > 0) {
    lines.push(
      `${plural(evidenceGaps, 'question was', 'questions were')} answered “Don’t know”; finding out the answers would make the results firmer.`,
    );
  }
  if (baselineDate !== null) {
    const moved = scored.filter(
      (t) => t.previous?.score !== null && t.previous?.score !== undefined,
    );
    const up = moved
      .filter((t) => Math.round(t.score) > Math.round(t.previous?.score ?? 0))
      .map((t) => t.title);
    const down = moved
      .filter((t) => Math.round(t.score) < Math.round(t.previous?.score ?? 0))
      .map((t) => t.title);
    const since = `Since the previous assessment on ${formatDate(baselineDate)}`;
    if (up.length === 0 && down.length === 0) lines.push(`${since}, no theme’s score has changed.`);
    else {
      const parts = [
        up.length > 0 ? `${joinAnd(up)} improved` : '',
        down.length > 0 ? `${joinAnd(down)} fell back` : '',
      ].filter(Boolean);
      lines.push(`${since}, ${parts.join(' and ')}.`);
    }
  }
  return lines;
}
