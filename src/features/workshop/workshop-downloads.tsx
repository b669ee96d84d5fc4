import { useState } from 'react';
import type { WorkshopAggregate } from '../../domain/aggregate';
import { aggregateCsv } from '../../domain/aggregate-csv';
import { buildBenchmark, serialiseBenchmark } from '../../domain/benchmark-file-build';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import type { Workshop } from '../../domain/workshop';
import { workshopChange } from '../../domain/workshop-change';
import { downloadBlob, downloadText, fileSlug } from '../../lib/download';

/** The workshop's outputs: the PDF pack (its renderer loads on the click), the figures as CSV, the network benchmark. */
export function WorkshopDownloads({
  workshop,
  agg,
  bank,
}: {
  workshop: Workshop;
  agg: WorkshopAggregate;
  bank: Questionnaire;
}) {
  const [pdf, setPdf] = useState<{ state: 'idle' | 'working' | 'failed'; message?: string }>({
    state: 'idle',
  });
  const base = `${fileSlug(workshop.name)}-${workshop.date}`;

  const [handouts, setHandouts] = useState<{
    state: 'idle' | 'working' | 'failed';
    message?: string;
  }>({ state: 'idle' });

  const downloadPdf = async () => {
    setPdf({ state: 'working' });
    try {
      const { renderWorkshopPdf } = await import('../../report/workshop-pdf');
      const bytes = renderWorkshopPdf({
        workshop,
        anonymise: workshop.anonymise,
        questionnaire: bank,
        aggregate: agg,
        change: workshop.previous ? workshopChange(bank, agg, workshop.previous) : null,
      });
      downloadBlob(`${base}-workshop-pack.pdf`, new Blob([bytes], { type: 'application/pdf' }));
      setPdf({ state: 'idle' });
    } catch (e) {
      setPdf({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const downloadHandouts = async () => {
    setHandouts({ state: 'working' });
    try {
      const { renderCouncilHandouts } = await import('../../report/workshop-handouts');
      const bytes = renderCouncilHandouts({ workshop, questionnaire: bank, aggregate: agg });
      downloadBlob(`${base}-council-handouts.pdf`, new Blob([bytes], { type: 'application/pdf' }));
      setHandouts({ state: 'idle' });
    } catch (e) {
      setHandouts({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <>
      <p className="govuk-body">
        {workshop.anonymise
          ? 'Downloads show organisations anonymously, as on this page.'
          : 'Anonymisation is off: downloads name the organisations.'}
      </p>
      <h3 className="govuk-heading-s">Workshop pack (PDF)</h3>
      <p className="govuk-body">
        The network’s summary, the theme distributions, the discussion prompts and the differences
        by role, ready to print.
      </p>
      <button
        type="button"
        className="govuk-button"
        data-module="govuk-button"
        disabled={pdf.state === 'working'}
        aria-disabled={pdf.state === 'working'}
        onClick={() => void downloadPdf()}
      >
        {pdf.state === 'working' ? 'Preparing the PDF…' : 'Download the workshop pack (PDF)'}
      </button>
      {pdf.state === 'failed' ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The PDF could not be made (
          {pdf.message}). Try again, or download the figures as CSV.
        </p>
      ) : null}

      <h3 className="govuk-heading-s">A handout for each council (PDF)</h3>
      <p className="govuk-body">
        One page per council: its own theme scores against the range of the other councils. A
        handout names only its own council and gives no other council’s score, so each can be handed
        to that council.
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        disabled={handouts.state === 'working'}
        aria-disabled={handouts.state === 'working'}
        onClick={() => void downloadHandouts()}
      >
        {handouts.state === 'working'
          ? 'Preparing the handouts…'
          : `Download handouts for all ${agg.councils.length} councils (PDF)`}
      </button>
      {handouts.state === 'failed' ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The handouts could not be made (
          {handouts.message}).
        </p>
      ) : null}

      <h3 className="govuk-heading-s">Figures (CSV)</h3>
      <p className="govuk-body">
        Every figure on this page in one spreadsheet, for your own analysis.
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        onClick={() =>
          downloadText(`${base}-figures.csv`, `\uFEFF${aggregateCsv(bank, agg)}`, 'text/csv')
        }
      >
        Download the figures (CSV)
      </button>

      <h3 className="govuk-heading-s">Network benchmark file</h3>
      <p className="govuk-body">
        Give this file to each council after the workshop. They open it on the “Import files” page
        of this tool to see their own assessment against the network. It holds only the network’s
        anonymised figures (no names, no one’s answers, nothing for a group under three).
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        onClick={() =>
          downloadText(
            `${base}-network-benchmark.json`,
            serialiseBenchmark(buildBenchmark(agg, workshop)),
          )
        }
      >
        Download the network benchmark
      </button>
    </>
  );
}
