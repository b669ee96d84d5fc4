import type { RadarDatum } from '../../domain/report-model';
import {
  labelPlacement,
  RADAR_RINGS,
  radarPoint,
  radarPolygon,
  type Point,
} from '../../domain/report-radar';
import { formatScore, wrapWords } from '../../domain/format';
import { CHART_STYLE as S } from '../../lib/chart-style';

const W = 640;
const H = 420;
const CX = W / 2;
const CY = H / 2 + 8;
const R = 140;

const points = (ps: readonly Point[]) =>
  ps.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

/**
 * The report's radar chart as SVG, from the same geometry as the PDF. It is described as one image;
 * the table beside it gives the same figures for screen readers and for anyone who prefers numbers.
 */
export function ReportRadar({
  data,
  describedBy,
}: {
  data: readonly RadarDatum[];
  describedBy: string;
}) {
  const n = data.length;
  const current = radarPolygon(
    data.map((d) => d.current),
    CX,
    CY,
    R,
  );
  const target = radarPolygon(
    data.map((d) => d.target),
    CX,
    CY,
    R,
  );
  return (
    <svg
      className="app-report-radar"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Radar chart of the current score against the target for each of the ${n} themes`}
      aria-describedby={describedBy}
    >
      <g stroke="#b1b4b6" fill="none" strokeWidth="1">
        {RADAR_RINGS.map((ring) => (
          <polygon
            key={ring}
            points={points(radarPolygon(Array<number>(n).fill(ring), CX, CY, R))}
          />
        ))}
        {data.map((d, i) => {
          const end = radarPoint(i, n, 100, CX, CY, R);
          return <line key={d.themeId} x1={CX} y1={CY} x2={end.x} y2={end.y} />;
        })}
      </g>
      <g fontSize="11" fill="#505a5f" textAnchor="end">
        {RADAR_RINGS.map((ring) => {
          const p = radarPoint(0, n, ring, CX, CY, R);
          return (
            <text key={ring} x={p.x - 5} y={p.y + 4}>
              {ring}
            </text>
          );
        })}
      </g>
      <polygon
        points={points(current)}
        fill={S.current.colour}
        fillOpacity={S.current.fillOpacity}
        stroke={S.current.colour}
        strokeWidth={S.current.width}
      />
      <polygon
        points={points(target)}
        fill="none"
        stroke={S.target.colour}
        strokeWidth={S.target.width}
        strokeDasharray={S.target.dash}
      />
      {target.map((p, i) => (
        <rect
          key={`t${data[i]?.themeId}`}
          x={p.x - S.target.markerSize / 2}
          y={p.y - S.target.markerSize / 2}
          width={S.target.markerSize}
          height={S.target.markerSize}
          fill={S.target.colour}
        />
      ))}
      {current.map((p, i) =>
        data[i]?.current === null ? null : (
          <circle
            key={`c${data[i]?.themeId}`}
            cx={p.x}
            cy={p.y}
            r={S.current.markerRadius}
            fill={S.current.colour}
          />
        ),
      )}
      {data.map((d, i) => {
        const { point, align, valign } = labelPlacement(i, n, CX, CY, R, 12);
        const lines = wrapWords(d.label, 20);
        const height = lines.length * 17 + 15;
        const top =
          valign === 'bottom'
            ? point.y - height
            : valign === 'middle'
              ? point.y - height / 2
              : point.y;
        return (
          <text
            key={d.themeId}
            x={point.x}
            y={top + 13}
            textAnchor={ANCHOR[align]}
            fontSize="14"
            fill="#0b0c0c"
          >
            {lines.map((line, k) => (
              <tspan key={`${k}-${line}`} x={point.x} dy={k === 0 ? 0 : 17} fontWeight="700">
                {line}
              </tspan>
            ))}
            <tspan x={point.x} dy="17" fontSize="12" fill="#505a5f">
              {d.current === null ? 'No score' : `Score ${formatScore(d.current)}`}, target{' '}
              {Math.round(d.target)}
            </tspan>
          </text>
        );
      })}
    </svg>
  );
}
