import { Cell, Row, RowHeader, Table } from '../../components/table';
import type { ReportFinding, ReportModel, ReportTheme } from '../../domain/report-model';
import { RECORD_HEADINGS as H, WORDING } from '../../domain/report-wording';
import { DraftBanner, LevelBar, PlanTable, PositionTable, Written } from './report-parts';
import { ChartKey } from '../../components/chart-key';
import { ReportRadar } from './report-radar';
import { rowsOf, SummaryList } from '../../components/summary-list';

const ANSWER_COLUMNS = ['No.', 'Question', 'Level (0 to 4)'];

/** One of the summary's headline figures, with what it counts. */
function Figure({ label, value, note }: { label: string; value: string | number; note: string }) {
  return (
    <div className="app-report-figure">
      <dt className="govuk-body-s">{label}</dt>
      <dd>
        <span className="app-report-figure__value">{value}</span>
        <span className="govuk-body-s app-report-muted">{note}</span>
      </dd>
    </div>
  );
}

export function Summary({ model }: { model: ReportModel }) {
  const s = model.summary;
  return (
    <section aria-labelledby="summary-heading" className="app-report-section">
      <h2 className="govuk-heading-l" id="summary-heading">
        {H.summary}
      </h2>
      <DraftBanner model={model} />
      <dl className="app-report-figures">
        {s.overall && (
          <Figure
            label="Overall band"
            value={s.overall.band}
            note={`Mean theme score ${s.overall.scoreLabel} out of 100`}
          />
        )}
        <Figure
          label="Critical gaps"
          value={s.criticalGapCount}
          note="Critical questions at level 0 or 1"
        />
        <Figure
          label="Evidence gaps"
          value={s.evidenceGapCount}
          note="Questions answered “Don’t know”"
        />
        <Figure
          label={H.unevidenced}
          value={s.unevidencedCount}
          note="Answers at level 3 or 4 with no evidence"
        />
      </dl>
      {s.overallHidden && <p className="govuk-body app-report-muted">{WORDING.overallHidden}</p>}

      <h3 className="govuk-heading-m">{H.position}</h3>
      <figure className="app-report-chart">
        <ReportRadar data={s.radar} describedBy="radar-table-caption" />
        <figcaption>
          <ChartKey />
        </figcaption>
      </figure>
      <PositionTable model={model} captionId="radar-table-caption" />

      <h3 className="govuk-heading-m">{H.priorities}</h3>
      {s.priorities.length === 0 ? (
        <p className="govuk-body">{s.noPriorities}</p>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {s.priorities.map((p) => (
            <li key={p.questionId}>
              {p.text} ({p.themeTitle}, question {p.number}). Now {p.levelLabel}; {p.targetLabel}.
              {p.critical && <strong> Critical gap.</strong>}
            </li>
          ))}
        </ol>
      )}
      <h3 className="govuk-heading-m">{H.reading}</h3>
      <ul className="govuk-list govuk-list--bullet">
        {s.reading.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}

function Findings({
  title,
  list,
  none,
}: {
  title: string;
  list: readonly ReportFinding[];
  none: string;
}) {
  return (
    <>
      <h4 className="govuk-heading-s">{title}</h4>
      {list.length === 0 ? (
        <p className="govuk-body app-report-muted">{none}</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {list.map((f) => (
            <li key={f.questionId}>
              <strong>{f.number}</strong> {f.text} {f.detail}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ThemeSection({ theme }: { theme: ReportTheme }) {
  const id = `theme-${theme.id}`;
  return (
    <section aria-labelledby={id} className="app-report-section app-report-theme">
      <h2 className="govuk-heading-l" id={id}>
        Theme {theme.number}: {theme.title}
      </h2>
      <p className="govuk-body app-report-muted">{theme.summary}</p>
      <SummaryList
        noBorder
        className="app-report-facts"
        rows={rowsOf([
          [
            'Score',
            theme.score === null
              ? WORDING.noScore
              : `${theme.scoreLabel} out of 100 (${theme.band})`,
          ],
          ['Coverage', theme.coverageLabel],
          ['Target', theme.targetText],
          ...(theme.previous
            ? ([
                [
                  `Previous (${theme.previous.date})`,
                  theme.previous.score === null
                    ? 'No score'
                    : `${theme.previous.scoreLabel} out of 100`,
                ],
              ] as const)
            : []),
        ])}
      />
      {theme.provisional && (
        <div className="govuk-inset-text">
          <strong>{WORDING.provisionalTheme}</strong>
        </div>
      )}
      <Table
        caption={H.answers}
        captionSize="m"
        columns={ANSWER_COLUMNS}
        className="app-report-answers"
      >
        {theme.questions.map((q) => (
          <Row key={q.id}>
            <RowHeader>{q.number}</RowHeader>
            <Cell>
              {q.text}
              {q.response === 'not-applicable' && q.descriptor && (
                <span className="govuk-body-s app-report-line">Reason: {q.descriptor}</span>
              )}
              {q.critical && (
                <span className="govuk-body-s app-report-muted"> (critical question)</span>
              )}
            </Cell>
            <Cell className="app-report-level">
              <LevelBar q={q} /> <strong>{q.answerLabel}</strong>
            </Cell>
          </Row>
        ))}
      </Table>
      <h3 className="govuk-heading-m">{H.findings}</h3>
      {(
        [
          [H.criticalGaps, theme.findings.criticalGaps, WORDING.noCriticalGapsTheme],
          [H.evidenceGaps, theme.findings.evidenceGaps, WORDING.noEvidenceGapsTheme],
          [H.unevidenced, theme.findings.unevidenced, WORDING.noUnevidencedTheme],
          [H.strengths, theme.findings.strengths, WORDING.noStrengthsTheme],
        ] as const
      ).map(([title, list, none]) => (
        <Findings key={title} title={title} list={list} none={none} />
      ))}
      <h3 className="govuk-heading-m">{H.notes}</h3>
      {theme.written.length === 0 && (
        <p className="govuk-body app-report-muted">{WORDING.noNotes}</p>
      )}
      {theme.written.map((q) => (
        <div key={q.id} className="app-report-note">
          <h4 className="govuk-heading-s">
            {q.number} {q.text}
          </h4>
          {q.notes && (
            <>
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Notes</p>
              <Written text={q.notes} />
            </>
          )}
          {q.evidence && (
            <>
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                Evidence
              </p>
              <Written text={q.evidence} />
            </>
          )}
        </div>
      ))}
    </section>
  );
}

export function ActionPlan({ plan }: { plan: ReportModel['plan'] }) {
  return (
    <section aria-labelledby="plan-heading" className="app-report-section app-report-break">
      <h2 className="govuk-heading-l" id="plan-heading">
        {H.plan}
      </h2>
      {plan.drafted && <p className="govuk-body">{WORDING.planDrafted}</p>}
      <PlanTable
        actions={plan.actions}
        caption={`${plan.actions.length} ${plan.actions.length === 1 ? 'action' : 'actions'}. ${WORDING.planOrder}`}
      />
    </section>
  );
}
