import { Cell, Row, Table } from '../../components/table';
import { ThemeScoreTable } from '../../components/theme-score-table';
import type { ReportModel, ReportQuestion } from '../../domain/report-model';
import { PLAN_COLUMNS, WORDING } from '../../domain/report-wording';

/** Text the respondent typed keeps its line breaks. */
export function Written({ text }: { text: string }) {
  return <p className="govuk-body app-report-written">{text}</p>;
}

/** The level as four cells, with the answer in words beside it, so the bar is never the only cue. */
export function LevelBar({ q }: { q: ReportQuestion }) {
  return (
    <span className="app-report-bar" aria-hidden="true">
      {[1, 2, 3, 4].map((cell) => (
        <span
          key={cell}
          className={`app-report-bar__cell${q.level !== null && cell <= q.level ? ' app-report-bar__cell--on' : ''}${q.level === null ? ' app-report-bar__cell--none' : ''}`}
        />
      ))}
    </span>
  );
}

/** "DRAFT: incomplete" and why, as a GOV.UK warning banner (the PDF and Word print the same words). */
export function DraftBanner({ model }: { model: ReportModel }) {
  const { status } = model;
  if (!status.banner) return null;
  return (
    <div className="govuk-warning-text app-report-draft">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning: </span>
        <strong>{status.banner}</strong>
        {status.reasons.map((r) => (
          <span key={r} className="app-report-draft__reason">
            {r}
          </span>
        ))}
      </div>
    </div>
  );
}

/** The theme scores against their target bands: the chart's data as a table. */
export function PositionTable({ model, captionId }: { model: ReportModel; captionId?: string }) {
  return (
    <ThemeScoreTable
      rows={model.themes}
      caption={WORDING.chartCaption}
      captionId={captionId}
      scroll="Theme scores against targets"
    />
  );
}

/** Short cells that must not wrap at 375 px ("High", "18 Dec 2026", "Not started"). */
const NO_WRAP: readonly string[] = ['Priority', 'Due', 'Status'];

/** The plan table: the same columns and cells as the PDF and Word files. */
export function PlanTable({
  actions,
  caption,
}: {
  actions: ReportModel['plan']['actions'];
  caption: string;
}) {
  if (actions.length === 0) return <p className="govuk-body">{WORDING.planEmpty}</p>;
  return (
    <Table
      caption={caption}
      columns={PLAN_COLUMNS}
      className="app-report-plan"
      scroll="Action plan table"
    >
      {actions.map((a) => {
        const [action, ...rest] = a.cells;
        const [text, ...more] = action.split('\n');
        return (
          <Row key={a.id}>
            <Cell>
              {text}
              {more.map((line) => (
                <span key={line} className="govuk-body-s app-report-muted app-report-line">
                  {line}
                </span>
              ))}
            </Cell>
            {rest.map((cell, i) => {
              const column = PLAN_COLUMNS[i + 1] ?? '';
              const flag = column === 'Owner' && a.needsOwner;
              return (
                <Cell
                  key={column}
                  className={
                    NO_WRAP.includes(column)
                      ? 'app-report-nowrap'
                      : flag
                        ? 'app-report-flag'
                        : undefined
                  }
                >
                  {cell}
                </Cell>
              );
            })}
          </Row>
        );
      })}
    </Table>
  );
}
