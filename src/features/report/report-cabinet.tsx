import { rowsOf, SummaryList } from '../../components/summary-list';
import type { ReportModel } from '../../domain/report-model';
import { CABINET_HEADINGS as H, WORDING } from '../../domain/report-wording';
import { DraftBanner, PlanTable, PositionTable } from './report-parts';

const PAPER_ACTIONS = 10;

const slug = (heading: string) => `paper-${heading.toLowerCase().replace(/[^a-z]+/g, '-')}`;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={slug(title)} className="app-report-section">
      <h2 className="govuk-heading-l" id={slug(title)}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The cabinet paper as a web page: the same sections and words as the PDF and Word files. */
export function CabinetPaper({ model }: { model: ReportModel }) {
  const c = model.cabinet;
  const shown = model.plan.actions.slice(0, PAPER_ACTIONS);
  return (
    <>
      <SummaryList rows={rowsOf(c.details)} className="app-report-cover" />
      <DraftBanner model={model} />
      <Section title={H.purpose}>
        <p className="govuk-body">{c.purpose}</p>
      </Section>
      <Section title={H.summary}>
        <PositionTable model={model} />
        <ol className="govuk-list govuk-list--number">
          {c.findings.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ol>
      </Section>
      <Section title={H.recommendations}>
        <p className="govuk-body">The cabinet is recommended to:</p>
        <ol className="govuk-list govuk-list--number">
          {c.recommendations.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ol>
      </Section>
      <Section title={H.reasons}>
        <ul className="govuk-list govuk-list--bullet">
          {c.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </Section>
      <Section title={H.options}>
        {c.options.map((p) => (
          <p key={p} className="govuk-body">
            {p}
          </p>
        ))}
      </Section>
      <Section title={H.implications}>
        {c.implications.map((imp) => (
          <div key={imp.key}>
            <h3 className="govuk-heading-m">{imp.heading}</h3>
            {imp.text.map((p) => (
              <p key={p} className={`govuk-body${imp.written ? '' : ' app-report-muted'}`}>
                {p}
              </p>
            ))}
          </div>
        ))}
      </Section>
      <Section title={H.plan}>
        {model.plan.drafted && <p className="govuk-body">{WORDING.planDrafted}</p>}
        <PlanTable
          actions={shown}
          caption={
            model.plan.actions.length > shown.length
              ? `The top ${shown.length} of ${model.plan.actions.length} actions. ${WORDING.planOrder}`
              : WORDING.planOrder
          }
        />
      </Section>
      <Section title={H.contact}>
        <SummaryList rows={rowsOf(c.contact)} />
      </Section>
      <Section title={H.background}>
        {c.backgroundPapers.length === 0 ? (
          <p className="govuk-body app-report-muted">{WORDING.noBackground}</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {c.backgroundPapers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        )}
        <p className="govuk-body app-report-muted">{WORDING.annexNote}</p>
      </Section>
    </>
  );
}

/** The cabinet paper's sections, for the page's contents list. */
export const CABINET_CONTENTS = Object.values(H).map((title) => ({ title, target: slug(title) }));
