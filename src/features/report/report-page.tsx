import { useMemo, type MouseEvent, type ReactNode } from 'react';
import { href, paths } from '../../app/paths';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import { focusElement } from '../../components/focus';
import { usePageTitle } from '../../components/use-page-title';
import { buildReportModel, type ReportModel } from '../../domain/report-model';
import { useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { ReportDownloads } from './report-downloads';
import { ActionPlan, Appendices, Summary, ThemeSection } from './report-sections';
import { SOURCE_NOTES } from './source-notes';
import './report.css';

function Marking({ model }: { model: ReportModel }) {
  return model.cover.marking ? (
    <p className="app-report-marking">
      <span className="govuk-visually-hidden">Protective marking: </span>
      {model.cover.marking}
    </p>
  ) : null;
}

/** An in-page link: the address bar holds the route, so move focus to the heading instead of following a fragment. */
function ContentsLink({ target, children }: { target: string; children: ReactNode }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    focusElement(document.getElementById(target));
  };
  return (
    <li>
      <a className="govuk-link" href={`#${target}`} onClick={onClick}>
        {children}
      </a>
    </li>
  );
}

/** The accessible version of the report: the same model as the PDF and Word files, as a web page. */
export function ReportPage({ params }: { params: Record<string, string | undefined> }) {
  const id = params.id ?? '';
  const assessment = useAssessment(id);
  const bank = useQuestionnaire();
  const model = useMemo(
    () => (assessment ? buildReportModel(bank, assessment, SOURCE_NOTES) : null),
    [bank, assessment],
  );
  usePageTitle(model ? `Report for ${model.cover.organisation}` : 'Assessment not found');
  if (!model) return <AssessmentNotFound savedHref={href(paths.assessments())} />;
  const c = model.cover;
  return (
    <article className="app-report">
      <a className="govuk-back-link app-no-print" href={href(paths.plan(id))}>
        Back to the action plan
      </a>
      <Marking model={model} />
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-xl">Report for {c.organisation}</h1>
      <ReportDownloads model={model} />
      <dl className="govuk-summary-list app-report-cover">
        {[
          ['Date of assessment', c.dateLabel],
          ['Organisation', c.organisation],
          ['Type of authority', c.authorityType],
          ["Respondent's role", c.role],
          ['Question bank', c.bank.label],
          ['Protective marking', c.marking ?? 'No marking'],
        ].map(([k, v]) => (
          <div key={k} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{k}</dt>
            <dd className="govuk-summary-list__value">{v}</dd>
          </div>
        ))}
      </dl>
      <nav aria-labelledby="contents-heading" className="app-report-contents app-no-print">
        <h2 className="govuk-heading-s" id="contents-heading">
          Contents
        </h2>
        <ol className="govuk-list govuk-list--number">
          <ContentsLink target="summary-heading">Executive summary</ContentsLink>
          {model.themes.map((t) => (
            <ContentsLink key={t.id} target={`theme-${t.id}`}>
              Theme {t.number}: {t.title}
            </ContentsLink>
          ))}
          <ContentsLink target="plan-heading">Action plan</ContentsLink>
          <ContentsLink target="appendix-answers">Appendix A: Every answer</ContentsLink>
          <ContentsLink target="appendix-method">
            Appendix B: How the scores are worked out
          </ContentsLink>
          <ContentsLink target="appendix-sources">Appendix C: Sources</ContentsLink>
        </ol>
      </nav>
      <Summary model={model} />
      {model.themes.map((t) => (
        <ThemeSection key={t.id} theme={t} />
      ))}
      <ActionPlan plan={model.plan} />
      <Appendices model={model} />
      <Marking model={model} />
    </article>
  );
}
