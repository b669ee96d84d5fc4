import type { jsPDF, OutlineItem } from 'jspdf';
import { levelBar, scoreBar, targetMarker } from './pdf-bars';
import { REPORT_FONT, addReportFont } from './pdf-font';
import { drawPageFurniture } from './pdf-furniture';
import { newA4Document } from './pdf-jspdf';
import { splitToWidth, textWidth } from './pdf-measure';
import {
  COLOURS,
  LINE_FACTOR,
  lineHeight,
  SIZES,
  type FontStyle,
  type Rgb,
  type TableColumn,
  type TableOptions,
  type TextOptions,
} from './pdf-style';
import { drawTable } from './pdf-table';
import { pdfSafe } from './pdf-text';

// The pages drawn with the kit take the style from here too (its one definition is pdf-style.ts).
export { COLOURS, lineHeight, SIZES };

/**
 * Layout for A4 portrait documents drawn in the embedded report font (selectable, searchable
 * text, Welsh and other Latin letters as written): a cursor that flows text down the page and
 * starts a new page when it runs out, headings kept with what follows, wrapped paragraphs, bullet
 * lists, and the running header and footer with the protective marking and "Page N of M" drawn
 * on every page when the document is finished. Tables (pdf-table.ts) and bars (pdf-bars.ts) are
 * drawn through it. No React and no DOM: the browser and the command line share it.
 */

export type PdfKitOptions = {
  title: string;
  author: string;
  subject: string;
  keywords?: string;
  /** Printed top left on every page, e.g. the organisation. */
  runningHeader: string;
  /** Printed bottom left on every page, e.g. the document's title. */
  runningFooter: string;
  /** Protective marking printed at the top and bottom centre of every page; null for none. */
  marking: string | null;
};

type Tail<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : never;

export class PdfKit {
  readonly doc: jsPDF;
  readonly pageWidth = 210;
  readonly pageHeight = 297;
  readonly left = 20;
  readonly right = 190;
  /** Where content starts on each page, below the running header. */
  readonly top = 22;
  /** Where content must end on each page, above the running footer. */
  readonly bottom = 279;
  /** The cursor: top of the next thing drawn, in mm from the top of the page. */
  y: number;
  private readonly options: PdfKitOptions;
  private fontKey = '';
  private readonly wrapped = new Map<string, string[]>();

  constructor(options: PdfKitOptions) {
    this.options = options;
    this.doc = newA4Document();
    addReportFont(this.doc);
    this.doc.setProperties({
      title: pdfSafe(options.title),
      author: pdfSafe(options.author),
      subject: pdfSafe(options.subject),
      keywords: pdfSafe(options.keywords ?? ''),
      creator: 'Big Society Readiness',
    });
    this.doc.setLanguage('en-GB');
    this.doc.viewerPreferences({ DisplayDocTitle: true });
    // Open with the bookmarks showing, so a long report can be navigated by section.
    this.doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
    this.doc.setLineHeightFactor(LINE_FACTOR);
    this.y = this.top;
  }

  /** A bookmark in the PDF's outline pointing at the current page; nest one under another with `parent`. */
  bookmark(title: string, parent: OutlineItem | null = null, pageNumber?: number): OutlineItem {
    const page = pageNumber ?? this.doc.getCurrentPageInfo().pageNumber;
    this.bookmarks.push({ title, page, nested: parent !== null });
    return this.doc.outline.add(parent, pdfSafe(title), { pageNumber: page });
  }

  /** Every bookmark added so far, in order (for a table of contents). */
  readonly bookmarks: { title: string; page: number; nested: boolean }[] = [];

  get width(): number {
    return this.right - this.left;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = this.top;
  }

  /** Start a new page unless `height` mm still fit on this one; true when a page was added. */
  ensureSpace(height: number): boolean {
    if (this.y + height <= this.bottom || this.y <= this.top) return false;
    this.newPage();
    return true;
  }

  moveDown(mm: number): void {
    this.y = Math.min(this.y + mm, this.bottom);
  }

  font(size: number, style: FontStyle = 'normal', colour: Rgb = COLOURS.text): void {
    this.doc.setFont(REPORT_FONT, style);
    this.doc.setFontSize(size);
    this.fontKey = `${style}/${size}`;
    this.doc.setTextColor(colour[0], colour[1], colour[2]);
  }

  /** Wrap text to a width at the current font; blank lines in the text are kept. */
  wrap(text: string, width: number): string[] {
    // Layout measures text before drawing it, so the same wrap is asked for more than once.
    const key = `${this.fontKey}|${width.toFixed(3)}|${text}`;
    const cached = this.wrapped.get(key);
    if (cached) return cached;
    const split = splitToWidth(this.doc, pdfSafe(text), width);
    const lines = split.length > 0 ? split : [''];
    this.wrapped.set(key, lines);
    return lines;
  }

  textWidth(text: string): number {
    return textWidth(this.doc, pdfSafe(text));
  }

  /** One line of text at a point (top-aligned), without moving the cursor. */
  textAt(text: string, x: number, y: number, align: 'left' | 'center' | 'right' = 'left'): void {
    this.doc.text(pdfSafe(text), x, y, { baseline: 'top', align });
  }

  /** Lines already wrapped by `wrap`, top-aligned at a point, spaced at the current font's line height. */
  linesAt(
    lines: readonly string[],
    x: number,
    y: number,
    align: 'left' | 'center' | 'right' = 'left',
  ): void {
    if (lines.length > 0) this.doc.text([...lines], x, y, { baseline: 'top', align });
  }

