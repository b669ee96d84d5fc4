import { useId } from 'react';
import type { ThemeDistribution } from '../../domain/aggregate';
import { TOO_FEW_LABEL } from '../../domain/aggregate-stats';
import { boxRows, CHART, chartHeight, xOf } from '../../domain/workshop-chart';
import './workshop.css';

const r = (x: number) => String(Math.round(x));

/**
 * Box plots of the theme scores, one row per theme, with a dot for each response; one response can
 * be picked out (a larger, outlined diamond with its label, so not by colour alone). The table
 * beside it holds the same figures.
 */
export function ThemeBoxChart({
  themes,
  highlight,
}: {
  themes: readonly ThemeDistribution[];
  highlight: { id: string; label: string } | null;
}) {
  const titleId = useId();
  const descId = useId();
  const rows = boxRows(themes);
  const height = chartHeight(rows.length);
  return (
    <figure className="app-workshop-figure" data-testid="theme-box-chart">
      <svg
        viewBox={`0 0 ${CHART.width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="app-workshop-chart"
      >
        <title id={titleId}>Theme scores across the workshop</title>
        <desc id={descId}>
          {rows
            .map((row) => {
              const t = themes.find((x) => x.themeId === row.themeId);
              const s = t?.group.stats;
              return s
                ? `${row.title}: median ${r(s.median)}, middle half ${r(s.q1)} to ${r(s.q3)}, range ${r(s.min)} to ${r(s.max)}.`
                : `${row.title}: ${TOO_FEW_LABEL}.`;
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
        {rows.map((row) => (
          <g key={row.themeId}>
            <text x={CHART.left} y={row.y + 14} className="app-chart-label">
              {row.title} {row.box ? '' : `(${TOO_FEW_LABEL})`}
            </text>
            {row.box ? (
              <>
                <line
                  x1={row.box.min}
                  x2={row.box.q1}
                  y1={row.y + 34}
                  y2={row.y + 34}
                  className="app-chart-whisker"
                />
                <line
                  x1={row.box.q3}
                  x2={row.box.max}
                  y1={row.y + 34}
                  y2={row.y + 34}
                  className="app-chart-whisker"
                />
                <line
                  x1={row.box.min}
                  x2={row.box.min}
                  y1={row.y + 28}
                  y2={row.y + 40}
                  className="app-chart-whisker"
                />
                <line
                  x1={row.box.max}
                  x2={row.box.max}
                  y1={row.y + 28}
                  y2={row.y + 40}
                  className="app-chart-whisker"
                />
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
            {row.dots.map((d) =>
              highlight?.id === d.participantId ? null : (
                <circle key={d.participantId} cx={d.x} cy={d.y} r={2.6} className="app-chart-dot" />
              ),
            )}
            {row.dots
              .filter((d) => highlight?.id === d.participantId)
              .map((d) => (
                <g key={`h-${d.participantId}`}>
                  <path
                    d={`M ${d.x} ${row.y + 50} l 7 9 l -7 9 l -7 -9 z`}
                    className="app-chart-highlight"
                  />
                  <text
                    x={d.x > CHART.width / 2 ? d.x - 10 : d.x + 10}
                    y={row.y + 63}
                    textAnchor={d.x > CHART.width / 2 ? 'end' : 'start'}
                    className="app-chart-highlight-label"
                  >
                    {highlight?.label} {r(d.score)}
                  </text>
                </g>
              ))}
          </g>
        ))}
      </svg>
      <figcaption className="govuk-body-s">
        Each row: the line runs from the lowest to the highest score, the box holds the middle half
        of responses, the thick black line is the median, and each dot is one response.
        {highlight ? ` The diamond is ${highlight.label}.` : ''} The table below gives the same
        figures.
      </figcaption>
    </figure>
  );
}
