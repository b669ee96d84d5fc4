import { useState } from 'react';
import type { WorkshopAggregate } from '../../domain/aggregate';
import { aggregateCsv } from '../../domain/aggregate-csv';
import { buildBenchmark, serialiseBenchmark } from '../../domain/benchmark-file-build';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import type { Workshop } from '../../domain/workshop';
import { workshopChange } from '../../domain/workshop-change';
import { downloadBlob, downloadText, fileSlug } from '../../lib/download';

/** A button that makes a PDF (its renderer loaded on the click) and downloads it, or says why not. */
function PdfButton({
  label,
  working,
  failed,
  fileName,
  make,
  secondary = false,
}: {
  label: string;
  working: string;
  failed: (message: string) => string;
  fileName: string;
  make: () => Promise<ArrayBuffer>;
  secondary?: boolean;
}) {
  const [state, setState] = useState<{ kind: 'idle' | 'working' | 'failed'; message?: string }>({
    kind: 'idle',
  });
  const click = async () => {
    setState({ kind: 'working' });
    try {
      downloadBlob(fileName, new Blob([await make()], { type: 'application/pdf' }));
      setState({ kind: 'idle' });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <>
      <button
        type="button"
        className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`}
        data-module="govuk-button"
        disabled={state.kind === 'working'}
        aria-disabled={state.kind === 'working'}
        onClick={() => void click()}
      >
        {state.kind === 'working' ? working : label}
      </button>
      {state.kind === 'failed' ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {failed(state.message ?? '')}
        </p>
      ) : null}
    </>
  );
}

/** A secondary button that downloads text made on the click. */
function TextDownload({
  label,
  fileName,
  text,
  mime,
}: {
  label: string;
  fileName: string;
  text: () => string;
  mime?: string;
}) {
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      data-module="govuk-button"
      onClick={() => downloadText(fileName, text(), mime)}
    >
      {label}
    </button>
  );
}

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
  const base = `${fileSlug(workshop.name)}-${workshop.date}`;

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
      <PdfButton
        label="Download the workshop pack (PDF)"
        working="Preparing the PDF…"
        failed={(m) =>
          `The PDF could not be made (${m}). Try again, or download the figures as CSV.`
        }
        fileName={`${base}-workshop-pack.pdf`}
        make={async () => {
          const { renderWorkshopPdf } = await import('../../report/workshop-pdf');
          return renderWorkshopPdf({
            workshop,
            anonymise: workshop.anonymise,
            questionnaire: bank,
            aggregate: agg,
            change: workshop.previous ? workshopChange(bank, agg, workshop.previous) : null,
          });
        }}
      />

      <h3 className="govuk-heading-s">A handout for each council (PDF)</h3>
      <p className="govuk-body">
        One page per council: its own theme scores against the range of the other councils. A
        handout names only its own council and gives no other council’s score, so each can be handed
        to that council.
      </p>
      <PdfButton
        secondary
        label={`Download handouts for all ${agg.councils.length} councils (PDF)`}
        working="Preparing the handouts…"
        failed={(m) => `The handouts could not be made (${m}).`}
        fileName={`${base}-council-handouts.pdf`}
        make={async () => {
          const { renderCouncilHandouts } = await import('../../report/workshop-handouts');
          return renderCouncilHandouts({ workshop, questionnaire: bank, aggregate: agg });
        }}
      />

      <h3 className="govuk-heading-s">Figures (CSV)</h3>
      <p className="govuk-body">
        Every figure on this page in one spreadsheet, for your own analysis.
      </p>
      <TextDownload
        label="Download the figures (CSV)"
        fileName={`${base}-figures.csv`}
        text={() => `\uFEFF${aggregateCsv(bank, agg)}`}
        mime="text/csv"
      />

      <h3 className="govuk-heading-s">Network benchmark file</h3>
      <p className="govuk-body">
        Give this file to each council after the workshop. They open it on the “Import files” page
        of this tool to see their own assessment against the network. It holds only the network’s
        anonymised figures (no names, no one’s answers, nothing for a group under three).
      </p>
      <TextDownload
        label="Download the network benchmark"
        fileName={`${base}-network-benchmark.json`}
        text={() => serialiseBenchmark(buildBenchmark(agg, workshop))}
      />
    </>
  );
}
