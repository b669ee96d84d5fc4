import type { ReactNode } from 'react';
import type {
  ReportFinding,
  ReportModel,
  ReportQuestion,
  ReportTheme,
} from '../../domain/report-model';
import { ReportRadar, RadarKey } from './report-radar';

/** A wide table scrolls sideways on a narrow screen; the region can take focus so keyboards can scroll it. */
function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="app-report-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** Text the respondent typed keeps its line breaks. */
function Written({ text }: { text: string }) {
  return <p className="govuk-body app-report-written">{text}</p>;
}

/** The level as four cells, with the answer in words beside it, so the bar is never the only cue. */
function LevelBar({ q }: { q: ReportQuestion }) {
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

export function Summary({ model }: { model: ReportModel }) {
  const s = model.summary;
  return (
    <section aria-labelledby="summary-heading" className="app-report-section">
      <h2 className="govuk-heading-l" id="summary-heading">
        Executive summary
      </h2>
      <dl className="app-report-figures">
        {s.overall && (
          <div className="app-report-figure">
            <dt className="govuk-body-s">Overall band</dt>
            <dd>
              <span className="app-report-figure__value">{s.overall.band}</span>
              <span className="govuk-body-s app-report-muted">
                Mean theme score {s.overall.scoreLabel} out of 100
              </span>
            </dd>
          </div>
        )}
        <div className="app-report-figure">
          <dt className="govuk-body-s">Critical gaps</dt>
          <dd>
            <span className="app-report-figure__value">{s.criticalGapCount}</span>
            <span className="govuk-body-s app-report-muted">
              Critical questions at level 0 or 1
            </span>
          </dd>
        </div>
        <div className="app-report-figure">
          <dt className="govuk-body-s">Evidence gaps</dt>
          <dd>
            <span className="app-report-figure__value">{s.evidenceGapCount}</span>
            <span className="govuk-body-s app-report-muted">Questions answered “Don’t know”</span>
          </dd>
        </div>
      </dl>
      {s.overallHidden && (
        <p className="govuk-body app-report-muted">
          The council chose not to show an overall figure, so that the results are not read as a
          league table.
        </p>
      )}

      <h3 className="govuk-heading-m">Current position against target</h3>
      <figure className="app-report-chart">
        <ReportRadar data={s.radar} describedBy="radar-table-caption" />
        <figcaption>
          <RadarKey />
        </figcaption>
      </figure>
      <Scroll label="Theme scores against targets">
        <table className="govuk-table">
          <caption
            className="govuk-table__caption govuk-table__caption--s"
            id="radar-table-caption"
          >
            Theme scores against targets (scores out of 100; a target level sits at 25 times the
            level)
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
                Target level
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Target on the score scale
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
                <td className="govuk-table__cell">{t.band ?? 'No band'}</td>
                <td className="govuk-table__cell">{t.targetLabel}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {Math.round(t.targetScore)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>

      <h3 className="govuk-heading-m">Top three priorities</h3>
      {s.priorities.length === 0 ? (
        <p className="govuk-body">{s.noPriorities}</p>
      ) : (
        <ol className="govuk-list govuk-list--number">
          {s.priorities.map((p) => (
            <li key={p.questionId}>
              {p.text} ({p.themeTitle}, question {p.number}). Now {p.levelLabel}; target{' '}
              {p.targetLabel}.{p.critical && <strong> Critical gap.</strong>}
            </li>
          ))}
        </ol>
      )}
      <h3 className="govuk-heading-m">Reading the results</h3>
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
      <dl className="govuk-summary-list govuk-summary-list--no-border app-report-facts">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Score</dt>
          <dd className="govuk-summary-list__value">
            {theme.score === null
              ? 'No score: no question was answered with a level.'
              : `${theme.scoreLabel} out of 100 (${theme.band})`}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Coverage</dt>
          <dd className="govuk-summary-list__value">{theme.coverageLabel}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Target</dt>
          <dd className="govuk-summary-list__value">
            Level {theme.targetLabel} ({Math.round(theme.targetScore)} on the score scale)
          </dd>
        </div>
        {theme.previous && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Previous ({theme.previous.date})</dt>
            <dd className="govuk-summary-list__value">
              {theme.previous.score === null
                ? 'No score'
                : `${theme.previous.scoreLabel} out of 100`}
            </dd>
          </div>
        )}
      </dl>
      {theme.provisional && (
        <div className="govuk-inset-text">
          <strong>Provisional:</strong> fewer than 60% of this theme’s questions were answered with
          a level, so the score may change as more are answered.
        </div>
      )}
      <table className="govuk-table app-report-answers">
        <caption className="govuk-table__caption govuk-table__caption--m">Answers</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              No.
            </th>
            <th scope="col" className="govuk-table__header">
              Question
            </th>
            <th scope="col" className="govuk-table__header">
              Level (0 to 4)
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {theme.questions.map((q) => (
            <tr key={q.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {q.number}
              </th>
              <td className="govuk-table__cell">
                {q.text}
                {q.critical && (
                  <span className="govuk-body-s app-report-muted"> (critical question)</span>
                )}
              </td>
              <td className="govuk-table__cell app-report-level">
                <LevelBar q={q} /> <strong>{q.answerLabel}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="govuk-heading-m">Findings</h3>
      <Findings
        title="Critical gaps"
        list={theme.findings.criticalGaps}
        none="No critical gaps in this theme."
      />
      <Findings
        title="Evidence gaps"
        list={theme.findings.evidenceGaps}
        none="No “Don’t know” answers in this theme."
      />
      <Findings
        title="Strengths"
        list={theme.findings.strengths}
        none="No question in this theme is at level 3 or 4 yet."
      />
      <h3 className="govuk-heading-m">Notes and evidence</h3>
      {theme.written.length === 0 && (
        <p className="govuk-body app-report-muted">
          The respondent wrote no notes or evidence for this theme.
        </p>
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
        Action plan
      </h2>
      {plan.drafted && (
        <p className="govuk-body">
          No action plan has been agreed yet. This is the draft plan: the suggested actions for the
          top priorities, in priority order, still to be given owners and dates.
        </p>
      )}
      {plan.actions.length === 0 ? (
        <p className="govuk-body">There are no actions in the plan.</p>
      ) : (
        <Scroll label="Action plan table">
          <table className="govuk-table app-report-plan">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {plan.actions.length} {plan.actions.length === 1 ? 'action' : 'actions'}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {[
                  'Action',
                  'Theme',
                  'Priority',
                  'Owner',
                  'Due',
                  'Status',
                  'Measure of success',
                ].map((h) => (
                  <th key={h} scope="col" className="govuk-table__header">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {plan.actions.map((a) => (
                <tr key={a.id} className="govuk-table__row">
                  <td className="govuk-table__cell">{a.text}</td>
                  <td className="govuk-table__cell">{a.themeTitle}</td>
                  <td className="govuk-table__cell">{a.priority}</td>
                  <td className="govuk-table__cell">{a.owner || 'Not assigned'}</td>
                  <td className="govuk-table__cell">{a.due || 'Not set'}</td>
                  <td className="govuk-table__cell">{a.status}</td>
                  <td className="govuk-table__cell">{a.measure || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </section>
  );
}

export function Appendices({ model }: { model: ReportModel }) {
  return (
    <>
      <section aria-labelledby="appendix-answers" className="app-report-section app-report-break">
        <h2 className="govuk-heading-l" id="appendix-answers">
          Appendix A: Every answer
        </h2>
        <p className="govuk-body">
          Each question with the answer given and what that level means in the question bank.
        </p>
        {model.themes.map((t) => (
          <Scroll key={t.id} label={`Answers to theme ${t.number}`}>
            <table className="govuk-table app-report-appendix">
              <caption className="govuk-table__caption govuk-table__caption--s">
                Theme {t.number}: {t.title}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  {['No.', 'Question', 'Answer', 'What the answer means'].map((h) => (
                    <th key={h} scope="col" className="govuk-table__header">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {t.questions.map((q) => (
                  <tr key={q.id} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header">
                      {q.number}
                    </th>
                    <td className="govuk-table__cell">{q.text}</td>
                    <td className="govuk-table__cell">{q.answerLabel}</td>
                    <td className="govuk-table__cell">
                      {q.response === 'not-applicable'
                        ? `Reason: ${q.descriptor ?? 'none given'}`
                        : (q.descriptor ?? '–')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        ))}
      </section>
      <section aria-labelledby="appendix-method" className="app-report-section">
        <h2 className="govuk-heading-l" id="appendix-method">
          Appendix B: How the scores are worked out
        </h2>
        {model.method.map((p) => (
          <p key={p} className="govuk-body">
            {p}
          </p>
        ))}
      </section>
      <section aria-labelledby="appendix-sources" className="app-report-section">
        <h2 className="govuk-heading-l" id="appendix-sources">
          Appendix C: Sources
        </h2>
        <p className="govuk-body">
          The question bank draws on these documents; the notes below are the project’s own
          summaries of them.
        </p>
        {model.sources.map((s) => (
          <div key={s.id} className="app-report-source">
            <h3 className="govuk-heading-m">{s.title}</h3>
            {s.citedBy.length > 0 && (
              <p className="govuk-body-s app-report-muted">
                Cited by questions {s.citedBy.join(', ')}.
              </p>
            )}
            {s.blocks.length === 0 && (
              <p className="govuk-body app-report-muted">No note on this source is available.</p>
            )}
            {s.blocks.map((b, i) =>
              b.kind === 'heading' ? (
                <h4 key={i} className="govuk-heading-s">
                  {b.text}
                </h4>
              ) : b.kind === 'paragraph' ? (
                <p key={i} className="govuk-body">
                  {b.text}
                </p>
              ) : (
                <ul key={i} className="govuk-list govuk-list--bullet">
                  {b.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              ),
            )}
          </div>
        ))}
      </section>
    </>
  );
}
