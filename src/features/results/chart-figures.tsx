import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { describeChartRow, type ThemeChartRow } from '../../domain/chart-data';

const RadarDrawing = lazy(() =>
  import('./results-charts').then((m) => ({ default: m.RadarDrawing })),
);
const BarsDrawing = lazy(() =>
  import('./results-charts').then((m) => ({ default: m.BarsDrawing })),
);

const RADAR_HEIGHT = 380;
const barsHeight = (rows: ThemeChartRow[]) => Math.max(200, rows.length * 64 + 40);

/**
 * True once the element is within a screen's height of the viewport, or a print starts. recharts
 * is large; on a phone the charts are well below the first screen, so it loads when the reader
 * gets near them rather than while the page is first shown.
 */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (near) return;
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setNear(true),
      { rootMargin: '100% 0px' },
    );
    observer.observe(el);
    const onPrint = () => setNear(true);
    window.addEventListener('beforeprint', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
    };
  }, [near, ref]);
  return near;
}

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
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {r.hasScore ? r.score : 'No score'}
                </td>
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

/**
 * A chart in a figure: caption, a sentence on how to read it, the drawing (an image named by its
 * data in words, its height reserved so nothing moves when it arrives) and the data as a table.
 */
function ChartFigure({
  caption,
  how,
  label,
  height,
  rows,
  tableCaption,
  children,
}: {
  caption: string;
  how: string;
  label: string;
  height: number;
  rows: ThemeChartRow[];
  tableCaption: string;
  children: ReactNode;
}) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  return (
    <figure className="app-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="govuk-heading-s">
        {caption}
      </figcaption>
      <p className="govuk-body-s">{how}</p>
      <div role="img" aria-label={label} className="app-chart" ref={box} style={{ height }}>
        {near && <Suspense fallback={null}>{children}</Suspense>}
      </div>
      <ChartTable rows={rows} caption={tableCaption} />
    </figure>
  );
}

export function ThemeRadarFigure({ rows }: { rows: ThemeChartRow[] }) {
  return (
    <ChartFigure
      caption="Theme scores against targets (radar chart)"
      how="The filled blue shape is where each theme is now; the dashed black line is its target. Further out is better; the rings are at 20, 40, 60 and 80, where the bands change."
      label={`Radar chart of theme scores against targets, out of 100. ${rows.map(describeChartRow).join('. ')}.`}
      height={RADAR_HEIGHT}
      rows={rows}
      tableCaption="Theme scores and targets"
    >
      <RadarDrawing rows={rows} height={RADAR_HEIGHT} />
    </ChartFigure>
  );
}

export function ThemeBarsFigure({ rows }: { rows: ThemeChartRow[] }) {
  return (
    <ChartFigure
      caption="Theme scores (bar chart)"
      how="Each bar is a theme’s score out of 100, labelled with its score and band."
      label={`Bar chart of theme scores, out of 100. ${rows.map(describeChartRow).join('. ')}.`}
      height={barsHeight(rows)}
      rows={rows}
      tableCaption="Theme scores"
    >
      <BarsDrawing rows={rows} height={barsHeight(rows)} />
    </ChartFigure>
  );
}
