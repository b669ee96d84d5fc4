import { useEffect, useRef, useState } from 'react';
import type { ReportModel } from '../../domain/report-model';
import { EDITIONS, type Edition } from '../../domain/report-wording';
import { downloadBlob, fileSlug } from '../../lib/download';

type Kind = 'pdf' | 'docx';

// The renderers (jsPDF, docx) are loaded on demand, each in its own chunk, never with the page.
const loadPdf = () => import('../../report/pdf-report');
const loadDocx = () => import('../../report/docx-report');

async function render(kind: Kind, model: ReportModel, edition: Edition): Promise<Blob> {
  if (kind === 'pdf') {
    const { renderReportPdf } = await loadPdf();
    return new Blob([renderReportPdf(model, edition)], { type: 'application/pdf' });
  }
  const { renderReportDocx } = await loadDocx();
  const bytes = await renderReportDocx(model, edition);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}

const LABEL: Record<Kind, string> = { pdf: 'PDF', docx: 'Word document' };

export function ReportDownloads({ model, edition }: { model: ReportModel; edition: Edition }) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const warmed = useRef<Set<Kind>>(new Set());

  // Start fetching a renderer as soon as the pointer or focus reaches its button.
  const warm = (kind: Kind) => {
    if (warmed.current.has(kind)) return;
    warmed.current.add(kind);
    void (kind === 'pdf' ? loadPdf() : loadDocx()).catch(() => warmed.current.delete(kind));
  };

  // The PDF is what most people come here for: fetch its renderer once the page is idle, so the
  // click only has to draw. Word stays on demand.
  useEffect(() => {
    const start = () => warm('pdf');
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(start, { timeout: 2000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(start, 500);
    return () => clearTimeout(handle);
  }, []);

  // aria-disabled rather than disabled while busy, so the button keeps keyboard focus.
  const download = async (kind: Kind) => {
    if (busy !== null) return;
    setBusy(kind);
    setError(null);
    setStatus(`Preparing the ${EDITIONS[edition].toLowerCase()} as a ${LABEL[kind]}…`);
    try {
      const blob = await render(kind, model, edition);
      downloadBlob(
        `${fileSlug(model.cover.organisation)}-${edition === 'cabinet' ? 'cabinet-paper' : 'full-record'}-${model.cover.date}.${kind}`,
        blob,
      );
      setStatus(`The ${LABEL[kind]} has been saved to your downloads.`);
    } catch (e) {
      setStatus('');
      setError(
        `The ${LABEL[kind]} could not be made (${e instanceof Error ? e.message : String(e)}). Try again, or print this page instead.`,
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="app-report-downloads app-no-print">
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          aria-disabled={busy !== null}
          onPointerEnter={() => warm('pdf')}
          onFocus={() => warm('pdf')}
          onClick={() => void download('pdf')}
        >
          Download PDF
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={busy !== null}
          onPointerEnter={() => warm('docx')}
          onFocus={() => warm('docx')}
          onClick={() => void download('docx')}
        >
          Download Word (.docx)
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => window.print()}
        >
          Print this page
        </button>
      </div>
      <p className="govuk-body-s" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
