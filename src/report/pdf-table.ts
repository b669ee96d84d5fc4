import { textWidth } from './pdf-measure';
import { pdfSafe } from './pdf-text';
import type { PdfKit } from './pdf-kit';
import { COLOURS, lineHeight, SIZES, type TableColumn, type TableOptions } from './pdf-style';

/** Padding inside a table cell, in mm. */
const PAD = 1.6;

/**
 * A table with a bold header row that repeats on every page it crosses. A row that does not fit
 * moves to the next page whole; a row taller than a page is split between its lines.
 */
export function drawTable(
  kit: PdfKit,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  o: TableOptions = {},
): void {
  const size = o.size ?? SIZES.small;
  const lh = lineHeight(size);
  const widths = columnWidths(kit, columns, rows, size, o.boldColumn);
  const xs = widths.map((_, i) => kit.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const wrapRow = (cells: readonly string[], bold: (i: number) => boolean) =>
    widths.map((w, i) => {
      kit.font(size, bold(i) ? 'bold' : 'normal');
      return kit.wrap(cells[i] ?? '', w - 2 * PAD);
    });
  const header = wrapRow(
    columns.map((c) => c.header),
    () => true,
  );
  const headerHeight = Math.max(...header.map((l) => l.length)) * lh + 2 * PAD;
  // A long caption wraps to the page's width rather than running off its edge.
  const captionLines = (continued: boolean) => {
    if (!o.caption) return [];
    kit.font(SIZES.h3, 'bold');
    return kit.wrap(continued ? `${o.caption} (continued)` : o.caption, kit.width);
  };
  const captionHeightOf = (continued: boolean) =>
    o.caption ? captionLines(continued).length * lineHeight(SIZES.h3) + 1.5 : 0;
  const captionHeight = captionHeightOf(true);

  const drawCaption = (continued: boolean) => {
    if (!o.caption) return;
    const lines = captionLines(continued);
    kit.linesAt(lines, kit.left, kit.y);
    kit.y += captionHeightOf(continued);
  };
  const drawHeader = () => {
    kit.doc.setFillColor(...COLOURS.light);
    kit.doc.rect(kit.left, kit.y, kit.width, headerHeight, 'F');
    drawCells(kit, header, xs, size, () => true, kit.y + PAD);
    kit.y += headerHeight;
    kit.doc.setDrawColor(...COLOURS.text);
    kit.doc.setLineWidth(0.4);
    kit.doc.line(kit.left, kit.y, kit.right, kit.y);
  };
  const startPage = () => {
    kit.newPage();
    drawCaption(true);
    drawHeader();
  };

  const firstRow = rows[0] ? wrapRow(rows[0], (i) => i === o.boldColumn) : [];
  const firstHeight = Math.max(1, ...firstRow.map((l) => l.length)) * lh + 2 * PAD;
  kit.ensureSpace(captionHeight + headerHeight + Math.min(firstHeight, 3 * lh + 2 * PAD));
  drawCaption(false);
  drawHeader();

  for (const row of rows) {
    let cells = wrapRow(row, (i) => i === o.boldColumn);
    let height = Math.max(1, ...cells.map((l) => l.length)) * lh + 2 * PAD;
    const fullPage = kit.bottom - kit.top - captionHeight - headerHeight;
    if (kit.y + height > kit.bottom && height <= fullPage) startPage();
    while (kit.y + height > kit.bottom) {
      const fit = Math.floor((kit.bottom - kit.y - 2 * PAD) / lh);
      if (fit < 2) {
        startPage();
        continue;
      }
      drawCells(
        kit,
        cells.map((l) => l.slice(0, fit)),
        xs,
        size,
        (i) => i === o.boldColumn,
        kit.y + PAD,
      );
      cells = cells.map((l) => l.slice(fit));
      height = Math.max(1, ...cells.map((l) => l.length)) * lh + 2 * PAD;
      startPage();
    }
    drawCells(kit, cells, xs, size, (i) => i === o.boldColumn, kit.y + PAD);
    kit.y += height;
    kit.doc.setDrawColor(...COLOURS.rule);
    kit.doc.setLineWidth(0.2);
    kit.doc.line(kit.left, kit.y, kit.right, kit.y);
  }
  kit.y += 4;
}

/**
 * Column widths from the shares, widened where needed so that no word is broken mid-word: a
 * column is at least as wide as its longest word (dates such as "18 Dec 2026" are short), and
 * the width comes from the columns that have room to spare.
 */
function columnWidths(
  kit: PdfKit,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  size: number,
  boldColumn: number | undefined,
): number[] {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (kit.width * c.width) / total);
  const longest = columns.map((c, i) => {
    let max = 0;
    const measure = (text: string, bold: boolean) => {
      kit.font(size, bold ? 'bold' : 'normal');
      for (const word of pdfSafe(text).split(/\s+/))
        // A word can be no wider than its length in em: measure only those that might be the longest.
        if (word.length * size * 0.36 > max) max = Math.max(max, textWidth(kit.doc, word));
    };
    measure(c.header, true);
    for (const row of rows) measure(row[i] ?? '', i === boldColumn);
    return max + 2 * PAD + 0.5;
  });
  for (let round = 0; round < 3; round += 1) {
    const short = widths.reduce((s, w, i) => s + Math.max(0, (longest[i] ?? 0) - w), 0);
    if (short <= 0.01) break;
    const spare = widths.map((w, i) => Math.max(0, w - (longest[i] ?? 0)));
    const spareTotal = spare.reduce((s, x) => s + x, 0);
    if (spareTotal <= 0) break;
    const take = Math.min(1, short / spareTotal);
    widths.forEach((w, i) => {
      const need = (longest[i] ?? 0) - w;
      widths[i] = need > 0 ? (longest[i] ?? w) : w - (spare[i] ?? 0) * take;
    });
  }
  return widths;
}

function drawCells(
  kit: PdfKit,
  cells: readonly string[][],
  xs: readonly number[],
  size: number,
  bold: (i: number) => boolean,
  y: number,
): void {
  const lh = lineHeight(size);
  cells.forEach((lines, i) => {
    kit.font(size, bold(i) ? 'bold' : 'normal');
    if (lines.length > 0)
      kit.doc.text(lines, (xs[i] ?? kit.left) + PAD, y + 0.15 * lh, { baseline: 'top' });
  });
}
