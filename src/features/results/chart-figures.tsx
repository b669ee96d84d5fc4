import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { describeChartRow, type ThemeChartRow } from '../../domain/chart-data';
import { ThemeScoreTable } from '../../components/theme-score-table';
import type { ThemeScoreRow } from '../../domain/theme-scores';
import { ChartKey } from '../../components/chart-key';
import { BarsDrawing, RadarDrawing } from './results-charts';

/** The width charts are laid out for before the page is measured (and where there is no layout). */
const DEFAULT_WIDTH = 640;

/**
 * The width of the box a chart is drawn in, followed as it changes (a phone turned, a window
 * resized, the print layout), so the chart is laid out for the space it has and its text keeps its
 * real size instead of being scaled down.
 */
function useBoxWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(Math.min(w, 720));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function ChartTable({ scores, caption }: { scores: readonly ThemeScoreRow[]; caption: string }) {
  return (
    <details className="govuk-details app-chart-data">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Show the chart as a table</span>
      </summary>
      <div className="govuk-details__text">
        <ThemeScoreTable rows={scores} caption={caption} />
      </div>
    </details>
  );
}

/**
 * A chart in a figure: caption, a sentence on how to read it, the drawing (an image named by its
 * data in words), the key and the data as a table.
 */
function ChartFigure({
  caption,
  how,
  label,
  scores,
  tableCaption,
  draw,
}: {
  caption: string;
  how: string;
  label: string;
  scores: readonly ThemeScoreRow[];
  tableCaption: string;
  draw: (width: number) => ReactNode;
}) {
  const id = useId();
  const [box, width] = useBoxWidth();
  return (
    <figure className="app-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="govuk-heading-s">
        {caption}
      </figcaption>
      <p className="govuk-body-s">{how}</p>
      <div role="img" aria-label={label} className="app-chart" ref={box}>
        {draw(width)}
      </div>
      <ChartKey />
      <ChartTable scores={scores} caption={tableCaption} />
    </figure>
  );
}

/** What the charts draw, and the same figures as the theme-score table under each chart. */
type FigureProps = { rows: ThemeChartRow[]; scores: readonly ThemeScoreRow[] };

export function ThemeRadarFigure({ rows, scores }: FigureProps) {
  return (
    <ChartFigure
      caption="Theme scores against targets (radar chart)"
      how="The filled blue shape is where each theme is now; the dashed black line is its target. Further out is better; the rings are at 20, 40, 60 and 80, where the bands change."
      label={`Radar chart of theme scores against targets, out of 100. ${rows.map(describeChartRow).join('. ')}.`}
      scores={scores}
      tableCaption="Theme scores and targets"
      draw={(width) => <RadarDrawing rows={rows} width={width} />}
    />
  );
}

export function ThemeBarsFigure({ rows, scores }: FigureProps) {
  return (
    <ChartFigure
      caption="Theme scores (bar chart)"
      how="Each bar is a theme’s score out of 100, labelled with its score and band; the dashed black mark with a square is its target."
      label={`Bar chart of theme scores, out of 100. ${rows.map(describeChartRow).join('. ')}.`}
      scores={scores}
      tableCaption="Theme scores"
      draw={(width) => <BarsDrawing rows={rows} width={width} />}
    />
  );
}
