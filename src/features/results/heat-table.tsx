import { href, paths } from '../../routes/paths';
import { NON_LEVEL_LABELS, type HeatRow } from '../../domain/chart-data';

/**
 * Every question's level, a row per theme. Each cell shows the level number and its label (or a
 * short code for "Don't know", "Not applicable" and unanswered), so the colour only repeats what
 * the text says.
 */
export function HeatTable({
  assessmentId,
  columns,
  rows,
  scale,
}: {
  assessmentId: string;
  columns: number;
  rows: HeatRow[];
  scale: readonly string[];
}) {
  return (
    <>
      <div className="app-table-scroll" role="region" aria-labelledby="heat-caption" tabIndex={0}>
        <table className="govuk-table app-heat">
          <caption id="heat-caption" className="govuk-table__caption govuk-table__caption--m">
            Every question’s level, by theme
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Theme
              </th>
              {Array.from({ length: columns }, (_, i) => (
                <th scope="col" className="govuk-table__header app-heat__head" key={i}>
                  <span aria-hidden="true">Q{i + 1}</span>
                  <span className="govuk-visually-hidden">Question {i + 1}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr className="govuk-table__row" key={row.themeId}>
                <th scope="row" className="govuk-table__header app-heat__theme">
                  {row.title}
                </th>
                {row.cells.map((cell) => (
                  <td
                    className={`govuk-table__cell app-heat__cell app-heat__cell--${cell.state === 'level' ? `l${cell.level}` : cell.state}`}
                    key={cell.questionId}
                  >
                    <a
                      className="govuk-link app-heat__link"
                      href={href(paths.question(assessmentId, cell.questionId))}
                      title={cell.text}
                    >
                      <span className="app-heat__short">{cell.short}</span>
                      <span className="app-heat__label">{cell.label}</span>
                      <span className="govuk-visually-hidden">: {cell.text}</span>
                    </a>
                  </td>
                ))}
                {Array.from({ length: columns - row.cells.length }, (_, i) => (
                  <td
                    className="govuk-table__cell app-heat__cell app-heat__cell--none"
                    key={`pad-${i}`}
                  >
                    <span className="govuk-visually-hidden">No question</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="govuk-heading-s">Key</h3>
      <ul className="govuk-list app-heat-key">
        {scale.map((label, level) => (
          <li key={label}>
            <span className={`app-heat-key__swatch app-heat__cell--l${level}`}>{level}</span>{' '}
            {label}
          </li>
        ))}
        {(Object.keys(NON_LEVEL_LABELS) as (keyof typeof NON_LEVEL_LABELS)[]).map((state) => (
          <li key={state}>
            <span className={`app-heat-key__swatch app-heat__cell--${state}`}>
              {NON_LEVEL_LABELS[state].short}
            </span>{' '}
            {NON_LEVEL_LABELS[state].label}
          </li>
        ))}
      </ul>
    </>
  );
}
