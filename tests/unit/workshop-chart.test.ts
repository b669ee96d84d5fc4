import { describe, expect, it } from 'vitest';
import type { ThemeDistribution } from '../../src/domain/aggregate';
import { groupStats } from '../../src/domain/aggregate-stats';
import { boxRows, CHART, STACK_LIMIT, type Dot } from '../../src/domain/workshop-chart';
import { seededRandom } from '../../src/domain/workshop-letters';

const theme = (points: number[]): ThemeDistribution => ({
  themeId: 't',
  title: 'T',
  group: groupStats(points),
  points: [...points].sort((a, b) => a - b),
});

const r = (d: Dot) => (d.count > STACK_LIMIT ? CHART.countRadius : CHART.dotRadius);

/** Pairs of marks drawn over each other: their centres closer than their radii add up to. */
function overlaps(dots: readonly Dot[]): string[] {
  const found: string[] = [];
  dots.forEach((a, i) =>
    dots.slice(i + 1).forEach((b) => {
      if (Math.hypot(a.x - b.x, a.y - b.y) < r(a) + r(b) - 1e-9)
        found.push(`(${a.x}, ${a.y}, ${a.count}) and (${b.x}, ${b.y}, ${b.count})`);
    }),
  );
  return found;
}

const drawn = (dots: readonly Dot[]) => dots.reduce((n, d) => n + d.count, 0);

describe('the dots of the theme box chart', () => {
  it('stacks a few equal scores and counts many in one numbered mark', () => {
    const [few] = boxRows([theme([50, 50, 50, 20])]);
    expect(few?.dots.filter((d) => d.x === Math.round((CHART.left + 336) / 6) * 6)).toHaveLength(3);
    expect(overlaps(few?.dots ?? [])).toEqual([]);
    const [many] = boxRows([theme(Array.from({ length: 30 }, () => 50))]);
    expect(many?.dots).toEqual([expect.objectContaining({ count: 30 })]);
  });

  it('keeps a numbered mark clear of scores just beside it', () => {
    // Six councils at 50, one at 51 and six at 52: each column would be drawn over the next.
    const values = [...Array(6).fill(50), 51, ...Array(6).fill(52)] as number[];
    const [row] = boxRows([theme(values)]);
    expect(overlaps(row?.dots ?? [])).toEqual([]);
    expect(drawn(row?.dots ?? [])).toBe(values.length);
  });

  it('never draws one mark over another, and draws every value, whatever the ties', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 300; run += 1) {
      const n = 3 + random(60);
      // Few distinct scores, so that many values tie or nearly tie.
      const spots = Array.from({ length: 1 + random(8) }, () => random(1001) / 10);
      const values = Array.from({ length: n }, () => spots[random(spots.length)] as number);
      const [row] = boxRows([theme(values)]);
      expect(overlaps(row?.dots ?? []), values.join(',')).toEqual([]);
      expect(drawn(row?.dots ?? [])).toBe(n);
      // The dots stay below the box and its median line, inside the row.
      for (const d of row?.dots ?? []) {
        expect(d.y - r(d)).toBeGreaterThan((row?.y ?? 0) + 47);
        expect(d.y + r(d)).toBeLessThanOrEqual((row?.y ?? 0) + CHART.rowHeight);
      }
    }
  });
});
