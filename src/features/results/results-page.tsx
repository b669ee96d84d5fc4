import { useEffect, useMemo } from 'react';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import { usePageTitle } from '../../components/use-page-title';
import type { Assessment } from '../../domain/assessment-schema';
import { heatTable, themeChartRows, themeExtremes } from '../../domain/chart-data';
import { formatScore } from '../../domain/format';
import { themeScoreRows } from '../../domain/theme-scores';
import { ThemeScoreTable } from '../../components/theme-score-table';
import { compareWithBaseline } from '../../domain/comparison';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import {
  draftPlan,
  effectiveTargets,
  priorities,
  priorityFor,
  scoreAssessment,
  strengths,
  type AssessmentResult,
  type ThemeResult,
} from '../../domain/scoring';
import { PRIORITIES } from '../../domain/options';
import { updateAssessment, useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { ThemeBarsFigure, ThemeRadarFigure } from './chart-figures';
import { HeatTable } from './heat-table';
import { ProgressSection } from './progress-section';
import './results.css';

const PRIORITIES_SHOWN = 10;

function themeScoreText(t: ThemeResult): string {
  return t.score === null ? 'No score' : `${formatScore(t.score)} (${t.band})`;
}

/** Opens every details element while printing, so that the printout has the tables folded away on screen. */
function useOpenDetailsForPrint(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [
        ...document.querySelectorAll<HTMLDetailsElement>(
          '.app-results details:not([open]):not(.app-chart-data)',
        ),
      ];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}

export function ResultsPage({ params }: PageProps<typeof paths.results>) {
  const assessment = useAssessment(params.id);
  const bank = useQuestionnaire();
  if (!assessment) return <AssessmentNotFound savedHref={href(paths.assessments())} />;
  return <Results assessment={assessment} bank={bank} />;
}

function Results({ assessment, bank }: { assessment: Assessment; bank: Questionnaire }) {
  const id = assessment.id;
  usePageTitle(`Results for ${assessment.about.organisation}`);
  useOpenDetailsForPrint();
  const result = useMemo(() => scoreAssessment(bank, assessment), [bank, assessment]);
  const targets = useMemo(
    () => effectiveTargets(result, assessment.targets),
    [result, assessment.targets],
  );
  const rows = useMemo(() => themeChartRows(result, targets), [result, targets]);
  const scores = useMemo(() => themeScoreRows(result, targets), [result, targets]);
  const prios = useMemo(() => priorities(bank, assessment, targets), [bank, assessment, targets]);
  const best = useMemo(() => strengths(bank, assessment), [bank, assessment]);
  const heat = useMemo(() => heatTable(bank, assessment.answers), [bank, assessment.answers]);
  const comparison = useMemo(() => compareWithBaseline(bank, assessment), [bank, assessment]);
  // The first unfinished actions: the saved plan's order is the user's, else the draft's.
  const firstActions = useMemo(() => {
    const plan =
      assessment.plan.length > 0 ? assessment.plan : draftPlan(bank, assessment, targets);
    return plan.filter((a) => a.status !== 'done').slice(0, 3);
  }, [bank, assessment, targets]);
  const questionById = useMemo(
    () =>
      new Map(bank.themes.flatMap((t) => t.questions.map((q) => [q.id, { q, theme: t }] as const))),
    [bank],
  );
  const themeTitle = (themeId: string) =>
    bank.themes.find((t) => t.id === themeId)?.title ?? themeId;
  const hideOverall = assessment.settings.hideOverall;
  const anyScore = result.themes.some((t) => t.score !== null);

  return (
    <div className="app-results">
      <span className="govuk-caption-l">{assessment.about.organisation}</span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Results
      </h1>

      {!anyScore ? (
        <div className="govuk-inset-text">
          No question has been answered with a level yet, so there are no scores.{' '}
          <a className="govuk-link" href={href(paths.tasks(id))}>
            Answer the questions
          </a>
          .
        </div>
      ) : (
        <AtAGlance
          id={id}
          result={result}
          hideOverall={hideOverall}
          prios={prios.slice(0, 3).map((p) => ({
            questionId: p.question.id,
            text: p.question.text,
            themeId: p.themeId,
            critical: p.critical,
          }))}
          actions={firstActions.map((a) => a.text)}
          planIsDraft={assessment.plan.length === 0}
          themeTitle={themeTitle}
        />
      )}

      <div
        className="govuk-checkboxes govuk-checkboxes--small app-no-print"
        data-module="govuk-checkboxes"
      >
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id="hide-overall"
            type="checkbox"
            checked={hideOverall}
            aria-describedby="hide-overall-hint"
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              updateAssessment(id, (a) => ({
                ...a,
                settings: { ...a.settings, hideOverall: checked },
              }));
            }}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="hide-overall">
            Hide the overall score
          </label>
          <div id="hide-overall-hint" className="govuk-hint govuk-checkboxes__hint">
            Show only the theme scores, so the results are not read as a league table.
          </div>
        </div>
      </div>

      <section aria-labelledby="themes-heading" className="app-section">
        <h2 className="govuk-heading-l" id="themes-heading">
          Themes
        </h2>
        <ThemeScoreTable
          rows={scores}
          caption="Score out of 100, band, coverage and target for each theme"
          captionId="themes-caption"
          scroll
          testId="theme-scores"
          coverage
          themeHref={(themeId) => href(paths.theme(id, themeId))}
          provisionalTag
        />
        <p className="govuk-body-s">
          {result.themes.some((t) => t.provisional) &&
            'Provisional: fewer than 60% of the theme’s questions have a level, so the score rests on few answers. '}
          Coverage is the share of a theme’s questions answered with a level. Targets are set on the{' '}
          <a className="govuk-link" href={`${href(paths.plan(id))}`}>
            action plan page
          </a>
          .
        </p>
        <div className="app-charts">
          <ThemeRadarFigure rows={rows} scores={scores} />
          <ThemeBarsFigure rows={rows} scores={scores} />
        </div>
      </section>

      <section aria-labelledby="gaps-heading" className="app-section">
        <h2 className="govuk-heading-l" id="gaps-heading">
          Gaps
        </h2>
        <h3 className="govuk-heading-m">Critical gaps ({result.criticalGaps.length})</h3>
        {result.criticalGaps.length === 0 ? (
          <p className="govuk-body">No critical question is at level 0 or 1.</p>
        ) : (
          <>
            <p className="govuk-body">
              Critical questions answered at level 0 or 1. Deal with these first.
            </p>
            <ul className="govuk-list govuk-list--bullet" data-testid="critical-gaps">
              {result.criticalGaps.map((qid) => {
                const found = questionById.get(qid);
                const level = assessment.answers[qid]?.response;
                return (
                  <li key={qid}>
                    <a className="govuk-link" href={href(paths.question(id, qid))}>
                      {found?.q.text ?? qid}
                    </a>{' '}
                    <span className="app-muted">
                      ({found?.theme.title}; level{' '}
                      {level?.kind === 'level' ? `${level.level} ${bank.scale[level.level]}` : '–'})
                    </span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
        <h3 className="govuk-heading-m">Evidence gaps ({result.evidenceGaps.length})</h3>
        {result.evidenceGaps.length === 0 ? (
          <p className="govuk-body">No question was answered “Don’t know”.</p>
        ) : (
          <>
            <p className="govuk-body">
              Questions answered “Don’t know”: find out before the next assessment.
            </p>
            <ul className="govuk-list govuk-list--bullet" data-testid="evidence-gaps">
              {result.evidenceGaps.map((qid) => {
                const found = questionById.get(qid);
                return (
                  <li key={qid}>
                    <a className="govuk-link" href={href(paths.question(id, qid))}>
                      {found?.q.text ?? qid}
                    </a>{' '}
                    <span className="app-muted">({found?.theme.title})</span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <div className="govuk-grid-row app-section">
        <section aria-labelledby="strengths-heading" className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-l" id="strengths-heading">
            Strengths
          </h2>
          {best.length === 0 ? (
            <p className="govuk-body">No question is at level 3 or 4 yet.</p>
          ) : (
            <ol className="govuk-list govuk-list--number" data-testid="strengths">
              {best.map((s) => (
                <li key={s.question.id}>
                  <a className="govuk-link" href={href(paths.question(id, s.question.id))}>
                    {s.question.text}
                  </a>{' '}
                  <span className="app-muted">
                    ({themeTitle(s.themeId)}; level {s.level} {bank.scale[s.level]})
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="priorities-heading" className="govuk-grid-column-one-half">
          <h2 className="govuk-heading-l" id="priorities-heading">
            Priorities
          </h2>
          {prios.length === 0 ? (
            <p className="govuk-body">
              {anyScore
                ? 'Every answered question has reached its theme’s target.'
                : 'No question has been answered with a level yet.'}
            </p>
          ) : (
            <>
              <ol className="govuk-list govuk-list--number" data-testid="priorities">
                {prios.slice(0, PRIORITIES_SHOWN).map((p) => (
                  <li key={p.question.id}>
                    <a className="govuk-link" href={href(paths.question(id, p.question.id))}>
                      {p.question.text}
                    </a>{' '}
                    <span className="app-muted">
                      ({themeTitle(p.themeId)}; level {p.level}, target {p.target};{' '}
                      {PRIORITIES[priorityFor(p)].toLowerCase()} priority)
                    </span>{' '}
                    {p.critical && (
                      <strong className="govuk-tag govuk-tag--red app-tag">Critical gap</strong>
                    )}
                  </li>
                ))}
              </ol>
              {prios.length > PRIORITIES_SHOWN && (
                <p className="govuk-body">
                  And {prios.length - PRIORITIES_SHOWN} more in the{' '}
                  <a className="govuk-link" href={href(paths.plan(id))}>
                    action plan
                  </a>
                  .
                </p>
              )}
            </>
          )}
        </section>
      </div>

      <div className="app-section">
        <HeatTable assessmentId={id} columns={heat.columns} rows={heat.rows} scale={bank.scale} />
      </div>

      {comparison && (
        <ProgressSection assessmentId={id} comparison={comparison} scale={bank.scale} />
      )}

      <section aria-labelledby="next-heading" className="app-section app-no-print">
        <h2 className="govuk-heading-l" id="next-heading">
          What next
        </h2>
        <ul className="govuk-list">
          <li>
            <a className="govuk-link govuk-!-font-weight-bold" href={href(paths.plan(id))}>
              Set targets and make the action plan
            </a>
          </li>
          <li>
            <a className="govuk-link" href={href(paths.cabinet(id))}>
              Write the cabinet paper
            </a>
          </li>
          <li>
            <a className="govuk-link" href={href(paths.report(id))}>
              Make a report
            </a>
          </li>
          <li>
            <a className="govuk-link" href={href(paths.scoring())}>
              How scoring works
            </a>
          </li>
          <li>
            <a className="govuk-link" href={href(paths.tasks(id))}>
              Change your answers
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}

/** What the overall figure averages, and a caution when it rests on part of the assessment. */
function overallNote(result: AssessmentResult): string {
  const scored = result.themes.filter((t) => t.score !== null);
  const provisional = scored.filter((t) => t.provisional).length;
  const parts = [
    scored.length === result.themes.length
      ? `The average of the ${scored.length} theme scores.`
      : `The average of the ${scored.length} of ${result.themes.length} themes that have a score.`,
  ];
  if (provisional > 0)
    parts.push(`${provisional === 1 ? 'One is' : `${provisional} are`} provisional.`);
  return parts.join(' ');
}

type Lead = { questionId: string; text: string; themeId: string; critical: boolean };

/** The answer to "where are we strong, where weak, what first" in a few lines at the top. */
function AtAGlance({
  id,
  result,
  hideOverall,
  prios,
  actions,
  planIsDraft,
  themeTitle,
}: {
  id: string;
  result: AssessmentResult;
  hideOverall: boolean;
  prios: Lead[];
  actions: string[];
  planIsDraft: boolean;
  themeTitle: (id: string) => string;
}) {
  const { strongest, weakest } = themeExtremes(result);
  const names = (list: ThemeResult[]) =>
    list.map((t) => `${t.title}: ${themeScoreText(t)}`).join('; ');
  const noScore = result.themes.filter((t) => t.score === null);
  return (
    <div className="app-glance" data-testid="at-a-glance">
      <h2 className="govuk-heading-m">At a glance</h2>
      <dl className="govuk-summary-list">
        {!hideOverall && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Overall score</dt>
            <dd className="govuk-summary-list__value" data-testid="overall">
              <span className="app-big-figure">{formatScore(result.overall)}</span> out of 100
              {result.overallBand ? `: ${result.overallBand}` : ''}
              <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                {overallNote(result)}
              </span>
            </dd>
          </div>
        )}
        {strongest.length > 0 && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Strongest</dt>
            <dd className="govuk-summary-list__value">{names(strongest)}</dd>
          </div>
        )}
        {weakest.length > 0 && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Weakest</dt>
            <dd className="govuk-summary-list__value">{names(weakest)}</dd>
          </div>
        )}
        {noScore.length > 0 && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">No score</dt>
            <dd className="govuk-summary-list__value">
              {noScore.map((t) => t.title).join(', ')}: no question answered with a level
            </dd>
          </div>
        )}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Gaps</dt>
          <dd className="govuk-summary-list__value">
            {result.criticalGaps.length} critical, {result.evidenceGaps.length} “Don’t know”
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Most urgent</dt>
          <dd className="govuk-summary-list__value">
            {prios.length === 0 ? (
              'Nothing is below target.'
            ) : (
              <ol className="govuk-list govuk-list--number govuk-!-margin-bottom-0">
                {prios.map((p) => (
                  <li key={p.questionId}>
                    <a className="govuk-link" href={href(paths.question(id, p.questionId))}>
                      {p.text}
                    </a>{' '}
                    <span className="app-muted">({themeTitle(p.themeId)})</span>
                    {p.critical && (
                      <>
                        {' '}
                        <strong className="govuk-tag govuk-tag--red app-tag">Critical gap</strong>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </dd>
        </div>
        {actions.length > 0 && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">First actions</dt>
            <dd className="govuk-summary-list__value" data-testid="first-actions">
              <ol className="govuk-list govuk-list--number govuk-!-margin-bottom-1">
                {actions.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ol>
              <a className="govuk-link" href={href(paths.plan(id))}>
                {planIsDraft ? 'See the draft action plan' : 'See the action plan'}
              </a>
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
