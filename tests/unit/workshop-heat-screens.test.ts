import { describe, expect, it } from 'vitest';
import { evenRuns, heatScreens, shortLabel, type HeatRow } from '../../src/domain/workshop-heatmap';

const rows = (theme: string, n: number, councils: number): HeatRow[] =>
  Array.from({ length: n }, (_, i) => ({
    questionId: `${theme}.q${i + 1}`,
    text: `Question ${i + 1}?`,
    theme: theme.toUpperCase(),
    themeId: theme,
    short: `Q${i + 1}`,
    cells: Array.from({ length: councils }, () => 2),
  }));

describe('the heat map cut into projector screens', () => {
  it.each([
    [11, 8, [6, 5]],
    [10, 9, [5, 5]],
    [9, 9, [9]],
    [19, 10, [10, 9]],
    [0, 9, []],
  ])('%i items by at most %i: runs of %j', (n, max, sizes) => {
    const runs = evenRuns(n, max);
    expect(runs.map((r) => r.to - r.from)).toEqual(sizes);
    // The runs cover every item once, in order.
    expect(
      runs.flatMap((r) => Array.from({ length: r.to - r.from }, (_, i) => r.from + i)),
    ).toEqual(Array.from({ length: n }, (_, i) => i));
  });

  it('gives each theme its own screens, and splits a long theme and a large network evenly', () => {
    const all = [...rows('capacity', 10, 19), ...rows('motivation', 6, 19)];
    const screens = heatScreens(all, 19, { maxRows: 9, maxColumns: 10 });
    expect(
      screens.map((s) => [
        s.themeId,
        s.part,
        s.parts,
        s.rows.length,
        s.councils.from,
        s.councils.to,
      ]),
    ).toEqual([
      ['capacity', 1, 4, 5, 0, 10],
      ['capacity', 2, 4, 5, 10, 19],
      ['capacity', 3, 4, 5, 0, 10],
      ['capacity', 4, 4, 5, 10, 19],
      ['motivation', 1, 2, 6, 0, 10],
      ['motivation', 2, 2, 6, 10, 19],
    ]);
    // Every question of every theme is on a screen with every council.
    const seen = new Set(
      screens.flatMap((s) => s.rows.map((r) => `${r.questionId}|${s.councils.from}`)),
    );
    expect(seen.size).toBe(all.length * 2);
  });

  it('names a question in a few words from its id', () => {
    expect(shortLabel('capacity.council-cuts-to-sector')).toBe('Council cuts to sector');
  });
});
