import './chart-key.css';
import { CHART_KEY, CHART_STYLE } from '../lib/chart-style';

/**
 * The key of the two series, drawn in the chart style itself: the results page's charts and the
 * report's radar share it, so "now" and "target" are explained in the same words everywhere.
 */
export function ChartKey() {
  const { current, target } = CHART_STYLE;
  return (
    <ul className="govuk-list govuk-body-s app-chart-key">
      <li>
        <svg width="36" height="14" aria-hidden="true" focusable="false">
          <line x1="2" y1="7" x2="34" y2="7" stroke={current.colour} strokeWidth={current.width} />
          <circle cx="18" cy="7" r={current.markerRadius} fill={current.colour} />
        </svg>{' '}
        {CHART_KEY.current}
      </li>
      <li>
        <svg width="36" height="14" aria-hidden="true" focusable="false">
          <line
            x1="2"
            y1="7"
            x2="34"
            y2="7"
            stroke={target.colour}
            strokeWidth={target.width}
            strokeDasharray={target.dash}
          />
          <rect x="14" y="3" width="8" height="8" fill={target.colour} />
        </svg>{' '}
        {CHART_KEY.target}
      </li>
    </ul>
  );
}
