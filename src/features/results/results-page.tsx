import { useMemo } from 'react';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import { ThemeScoreTable } from '../../components/theme-score-table';
import { usePageTitle } from '../../components/use-page-title';
import type { Assessment } from '../../domain/assessment-schema';
import { formatPercent } from '../../domain/format';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { buildResultsModel, type ResultsModel } from '../../domain/results-model';
import { PROVISIONAL_BELOW } from '../../domain/scoring';
import { useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { AtAGlance } from './at-a-glance';
import { ThemeBarsFigure, ThemeRadarFigure } from './chart-figures';
import { GapsSection } from './gaps-section';
import { HeatTable } from './heat-table';
import { HideOverallToggle } from './hide-overall-toggle';
import { ProgressSection } from './progress-section';
import { StrengthsAndPriorities } from './strengths-priorities';
import { useOpenDetailsForPrint } from './use-open-details-for-print';
import { WhatNext } from './what-next';
import './results.css';

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
  const model = useMemo(() => buildResultsModel(bank, assessment), [bank, assessment]);

  return (
    <div className="app-results">
      <span className="govuk-caption-l">{assessment.about.organisation}</span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Results
      </h1>
      {model.anyScore ? (
        <AtAGlance id={id} model={model} />
      ) : (
        <div className="govuk-inset-text">
          No question has been answered with a level yet, so there are no scores.{' '}
          <a className="govuk-link" href={href(paths.tasks(id))}>
            Answer the questions
          </a>
          .
        </div>
      )}
      <HideOverallToggle id={id} hidden={model.overallHidden} />
      <ThemesSection id={id} model={model} />
      <GapsSection id={id} model={model} />
      <StrengthsAndPriorities id={id} model={model} />
      <div className="app-section">
        <HeatTable
          assessmentId={id}
          columns={model.heat.columns}
          rows={model.heat.rows}
          scale={bank.scale}
        />
      </div>
      {model.progress && (
        <ProgressSection assessmentId={id} comparison={model.progress} scale={bank.scale} />
      )}
      <WhatNext id={id} />
    </div>
  );
}

/** Each theme's score against its target, as a table and as two charts. */
function ThemesSection({ id, model }: { id: string; model: ResultsModel }) {
  const { themes } = model.base;
  return (
    <section aria-labelledby="themes-heading" className="app-section">
      <h2 className="govuk-heading-l" id="themes-heading">
        Themes
      </h2>
      <ThemeScoreTable
        rows={themes}
        caption="Score out of 100, band, coverage and target for each theme"
        captionId="themes-caption"
        scroll
        testId="theme-scores"
        coverage
        themeHref={(themeId) => href(paths.theme(id, themeId))}
        provisionalTag
      />
      <p className="govuk-body-s">
        {model.anyProvisional &&
          `Provisional: fewer than ${formatPercent(PROVISIONAL_BELOW)} of the theme’s questions have a level, so the score rests on few answers. `}
        Coverage is the share of a theme’s questions answered with a level. Targets are set on the{' '}
        <a className="govuk-link" href={href(paths.plan(id))}>
          action plan page
        </a>
        .
      </p>
      <div className="app-charts">
        <ThemeRadarFigure rows={model.chart} scores={themes} />
        <ThemeBarsFigure rows={model.chart} scores={themes} />
      </div>
    </section>
  );
}
