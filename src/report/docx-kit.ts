import type { TableOfContents } from 'docx';
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/**
 * Building blocks of the Word report: paragraphs, Heading 1-3 styles (so Word's navigation pane,
 * contents field and "Save as PDF" tags work), tables whose header row repeats across pages.
 */

/** A4 with 2 cm margins, in twentieths of a point. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const FONT = 'Arial';

export type Block = Paragraph | Table | TableOfContents;

/** Paragraphs for text that may hold line breaks, one paragraph per line. */
export function paras(
  text: string,
  o: { bold?: boolean; italics?: boolean; size?: number; spacingAfter?: number } = {},
): Paragraph[] {
  return text.split(/\r?\n/).map(
    (line) =>
      new Paragraph({
        spacing: { after: o.spacingAfter ?? 120 },
        children: [new TextRun({ text: line, bold: o.bold, italics: o.italics, size: o.size })],
      }),
  );
}

export const heading = (text: string, level: 1 | 2 | 3, pageBreakBefore = false) =>
  new Paragraph({
    text,
    heading:
      level === 1
        ? HeadingLevel.HEADING_1
        : level === 2
          ? HeadingLevel.HEADING_2
          : HeadingLevel.HEADING_3,
    pageBreakBefore,
    keepNext: true,
  });

export const labelled = (label: string, value: string) =>
  new Paragraph({
    spacing: { after: 80 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });

export const bullet = (text: string) =>
  new Paragraph({ text, bullet: { level: 0 }, spacing: { after: 60 } });

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F2F1' } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children: text
      .split(/\r?\n/)
      .map(
        (line) =>
          new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 20 })] }),
      ),
  });
}

/** A table with a header row that Word repeats on every page the table crosses. */
export function table(
  headers: readonly string[],
  shares: readonly number[],
  rows: readonly (readonly string[])[],
): Table {
  const total = shares.reduce((s, x) => s + x, 0);
  const widths = shares.map((s) => Math.floor((CONTENT_WIDTH * s) / total));
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' };
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => cell(h, widths[i] ?? 0, true)),
      }),
      ...rows.map(
        (r) => new TableRow({ children: r.map((c, i) => cell(c, widths[i] ?? 0, false)) }),
      ),
    ],
  });
}

export const caption = (text: string) =>
  new Paragraph({
    keepNext: true,
    spacing: { before: 120, after: 80 },
    children: [new TextRun({ text, bold: true })],
  });
