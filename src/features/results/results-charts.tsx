/**
 * The two charts of the results page. This module is the only one that imports recharts and is
 * loaded lazily by the results page, so recharts never reaches the start or question pages.
 * The charts are dumb: their data comes from `themeChartRows` in the domain.
 */
import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { describeChartRow, type ThemeChartRow } from '../../domain/chart-data';
import { useReducedMotion } from './use-reduced-motion';

const CURRENT = '#1d70b8';
const TARGET = '#0b0c0c';

function ChartTable({ rows, caption }: { rows: ThemeChartRow[]; caption: string }) {
  return (
    <details className="govuk-details app-chart-data">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Show the chart as a table</span>
      </summary>
      <div className="govuk-details__text">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Theme
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Score
              </th>
              <th scope="col" className="govuk-table__header">
                Band
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Target
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((r) => (
              <tr className="govuk-table__row" key={r.themeId}>
                <th scope="row" className="govuk-table__header">
                  {r.theme}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{r.hasScore ? r.score : 'No score'}</td>
                <td className="govuk-table__cell">
                  {r.band ?? '–'}
                  {r.provisional ? ' (provisional)' : ''}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {r.target} (level {r.targetLevel})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Long theme titles are wrapped onto lines of about 16 characters around the radar. */
function wrap(text: string, width = 16): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: string }; textAnchor?: string };

function RadarTick({ x = 0, y = 0, payload, textAnchor }: TickProps) {
  const lines = wrap(payload?.value ?? '');
  const anchor = textAnchor === 'start' || textAnchor === 'end' || textAnchor === 'middle' ? textAnchor : 'middle';
  const ny = Number(y);
  return (
    <text x={Number(x)} y={ny - ((lines.length - 1) * 14) / 2} textAnchor={anchor} fontSize={14} fill="#0b0c0c">
      {lines.map((l, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : 14}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

export function ThemeRadar({ rows }: { rows: ThemeChartRow[] }) {
  const id = useId();
  const reduced = useReducedMotion();
  const label = `Radar chart of theme scores against targets, out of 100. ${rows.map(describeChartRow).join('. ')}.`;
  return (
    <figure className="app-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="govuk-heading-s">
        Theme scores against targets (radar chart)
      </figcaption>
      <p className="govuk-body-s">
        The filled blue shape is where each theme is now; the dashed black line is its target. Further out is better;
        the rings are at 20, 40, 60 and 80, where the bands change.
      </p>
      <div role="img" aria-label={label} className="app-chart app-chart--radar">
        <ResponsiveContainer width="100%" height={380}>
          <RadarChart data={rows} outerRadius="68%" margin={{ top: 10, right: 40, bottom: 10, left: 40 }} accessibilityLayer={false}>
            <PolarGrid gridType="polygon" />
            <PolarAngleAxis dataKey="theme" tick={(p: TickProps) => <RadarTick {...p} />} />
            <PolarRadiusAxis angle={54} domain={[0, 100]} ticks={[20, 40, 60, 80, 100]} tick={{ fontSize: 12, fill: '#505a5f' }} axisLine={false} />
            <Radar name="Score now" dataKey="score" stroke={CURRENT} strokeWidth={3} fill={CURRENT} fillOpacity={0.3} dot={false} activeDot={false} legendType="square" isAnimationActive={!reduced} />
            <Radar
              name="Target"
              dataKey="target"
              stroke={TARGET}
              strokeWidth={2}
              strokeDasharray="6 4"
              fill="none"
              fillOpacity={0}
              dot={false}
              activeDot={false}
              legendType="plainline"
              isAnimationActive={!reduced}
            />
            <Legend wrapperStyle={{ fontSize: 16 }} />
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable rows={rows} caption="Theme scores and targets" />
    </figure>
  );
}

export function ThemeBars({ rows }: { rows: ThemeChartRow[] }) {
  const id = useId();
  const reduced = useReducedMotion();
  const label = `Bar chart of theme scores, out of 100. ${rows.map(describeChartRow).join('. ')}.`;
  const labelOf = (r: ThemeChartRow) => (r.hasScore ? `${r.score} ${r.band}${r.provisional ? ' (provisional)' : ''}` : 'No score');
  const data = rows.map((r) => ({ ...r, text: labelOf(r) }));
  return (
    <figure className="app-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="govuk-heading-s">
        Theme scores (bar chart)
      </figcaption>
      <p className="govuk-body-s">Each bar is a theme’s score out of 100, labelled with its score and band.</p>
      <div role="img" aria-label={label} className="app-chart app-chart--bars">
        <ResponsiveContainer width="100%" height={Math.max(200, rows.length * 64 + 40)}>
          <BarChart data={data} layout="vertical" margin={{ top: 0, right: 150, bottom: 0, left: 10 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} tick={{ fontSize: 14, fill: '#0b0c0c' }} />
            <YAxis type="category" dataKey="theme" width={170} tick={{ fontSize: 14, fill: '#0b0c0c' }} interval={0} />
            <Bar dataKey="score" name="Score" fill={CURRENT} isAnimationActive={!reduced} barSize={28}>
              <LabelList dataKey="text" position="right" fill="#0b0c0c" fontSize={14} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable rows={rows} caption="Theme scores" />
    </figure>
  );
}
