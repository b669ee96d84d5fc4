/**
 * The chart drawings of the results page. This module is the only one that imports recharts and is
 * loaded lazily (when the charts come near the screen), so recharts never reaches the start or
 * question pages and does not hold up the results page's first view. The drawings are dumb: their
 * data comes from `themeChartRows` in the domain; captions, descriptions and data tables are in
 * chart-figures.tsx and do not wait for this module.
 */
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
import type { ThemeChartRow } from '../../domain/chart-data';
import { useReducedMotion } from './use-reduced-motion';

export const CURRENT = '#1d70b8';
const TARGET = '#0b0c0c';

/** Long theme titles are wrapped onto lines of about 16 characters around the radar. */
function wrap(text: string, width = 16): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

type TickProps = {
  x?: number | string;
  y?: number | string;
  payload?: { value?: string };
  textAnchor?: string;
};

function RadarTick({ x = 0, y = 0, payload, textAnchor }: TickProps) {
  const lines = wrap(payload?.value ?? '');
  const anchor =
    textAnchor === 'start' || textAnchor === 'end' || textAnchor === 'middle'
      ? textAnchor
      : 'middle';
  return (
    <text
      x={Number(x)}
      y={Number(y) - ((lines.length - 1) * 14) / 2}
      textAnchor={anchor}
      fontSize={14}
      fill="#0b0c0c"
    >
      {lines.map((l, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : 14}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

export function RadarDrawing({ rows, height }: { rows: ThemeChartRow[]; height: number }) {
  const reduced = useReducedMotion();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <RadarChart
        data={rows}
        outerRadius="68%"
        margin={{ top: 10, right: 40, bottom: 10, left: 40 }}
        accessibilityLayer={false}
      >
        <PolarGrid gridType="polygon" />
        <PolarAngleAxis dataKey="theme" tick={(p: TickProps) => <RadarTick {...p} />} />
        <PolarRadiusAxis
          angle={54}
          domain={[0, 100]}
          ticks={[20, 40, 60, 80, 100]}
          tick={{ fontSize: 12, fill: '#505a5f' }}
          axisLine={false}
        />
        <Radar
          name="Score now"
          dataKey="score"
          stroke={CURRENT}
          strokeWidth={3}
          fill={CURRENT}
          fillOpacity={0.3}
          dot={false}
          activeDot={false}
          legendType="square"
          isAnimationActive={!reduced}
        />
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
  );
}

export function BarsDrawing({ rows, height }: { rows: ThemeChartRow[]; height: number }) {
  const reduced = useReducedMotion();
  const data = rows.map((r) => ({
    ...r,
    text: r.hasScore ? `${r.score} ${r.band}${r.provisional ? ' (provisional)' : ''}` : 'No score',
  }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 0, right: 150, bottom: 0, left: 10 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 20, 40, 60, 80, 100]}
          tick={{ fontSize: 14, fill: '#0b0c0c' }}
        />
        <YAxis
          type="category"
          dataKey="theme"
          width={170}
          tick={{ fontSize: 14, fill: '#0b0c0c' }}
          interval={0}
        />
        <Bar dataKey="score" name="Score" fill={CURRENT} isAnimationActive={!reduced} barSize={28}>
          <LabelList dataKey="text" position="right" fill="#0b0c0c" fontSize={14} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
