import { href, paths } from '../../routes/paths';
import { SummaryList, type SummaryRow } from '../../components/summary-list';
import type { ResultsModel } from '../../domain/results-model';
import { QuestionList } from './question-list';

/** The rows of the summary, each only where it has something to say. */
function glanceRows(id: string, model: ResultsModel): SummaryRow[] {
  const { overall } = model;
  const urgent = model.priorities.slice(0, 3);
  const rows: (SummaryRow | false)[] = [
    !model.overallHidden &&
      overall !== null && {
        key: 'Overall score',
        value: (
          <span data-testid="overall">
            <span className="app-big-figure">{overall.scoreLabel}</span> out of 100: {overall.band}
            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
              {overall.note}
            </span>
          </span>
        ),
      },
    model.strongest.length > 0 && { key: 'Strongest', value: model.strongest.join('; ') },
    model.weakest.length > 0 && { key: 'Weakest', value: model.weakest.join('; ') },
    model.noScore.length > 0 && {
      key: 'No score',
      value: `${model.noScore.join(', ')}: no question answered with a level`,
    },
    {
      key: 'Gaps',
      value: `${model.criticalGaps.length} critical, ${model.evidenceGaps.length} “Don’t know”`,
    },
    {
      key: 'Most urgent',
      value:
        urgent.length === 0 ? (
          'Nothing is below target.'
        ) : (
          <QuestionList
            assessmentId={id}
            items={urgent}
            note={(p) => p.themeTitle}
            numbered
            className="govuk-!-margin-bottom-0"
          />
        ),
    },
    model.firstActions.length > 0 && {
      key: 'First actions',
      value: (
        <div data-testid="first-actions">
          <ol className="govuk-list govuk-list--number govuk-!-margin-bottom-1">
            {model.firstActions.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ol>
          <a className="govuk-link" href={href(paths.plan(id))}>
            {model.base.planIsDraft ? 'See the draft action plan' : 'See the action plan'}
          </a>
        </div>
      ),
    },
  ];
  return rows.filter((r): r is SummaryRow => r !== false);
}

/** The answer to "where are we strong, where weak, what first" in a few lines at the top. */
export function AtAGlance({ id, model }: { id: string; model: ResultsModel }) {
  return (
    <div className="app-glance" data-testid="at-a-glance">
      <h2 className="govuk-heading-m">At a glance</h2>
      <SummaryList rows={glanceRows(id, model)} />
    </div>
  );
}
