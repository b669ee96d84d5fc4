import type { jsPDF } from 'jspdf';
import { REPORT_SANS_BOLD, REPORT_SANS_COVERAGE, REPORT_SANS_REGULAR } from './pdf-font-data';

/**
 * The embedded report font (Report Sans, a subset of Liberation Sans: Latin-1, Latin Extended-A
 * and -B, punctuation), so that names such as "Tŷ Gŵyr" print as written. It is imported only by
 * the PDF code, which the app loads lazily, so the first page's JavaScript does not grow.
 * The workshop pack uses it too, through PdfKit.
 */
export const REPORT_FONT = 'ReportSans';

/**
 * The font files as binary strings, decoded from base64 once: jsPDF takes a font in its virtual
 * file system as base64 or binary and would otherwise decode it for every document.
 */
let binaryFiles: { regular: string; bold: string } | null = null;

/** Add the report font (regular and bold) to a document. */
export function addReportFont(doc: jsPDF): void {
  binaryFiles ??= { regular: atob(REPORT_SANS_REGULAR), bold: atob(REPORT_SANS_BOLD) };
  doc.addFileToVFS('ReportSans-Regular.ttf', binaryFiles.regular);
  doc.addFileToVFS('ReportSans-Bold.ttf', binaryFiles.bold);
  doc.addFont('ReportSans-Regular.ttf', REPORT_FONT, 'normal');
  doc.addFont('ReportSans-Bold.ttf', REPORT_FONT, 'bold');
}

/** Whether the embedded font has a glyph for the character (see scripts/make-font-subset.py). */
export function inReportFont(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 10) return true;
  // Binary search over the ranges.
  let lo = 0;
  let hi = REPORT_SANS_COVERAGE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = REPORT_SANS_COVERAGE[mid] ?? [0, -1];
    if (c < first) hi = mid - 1;
    else if (c > last) lo = mid + 1;
    else return true;
  }
  return false;
}
