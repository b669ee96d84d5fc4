import type { ResultsModel } from '../../domain/results-model';
import { QuestionList, themeAndLevel } from './question-list';

/** Critical gaps (critical questions at level 0 or 1) and evidence gaps ("Don’t know"). */
export function GapsSection({ id, model }: { id: string; model: ResultsModel }) {
  const { criticalGaps, evidenceGaps } = model;
  return (
    <section aria-labelledby="gaps-heading" className="app-section">
      <h2 className="govuk-heading-l" id="gaps-heading">
        Gaps
      </h2>
      <h3 className="govuk-heading-m">Critical gaps ({criticalGaps.length})</h3>
      {criticalGaps.length === 0 ? (
        <p className="govuk-body">No critical question is at level 0 or 1.</p>
      ) : (
        <>
          <p className="govuk-body">
            Critical questions answered at level 0 or 1. Deal with these first.
          </p>
          <QuestionList
            assessmentId={id}
            items={criticalGaps}
            note={themeAndLevel}
            testId="critical-gaps"
          />
        </>
      )}
      <h3 className="govuk-heading-m">Evidence gaps ({evidenceGaps.length})</h3>
      {evidenceGaps.length === 0 ? (
        <p className="govuk-body">No question was answered “Don’t know”.</p>
      ) : (
        <>
          <p className="govuk-body">
            Questions answered “Don’t know”: find out before the next assessment.
          </p>
          <QuestionList
            assessmentId={id}
            items={evidenceGaps}
            note={(q) => q.themeTitle}
            testId="evidence-gaps"
          />
        </>
      )}
    </section>
  );
}
