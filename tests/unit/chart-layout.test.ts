import { describe, expect, it } from 'vitest';
import type { ThemeChartRow } from '../../src/domain/chart-data';
import { barsLayout, radarLayout, rowFigures } from '../../src/features/results/chart-layout';
import { textWidth } from '../../src/lib/chart-style';

const row = (theme: string, score: number | null, target: number): ThemeChartRow => ({
  themeId: theme.toLowerCase().replace(/\W+/g, '-'),
  theme,
  score: score ?? 0,
  hasScore: score !== null,
  band: score === null ? null : score >= 40 ? 'Developing' : 'Emerging',
  provisional: false,
  targetLevel: 3,
  target,
});

const ROWS = [
  row('Accountability', 56, 60),
  row('Capacity', 25, 60),
  row('Motivation and demand', 32, 40),
  row('Centralism', null, 40),
  row('Localism and strategic planning', 31, 40),
];
const WORDS = new Set(ROWS.flatMap((r) => `${r.theme}: ${r.theme} ${rowFigures(r)}`.split(/\s+/)));

describe.each([343, 375, 560, 640])('charts laid out at %i px', (width) => {
  it('keeps every radar label inside the drawing, in whole words', () => {
    const l = radarLayout(ROWS, width);
    expect(l.width).toBe(width);
    for (const label of l.labels) {
      const w = Math.max(...label.lines.map((t) => textWidth(t, label.size)));
      const left =
        label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + w).toBeLessThanOrEqual(width);
      expect(label.y - label.size).toBeGreaterThanOrEqual(0);
      expect(label.y + (label.lines.length - 1) * label.lineHeight).toBeLessThanOrEqual(l.height);
      for (const line of label.lines)
        for (const word of line.split(' ')) expect(WORDS).toContain(word);
    }
    expect(l.radius).toBeGreaterThan(40);
  });

  it('writes no ring value on a shape', () => {
    const l = radarLayout(ROWS, width);
    const labelled = l.rings.filter((r) => r.label);
    expect(labelled.length).toBeGreaterThan(0);
    // The emptiest gap here lies between Centralism (reach 40) and Localism (reach 40).
    for (const r of labelled) expect(r.value).toBeGreaterThan(40);
  });

  it('draws bars with an axis that includes 80, and titles that fit', () => {
    const l = barsLayout(ROWS, width);
    expect(l.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(l.ticks[0]?.anchor).toBe('start');
    expect(l.ticks.at(-1)?.anchor).toBe('end');
    for (const r of l.rows) {
      for (const line of r.title.lines) {
        expect(r.title.x + textWidth(line, r.title.size)).toBeLessThanOrEqual(width + 1);
        for (const word of line.split(' ')) expect(WORDS).toContain(word);
      }
      expect(r.barWidth).toBeLessThanOrEqual(l.plotWidth);
    }
  });
});

it('draws the target at the lowest score of its band and a theme with no score at zero', () => {
  const l = barsLayout(ROWS, 640);
  const centralism = l.rows[3]!;
  expect(centralism.barWidth).toBe(0);
  expect(centralism.targetX).toBeCloseTo(l.left + l.plotWidth * 0.4);
  expect(radarLayout(ROWS, 640).current.points[3]).toBeNull();
});
