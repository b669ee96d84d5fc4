import type { PdfKit, PdfKitOptions } from './pdf-kit';
import { COLOURS, SIZES } from './pdf-style';

/**
 * The running header and footer on every page: the organisation and the document's title (cut to
 * fit), "Page N of M", and the protective marking at the top and bottom centre, never dropped.
 */
export function drawPageFurniture(kit: PdfKit, options: PdfKitOptions): void {
  const { doc } = kit;
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    const markingWidth = options.marking
      ? (kit.font(SIZES.small, 'bold'), kit.textWidth(options.marking) + 6)
      : 0;
    const sideWidth = kit.width / 2 - markingWidth / 2 - 2;
    kit.font(SIZES.tiny, 'normal', COLOURS.muted);
    kit.textAt(kit.fit(options.runningHeader, sideWidth), kit.left, 10);
    kit.textAt(kit.fit(options.runningFooter, sideWidth), kit.left, 285);
    kit.textAt(`Page ${page} of ${pages}`, kit.right, 285, 'right');
    if (options.marking) {
      kit.font(SIZES.small, 'bold');
      kit.textAt(options.marking, kit.pageWidth / 2, 9.6, 'center');
      kit.textAt(options.marking, kit.pageWidth / 2, 284.6, 'center');
    }
    doc.setDrawColor(...COLOURS.rule);
    doc.setLineWidth(0.2);
    doc.line(kit.left, 14, kit.right, 14);
    doc.line(kit.left, 282, kit.right, 282);
  }
}
