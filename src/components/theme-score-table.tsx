import { formatPercent } from '../domain/format';
import type { ThemeScoreRow } from '../domain/theme-scores';
import { Cell, Row, RowHeader, Table, type Column, type TableProps } from './table';

/** The theme-score table's columns, defined once for the results page, the charts and the report. */
const COLUMNS = {
  theme: 'Theme',
  score: { header: 'Score', numeric: true },
  band: 'Band',
  coverage: { header: 'Coverage', numeric: true },
  target: 'Target',
} satisfies Record<string, Column>;

/**
 * Each theme's score, band, (coverage) and target band: the results page's main table, the charts'
 * data and the report's position table. Cells carry `data-field` so tests can read a figure.
 */
export function ThemeScoreTable({
  rows,
  coverage = false,
  themeHref,
  provisionalTag = false,
  ...table
}: Omit<TableProps, 'columns' | 'children'> & {
  rows: readonly ThemeScoreRow[];
  /** Add the coverage column (share of questions answered with a level). */
  coverage?: boolean;
  /** Link each theme's name, e.g. to its questions. */
  themeHref?: (themeId: string) => string;
  /** Mark a provisional score with a yellow tag rather than in words. */
  provisionalTag?: boolean;
}) {
  const { theme, score, band, target } = COLUMNS;
  const columns = coverage
    ? [theme, score, band, COLUMNS.coverage, target]
    : [theme, score, band, target];
  return (
    <Table {...table} columns={columns}>
      {rows.map((t) => (
        <Row key={t.id} data-theme={t.id}>
          <RowHeader>
            {themeHref ? (
              <a className="govuk-link" href={themeHref(t.id)}>
                {t.title}
              </a>
            ) : (
              t.title
            )}
          </RowHeader>
          <Cell numeric data-field="score">
            {t.scoreLabel}
          </Cell>
          <Cell data-field="band">
            <span className="app-table-nowrap">{t.bandLabel}</span>
            {t.provisional &&
              (provisionalTag ? (
                <>
                  {' '}
                  <strong className="govuk-tag govuk-tag--yellow app-tag">Provisional</strong>
                </>
              ) : (
                ' (provisional)'
              ))}
          </Cell>
          {coverage && (
            <Cell numeric data-field="coverage">
              {formatPercent(t.coverage)}
              <span className="app-muted">
                {' '}
                ({t.answeredWithLevel} of {t.total})
              </span>
            </Cell>
          )}
          <Cell data-field="target">{t.targetText}</Cell>
        </Row>
      ))}
    </Table>
  );
}
