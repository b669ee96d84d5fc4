import { useId } from 'react';
import type { ThemeDistribution } from '../../domain/aggregate';
import { COUNT_BY_TEXT, hiddenReason, type CountBy } from '../../domain/aggregate-stats';
import { boxRows, CHART, chartHeight, xOf } from '../../domain/workshop-chart';
import './workshop.css';

const r = (x: number) => String(Math.round(x));

/** The whisker lines of a box, as [x1, x2, y1, y2] with y from the row's top: two arms and two ends. */
const whiskers = (b: {
  min: number;
  q1: number;
  q3: number;
  max: number;
}): [number, number, number, number][] => [
  [b.min, b.q1, 34, 34],
  [b.q3, b.max, 34, 34],
  [b.min, b.min, 28, 40],
  [b.max, b.max, 28, 40],
];

/**
 * Box plots of the theme scores, one row per theme, with a dot for each council (or response);
 * one council can be picked out (an outlined diamond on its row, named in the caption, so not by
 * colour alone). The table beside it holds the same figures.
 */
export function ThemeBoxChart({
  themes,
  countBy,
  highlight,
  tableBelow = true,
}: {
  themes: readonly ThemeDistribution[];
  countBy: CountBy;
  highlight: { label: string; scores: Record<string, number | null> } | null;
  /** False where no table of the figures follows (the projector). */
  tableBelow?: boolean;
}) {
  const titleId = useId();
  const descId = useId();
  const rows = boxRows(themes, highlight?.scores ?? null);
  const height = chartHeight(rows.length);
  const unit = countBy === 'council' ? 'council' : 'response';
  return (
    <figure className="app-workshop-figure" data-testid="theme-box-chart">
      <svg
        viewBox={`0 0 ${CHART.width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="app-workshop-chart"
      >
        <title id={titleId}>Theme scores across the workshop, {COUNT_BY_TEXT[countBy]}</title>
        <desc id={descId}>
          {rows
            .map((row) => {
              const t = themes.find((x) => x.themeId === row.themeId);
              const s = t?.group.stats;
              return s && t
                ? `${row.title}: median ${r(s.median)}, middle half ${r(s.q1)} to ${r(s.q3)}, range ${r(s.min)} to ${r(s.max)}.`
                : `${row.title}: ${t ? hiddenReason(t.group, countBy) : ''}.`;
            })
            .join(' ')}
        </desc>
        {[0, 20, 40, 60, 80, 100].map((v) => (
          <g key={v}>
            <line
              x1={xOf(v)}
              x2={xOf(v)}
              y1={CHART.top - 6}
              y2={height - 8}
              className="app-chart-grid"
            />
            <text x={xOf(v)} y={CHART.top - 12} textAnchor="middle" className="app-chart-axis">
              {v}
            </text>
          </g>
        ))}
        {rows.map((row) => {
          const t = themes.find((x) => x.themeId === row.themeId);
          return (
            <g key={row.themeId}>
              <text x={CHART.left} y={row.y + 14} className="app-chart-label">
                {row.title} {row.box || !t ? '' : `(${hiddenReason(t.group, countBy)})`}
              </text>
              {row.box ? (
                <>
                  {whiskers(row.box).map(([x1, x2, y1, y2], i) => (
                    <line
                      key={i}
                      x1={x1}
                      x2={x2}
                      y1={row.y + y1}
                      y2={row.y + y2}
                      className="app-chart-whisker"
                    />
                  ))}
                  <rect
                    x={row.box.q1}
                    y={row.y + 24}
                    width={Math.max(2, row.box.q3 - row.box.q1)}
                    height={20}
                    className="app-chart-box"
                  />
                  <line
                    x1={row.box.median}
                    x2={row.box.median}
                    y1={row.y + 21}
                    y2={row.y + 47}
                    className="app-chart-median"
                  />
                </>
              ) : null}
              {row.dots.map((d, i) =>
                d.count === 1 ? (
                  <circle key={i} cx={d.x} cy={d.y} r={CHART.dotRadius} className="app-chart-dot" />
                ) : (
                  <g key={i}>
                    <circle
                      cx={d.x}
                      cy={d.y}
                      r={CHART.countRadius}
                      className="app-chart-dot-many"
                    />
                    <text x={d.x} y={d.y + 4} textAnchor="middle" className="app-chart-dot-count">
                      {d.count}
                    </text>
                  </g>
                ),
              )}
              {row.highlight ? (
                <path
                  d={`M ${row.highlight.x} ${row.y + 24} l 8 10 l -8 10 l -8 -10 z`}
                  className="app-chart-highlight"
                />
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="govuk-body-s">
        Figures: {COUNT_BY_TEXT[countBy]}. Each row: the line runs from the lowest to the highest
        score, the box holds the middle half, the thick black line is the median, and each dot is
        one {unit} (a numbered circle stands for that many at about the same score).
        {highlight ? ` The yellow diamond is ${highlight.label}.` : ''}
        {tableBelow ? ' The table below gives the same figures.' : ''}
      </figcaption>
    </figure>
  );
}
