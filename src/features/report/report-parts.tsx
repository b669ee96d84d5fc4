import type { ReactNode } from 'react';
import type { ReportModel, ReportQuestion } from '../../domain/report-model';
import { PLAN_COLUMNS, WORDING } from '../../domain/report-wording';

/** A wide table scrolls sideways on a narrow screen; the region can take focus so keyboards can scroll it. */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-report-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

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
    <Scroll label="Theme scores against targets">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s" id={captionId}>
          {WORDING.chartCaption}
        </caption>
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
            <th scope="col" className="govuk-table__header">
              Target
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {model.themes.map((t) => (
            <tr key={t.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {t.title}
                {t.provisional && (
                  <span className="govuk-body-s app-report-muted"> (provisional)</span>
                )}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{t.scoreLabel}</td>
              <td className="govuk-table__cell app-report-nowrap">{t.band ?? 'No band'}</td>
              <td className="govuk-table__cell">{t.targetText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

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
    <Scroll label="Action plan table">
      <table className="govuk-table app-report-plan">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {PLAN_COLUMNS.map((h) => (
              <th key={h} scope="col" className="govuk-table__header">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {actions.map((a) => {
            const [action, ...rest] = a.cells;
            const [text, ...more] = action.split('\n');
            return (
              <tr key={a.id} className="govuk-table__row">
                <td className="govuk-table__cell">
                  {text}
                  {more.map((line) => (
                    <span key={line} className="govuk-body-s app-report-muted app-report-line">
                      {line}
                    </span>
                  ))}
                </td>
                {rest.map((cell, i) => (
                  <td
                    key={PLAN_COLUMNS[i + 1]}
                    className={`govuk-table__cell${i === 0 || i === 2 || i === 4 ? ' app-report-nowrap' : ''}${i === 1 && a.needsOwner ? ' app-report-flag' : ''}`}
                  >
                    {cell}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Scroll>
  );
}
