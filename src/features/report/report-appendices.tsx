import type { ReportModel } from '../../domain/report-model';
import { RECORD_HEADINGS as H, WORDING } from '../../domain/report-wording';

/** Appendix A, the scoring method, and Appendix B, the sources. */
export function Appendices({ model }: { model: ReportModel }) {
  return (
    <>
      <section aria-labelledby="appendix-method" className="app-report-section app-report-break">
        <h2 className="govuk-heading-l" id="appendix-method">
          {H.method}
        </h2>
        {model.method.map((p) => (
          <p key={p} className="govuk-body">
            {p}
          </p>
        ))}
      </section>
      <section aria-labelledby="appendix-sources" className="app-report-section">
        <h2 className="govuk-heading-l" id="appendix-sources">
          {H.sources}
        </h2>
        <p className="govuk-body">{WORDING.sourcesIntro}</p>
        {model.sources.map((s) => (
          <div key={s.id} className="app-report-source">
            <h3 className="govuk-heading-m">{s.title}</h3>
            {s.citedBy.length > 0 && (
              <p className="govuk-body-s app-report-muted">
                Cited by questions {s.citedBy.join(', ')}.
              </p>
            )}
            {s.blocks.length === 0 && (
              <p className="govuk-body app-report-muted">{WORDING.noSourceNote}</p>
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
