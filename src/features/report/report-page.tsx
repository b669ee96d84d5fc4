import { rowsOf, SummaryList } from '../../components/summary-list';
import { useMemo, type MouseEvent, type ReactNode } from 'react';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import { focusElement } from '../../components/focus';
import { usePageTitle } from '../../components/use-page-title';
import { buildReportModel, type ReportModel } from '../../domain/report-model';
import {
  CABINET_TITLE,
  EDITIONS,
  RECORD_HEADINGS as H,
  WORDING,
  type Edition,
} from '../../domain/report-wording';
import { useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { Appendices } from './report-appendices';
import { CABINET_CONTENTS, CabinetPaper } from './report-cabinet';
import { ReportDownloads } from './report-downloads';
import { DraftBanner } from './report-parts';
import { ActionPlan, Summary, ThemeSection } from './report-sections';
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

/** The two editions as GOV.UK sub-navigation: each is its own address, so it can be bookmarked. */
function EditionSwitch({ id, edition }: { id: string; edition: Edition }) {
  const items: [Edition, string][] = [
    ['cabinet', href(paths.report(id))],
    ['full', href(paths.reportFull(id))],
  ];
  return (
    <nav className="app-report-editions app-no-print" aria-label="Edition of the report">
      <ul className="govuk-list app-report-editions__list">
        {items.map(([e, link]) => (
          <li key={e}>
            <a
              className="govuk-link govuk-link--no-visited-state"
              href={link}
              aria-current={e === edition ? 'page' : undefined}
            >
              {EDITIONS[e]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function FullRecord({ model }: { model: ReportModel }) {
  const c = model.cover;
  return (
    <>
      <DraftBanner model={model} />
      <SummaryList rows={rowsOf(c.details)} className="app-report-cover" />
      <nav aria-labelledby="contents-heading" className="app-report-contents app-no-print">
        <h2 className="govuk-heading-s" id="contents-heading">
          Contents
        </h2>
        <ol className="govuk-list govuk-list--number">
          <ContentsLink target="summary-heading">{H.summary}</ContentsLink>
          {model.themes.map((t) => (
            <ContentsLink key={t.id} target={`theme-${t.id}`}>
              Theme {t.number}: {t.title}
            </ContentsLink>
          ))}
          <ContentsLink target="plan-heading">{H.plan}</ContentsLink>
          <ContentsLink target="appendix-method">{H.method}</ContentsLink>
          <ContentsLink target="appendix-sources">{H.sources}</ContentsLink>
        </ol>
      </nav>
      <Summary model={model} />
      {model.themes.map((t) => (
        <ThemeSection key={t.id} theme={t} />
      ))}
      <ActionPlan plan={model.plan} />
      <Appendices model={model} />
    </>
  );
}

/** The accessible version of the report: the same model as the PDF and Word files, as a web page. */
export function ReportPage({
  params,
  edition = 'cabinet',
}: PageProps<typeof paths.report> & { edition?: Edition }) {
  const id = params.id;
  const assessment = useAssessment(id);
  const bank = useQuestionnaire();
  const model = useMemo(
    () => (assessment ? buildReportModel(bank, assessment, SOURCE_NOTES) : null),
    [bank, assessment],
  );
  usePageTitle(
    model ? `${EDITIONS[edition]}: ${model.cover.organisation}` : 'Assessment not found',
  );
  if (!model) return <AssessmentNotFound savedHref={href(paths.assessments())} />;
  const title = edition === 'cabinet' ? CABINET_TITLE : model.cover.title;
  return (
    <article className="app-report">
      <a className="govuk-back-link app-no-print" href={href(paths.cabinet(id))}>
        Back to the cabinet paper step
      </a>
      <Marking model={model} />
      <span className="govuk-caption-l">
        {edition === 'cabinet' ? model.cabinet.meetingLine : `${EDITIONS.full}: annex`}
      </span>
      <h1 className="govuk-heading-xl">
        {title}: {model.cover.organisation}
      </h1>
      <EditionSwitch id={id} edition={edition} />
      {model.plan.withoutOwner > 0 && (
        <div className="govuk-inset-text app-no-print">
          {model.plan.withoutOwner === 1
            ? 'One high-priority action has no owner yet.'
            : `${model.plan.withoutOwner} high-priority actions have no owner yet.`}{' '}
          <a className="govuk-link" href={href(paths.plan(id))}>
            Name the owners in the action plan
          </a>{' '}
          before the paper goes to cabinet.
        </div>
      )}
      <ReportDownloads model={model} edition={edition} />
      {edition === 'cabinet' ? (
        <>
          <nav aria-labelledby="contents-heading" className="app-report-contents app-no-print">
            <h2 className="govuk-heading-s" id="contents-heading">
              Contents
            </h2>
            <ol className="govuk-list govuk-list--number">
              {CABINET_CONTENTS.map((c) => (
                <ContentsLink key={c.target} target={c.target}>
                  {c.title}
                </ContentsLink>
              ))}
            </ol>
          </nav>
          <CabinetPaper model={model} />
        </>
      ) : (
        <FullRecord model={model} />
      )}
      <p className="govuk-body app-report-muted">{WORDING.coverPrivacy}</p>
      <Marking model={model} />
    </article>
  );
}

/** The full record edition: its own address, so it can be bookmarked. */
export function FullReportPage({ params }: PageProps<typeof paths.reportFull>) {
  return <ReportPage params={params} edition="full" />;
}
