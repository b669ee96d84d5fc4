import { href, paths } from '../../routes/paths';
import { Cell, Row, RowHeader, Table } from '../../components/table';
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
      <Table
        caption="Every question’s level, by theme"
        captionSize="m"
        captionId="heat-caption"
        columns={[
          'Theme',
          ...Array.from({ length: columns }, (_, i) => ({
            header: (
              <>
                <span aria-hidden="true">Q{i + 1}</span>
                <span className="govuk-visually-hidden">Question {i + 1}</span>
              </>
            ),
            className: 'app-heat__head',
          })),
        ]}
        className="app-heat"
        scroll
      >
        {rows.map((row) => (
          <Row key={row.themeId}>
            <RowHeader className="app-heat__theme">{row.title}</RowHeader>
            {row.cells.map((cell) => (
              <Cell
                className={`app-heat__cell app-heat__cell--${cell.state === 'level' ? `l${cell.level}` : cell.state}`}
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
              </Cell>
            ))}
            {Array.from({ length: columns - row.cells.length }, (_, i) => (
              <Cell className="app-heat__cell app-heat__cell--none" key={`pad-${i}`}>
                <span className="govuk-visually-hidden">No question</span>
              </Cell>
            ))}
          </Row>
        ))}
      </Table>
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