  /** Text cut to a width with an ellipsis, for one-line places such as running headers. */
  fit(text: string, width: number): string {
    const safe = pdfSafe(text);
    if (textWidth(this.doc, safe) <= width) return safe;
    let cut = safe;
    while (cut.length > 1 && textWidth(this.doc, `${cut}…`) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  /** A wrapped paragraph that flows onto new pages line by line. */
  paragraph(text: string, o: TextOptions = {}): void {
    const size = o.size ?? SIZES.body;
    const indent = o.indent ?? 0;
    this.font(size, o.style ?? 'normal', o.colour ?? COLOURS.text);
    const lh = lineHeight(size);
    const lines = this.wrap(text, o.width ?? this.width - indent);
    // One text call per page's worth of lines: jsPDF's per-call overhead dominates otherwise.
    for (let i = 0; i < lines.length;) {
      if (this.y + lh > this.bottom + 0.01) {
        this.newPage();
        this.font(size, o.style ?? 'normal', o.colour ?? COLOURS.text);
      }
      let fit = Math.max(1, Math.floor((this.bottom - this.y + 0.01) / lh));
      const left = lines.length - i;
      if (left > fit) {
        // No single first line at the foot of a page, no single last line at the top of the next.
        const tooFew = fit === 1 || (i === 0 && left === 3 && fit === 2);
        if (tooFew && this.y > this.top) {
          this.newPage();
          this.font(size, o.style ?? 'normal', o.colour ?? COLOURS.text);
          continue;
        }
        if (left - fit === 1 && fit > 2) fit -= 1;
      }
      const chunk = lines.slice(i, i + fit);
      this.doc.text(chunk, this.left + indent, this.y + 0.15 * lh, { baseline: 'top' });
      this.y += chunk.length * lh;
      i += chunk.length;
    }
    this.y += o.after ?? 2;
  }

  /** Height in mm that `paragraph` would take (without page breaks). */
  measure(text: string, o: TextOptions = {}): number {
    const size = o.size ?? SIZES.body;
    this.font(size, o.style ?? 'normal');
    return (
      this.wrap(text, o.width ?? this.width - (o.indent ?? 0)).length * lineHeight(size) +
      (o.after ?? 2)
    );
  }

  /** A heading that never ends a page: it moves on when `keepWith` mm of what follows would not fit under it. */
  heading(text: string, level: 1 | 2 | 3, keepWith = 12): void {
    const size = level === 1 ? SIZES.h1 : level === 2 ? SIZES.h2 : SIZES.h3;
    const before = level === 1 ? 6 : level === 2 ? 3 : 2;
    const height = this.measure(text, { size, style: 'bold', after: 0 });
    if (this.y > this.top) this.y += before;
    this.ensureSpace(height + keepWith);
    this.paragraph(text, { size, style: 'bold', after: level === 1 ? 4 : 1.5 });
  }

  /** "Label: text" with the label in bold and the text wrapping under itself. */
  labelled(label: string, text: string, o: TextOptions = {}): void {
    const size = o.size ?? SIZES.body;
    const indent = o.indent ?? 0;
    this.font(size, 'bold');
    const labelWidth = Math.max(this.textWidth(`${label} `), 18);
    // Room for the first lines that the paragraph would not split from the label.
    this.font(size, o.style ?? 'normal');
    const lines = this.wrap(text, this.width - indent - labelWidth).length;
    this.font(size, 'bold');
    this.ensureSpace(lineHeight(size) * Math.min(lines, 3));
    this.textAt(label, this.left + indent, this.y + 0.15 * lineHeight(size));
    this.paragraph(text, {
      ...o,
      indent: indent + labelWidth,
      width: this.width - indent - labelWidth,
    });
  }

  bullets(items: readonly string[], o: TextOptions = {}): void {
    const size = o.size ?? SIZES.body;
    const indent = o.indent ?? 0;
    for (const item of items) {
      // Room for the first lines that the paragraph would not split from its bullet.
      this.font(size, o.style ?? 'normal');
      this.ensureSpace(
        lineHeight(size) * Math.min(this.wrap(item, o.width ?? this.width - indent - 5).length, 3),
      );
      this.font(size, 'normal', o.colour ?? COLOURS.text);
      this.textAt('•', this.left + indent + 1, this.y + 0.15 * lineHeight(size));
      this.paragraph(item, { ...o, indent: indent + 5, after: 1 });
    }
    this.y += (o.after ?? 2) - 1;
  }

  rule(colour: Rgb = COLOURS.rule, width = 0.3): void {
    this.doc.setDrawColor(colour[0], colour[1], colour[2]);
    this.doc.setLineWidth(width);
    this.doc.line(this.left, this.y, this.right, this.y);
  }

  /**
   * A table with a bold header row that repeats on every page it crosses (see pdf-table.ts).
   */
  table(
    columns: readonly TableColumn[],
    rows: readonly (readonly string[])[],
    o: TableOptions = {},
  ): void {
    drawTable(this, columns, rows, o);
  }

  /** A level on a 0-`max` scale as a bar of cells (see pdf-bars.ts). */
  levelBar(...args: Tail<Parameters<typeof levelBar>>): void {
    levelBar(this.doc, ...args);
  }

  /** A value on a 0-100 scale as a bar, with an optional target marker (see pdf-bars.ts). */
  scoreBar(...args: Tail<Parameters<typeof scoreBar>>): void {
    scoreBar(this.doc, ...args);
  }

  targetMarker(tx: number, y: number, height: number): void {
    targetMarker(this.doc, tx, y, height);
  }

  /** Draw the running header and footer on every page and return the file's bytes. */
  finish(): ArrayBuffer {
    drawPageFurniture(this, this.options);
    return this.doc.output('arraybuffer');
  }
}
