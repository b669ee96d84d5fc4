/**
 * The results page's charts as plain SVG, drawn from the layouts in chart-layout.ts in the shared
 * chart style. No chart library: the drawings are there at once, in print as on screen, and are
 * laid out for the width they are shown at so that their text stays legible on a phone.
 */
import { Fragment, type ReactNode } from 'react';
import type { ThemeChartRow } from '../../domain/chart-data';
import { CHART_STYLE as S } from '../../lib/chart-style';
import { barsLayout, radarLayout, type TextBlock } from './chart-layout';

function Text({ block }: { block: TextBlock }) {
  return (
    <text
      x={block.x}
      y={block.y}
      textAnchor={block.anchor}
      fontSize={block.size}
      fill={S.text}
      fontFamily={S.font}
    >
      {block.lines.map((line, i) => (
        <tspan
          key={`${i}-${line}`}
          x={block.x}
          dy={i === 0 ? 0 : block.lineHeight}
          fontWeight={i < (block.bold ?? 0) ? 700 : undefined}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The drawing, laid out at the size it is shown; hidden from screen readers (its figure names it). */
function ChartSvg({
  width,
  height,
  children,
}: {
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      className="app-chart-svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function RadarDrawing({ rows, width }: { rows: ThemeChartRow[]; width: number }) {
  const l = radarLayout(rows, width);
  return (
    <ChartSvg width={l.width} height={l.height}>
      <g fill="none" stroke={S.grid} strokeWidth={1}>
        {l.rings.map((r) => (
          <path key={r.value} d={r.path} />
        ))}
        {l.spokes.map((s, i) => (
          <line key={i} x1={s.from.x} y1={s.from.y} x2={s.to.x} y2={s.to.y} />
        ))}
      </g>
      <path
        className="app-chart-current"
        d={l.current.path}
        fill={S.current.colour}
        fillOpacity={S.current.fillOpacity}
        stroke={S.current.colour}
        strokeWidth={S.current.width}
        strokeLinejoin="round"
      />
      <path
        className="app-chart-target"
        d={l.target.path}
        fill="none"
        stroke={S.target.colour}
        strokeWidth={S.target.width}
        strokeDasharray={S.target.dash}
      />
      {l.target.points.map((p, i) => (
        <rect
          key={`t${i}`}
          x={p.x - S.target.markerSize / 2}
          y={p.y - S.target.markerSize / 2}
          width={S.target.markerSize}
          height={S.target.markerSize}
          fill={S.target.colour}
        />
      ))}
      {l.current.points.map((p, i) =>
        p ? (
          <circle
            key={`c${i}`}
            cx={p.x}
            cy={p.y}
            r={S.current.markerRadius}
            fill={S.current.colour}
          />
        ) : null,
      )}
      {/* Ring values with a white halo (chart-layout.ts keeps them off the shapes). */}
      <g
        fontSize={S.tickSize}
        fill={S.muted}
        fontFamily={S.font}
        textAnchor="middle"
        stroke={S.background}
        strokeWidth={3}
        paintOrder="stroke"
      >
        {l.rings.map((r) =>
          r.label ? (
            <text key={r.value} x={r.label.x} y={r.label.y + 4}>
              {r.value}
            </text>
          ) : null,
        )}
      </g>
      {l.labels.map((block, i) => (
        <Text key={rows[i]?.themeId ?? i} block={block} />
      ))}
    </ChartSvg>
  );
}

export function BarsDrawing({ rows, width }: { rows: ThemeChartRow[]; width: number }) {
  const l = barsLayout(rows, width);
  return (
    <ChartSvg width={l.width} height={l.height}>
      {l.rows.map((r) => (
        <Fragment key={r.themeId}>
          <Text block={r.title} />
          <rect x={l.left} y={r.barTop} width={l.plotWidth} height={r.barHeight} fill="#f3f2f1" />
          <g stroke={S.grid} strokeWidth={1}>
            {l.ticks.map((t) => (
              <line
                key={t.value}
                x1={t.x}
                x2={t.x}
                y1={r.barTop - 3}
                y2={r.barTop + r.barHeight + 3}
              />
            ))}
          </g>
          {r.barWidth > 0 ? (
            <path
              className="app-chart-current"
              d={`M${l.left} ${r.barTop} h${r.barWidth.toFixed(1)} v${r.barHeight} h${(-r.barWidth).toFixed(1)} Z`}
              fill={S.current.colour}
            />
          ) : null}
          <path
            className="app-chart-target"
            d={`M${r.targetX.toFixed(1)} ${r.barTop - 5} V${r.barTop + r.barHeight + 5}`}
            stroke={S.target.colour}
            strokeWidth={S.target.width + 1}
            strokeDasharray="4 3"
          />
          <rect
            x={r.targetX - S.target.markerSize / 2}
            y={r.barTop + r.barHeight + 5 - S.target.markerSize / 2}
            width={S.target.markerSize}
            height={S.target.markerSize}
            fill={S.target.colour}
          />
        </Fragment>
      ))}
      <g fontSize={S.tickSize} fill={S.text} fontFamily={S.font}>
        {l.ticks.map((t) => (
          <text key={t.value} x={t.x} y={l.axisY + S.tickSize} textAnchor={t.anchor}>
            {t.value}
          </text>
        ))}
      </g>
    </ChartSvg>
  );
}
