import { jsPDF, type OutlineItem } from 'jspdf';
import { REPORT_FONT, addReportFont } from './pdf-font';
import { pdfSafe } from './pdf-text';

/**
 * Layout primitives for A4 portrait documents drawn in the embedded report font (selectable,
 * searchable text, Welsh and other Latin letters as written): a cursor that flows text down the page and starts a new page when it runs out,
 * headings kept with what follows, wrapped paragraphs, bullet lists, tables whose header repeats
 * on every page they cross, level bars, and the running header and footer with the protective
 * marking and "Page N of M" drawn on every page when the document is finished.
 * No React and no DOM: the browser and the command line share it.
 */

export type Rgb = readonly [number, number, number];

/** GOV.UK palette: dark text, secondary grey, blue for the current position, red for targets. */
export const COLOURS = {
  text: [11, 12, 12],
  muted: [80, 90, 95],
  rule: [177, 180, 182],
  light: [243, 242, 241],
  blue: [29, 112, 184],
  darkBlue: [0, 48, 120],
  red: [212, 53, 28],
  white: [255, 255, 255],
} as const satisfies Record<string, Rgb>;

/** Font sizes in points: body text 11 pt and tables 10 pt at least, for print. */
export const SIZES = {
  title: 24,
  h1: 17,
  h2: 13.5,
  h3: 12,
  body: 11,
  small: 10,
  tiny: 9,
} as const;

const PT_TO_MM = 25.4 / 72;
const LINE_FACTOR = 1.3;

/** Height in mm of one line of text at `size` points. */
export const lineHeight = (size: number): number => size * PT_TO_MM * LINE_FACTOR;

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

export type FontStyle = 'normal' | 'bold' | 'italic' | 'bolditalic';

export type TextOptions = {
  size?: number;
  style?: FontStyle;
  colour?: Rgb;
  /** Left indent from the margin, in mm. */
  indent?: number;
  /** Width available, in mm; defaults to the rest of the line. */
  width?: number;
  /** Space after, in mm. */
  after?: number;
};

export type TableColumn = {
  header: string;
  /** Share of the table's width; the shares are scaled to fill it. */
  width: number;
};

export type TableOptions = {
  /** Printed above the table, and again with "(continued)" on each page the table runs onto. */
  caption?: string;
  size?: number;
  /** Column whose text is printed in bold (e.g. a question number). */
  boldColumn?: number;
};

const PAD = 1.6;

type EventHandler = [
  string,
  ((...args: unknown[]) => unknown) | [(...args: unknown[]) => unknown, boolean],
];
// jsPDF's plugin registry is not in its type definitions.
const pluginEvents = (jsPDF.API as unknown as { events: EventHandler[] }).events;
const handlerOf = (e: EventHandler) => (typeof e[1] === 'function' ? e[1] : e[1][0]);
const rightToLeftHandlers = new Set(
  pluginEvents
    .filter(
      ([name, h]) =>
        (name === 'preProcessText' &&
          handlerOf([name, h]) === (jsPDF.API as { processArabic?: unknown }).processArabic) ||
        (name === 'postProcessText' && String(handlerOf([name, h])).includes('doBidiReorder')),
    )
    .map(handlerOf),
);

/**
 * How many of jsPDF's right-to-left text handlers were found. The search reads jsPDF's private
 * plugin list, so jsPDF is pinned to one exact version and a test checks this is still 2.
 */
export const RIGHT_TO_LEFT_HANDLERS_FOUND = rightToLeftHandlers.size;

/**
 * jsPDF passes every piece of text through an Arabic shaper and a bidirectional reorderer. Text
 * drawn here is WinAnsi only (see pdfSafe), for which both do nothing but cost about a fifth of
 * the drawing time. Leave them out of this document only; jsPDF's registry is restored at once.
 */
function withoutRightToLeftProcessing(make: () => jsPDF): jsPDF {
  const saved = pluginEvents.slice();
  pluginEvents.splice(
    0,
    pluginEvents.length,
    ...saved.filter((e) => !rightToLeftHandlers.has(handlerOf(e))),
  );
  try {
    return make();
  } finally {
    pluginEvents.splice(0, pluginEvents.length, ...saved);
  }
}

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
    this.doc = withoutRightToLeftProcessing(
      () =>
        new jsPDF({
          unit: 'mm',
          format: 'a4',
          orientation: 'portrait',
          compress: true,
          putOnlyUsedFonts: true,
        }),
    );
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
    const split = this.doc.splitTextToSize(pdfSafe(text), width) as string[];
    const lines = split.length > 0 ? split : [''];
    this.wrapped.set(key, lines);
    return lines;
  }

  textWidth(text: string): number {
    return this.doc.getTextWidth(pdfSafe(text));
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
    if (this.doc.getTextWidth(safe) <= width) return safe;
    let cut = safe;
    while (cut.length > 1 && this.doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
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
   * A table with a bold header row that repeats on every page it crosses. A row that does not fit
   * moves to the next page whole; a row taller than a page is split between its lines.
   */
  table(
    columns: readonly TableColumn[],
    rows: readonly (readonly string[])[],
    o: TableOptions = {},
  ): void {
    const size = o.size ?? SIZES.small;
    const lh = lineHeight(size);
    const widths = this.columnWidths(columns, rows, size, o.boldColumn);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const wrapRow = (cells: readonly string[], bold: (i: number) => boolean) =>
      widths.map((w, i) => {
        this.font(size, bold(i) ? 'bold' : 'normal');
        return this.wrap(cells[i] ?? '', w - 2 * PAD);
      });
    const header = wrapRow(
      columns.map((c) => c.header),
      () => true,
    );
    const headerHeight = Math.max(...header.map((l) => l.length)) * lh + 2 * PAD;
    // A long caption wraps to the page's width rather than running off its edge.
    const captionLines = (continued: boolean) => {
      if (!o.caption) return [];
      this.font(SIZES.h3, 'bold');
      return this.wrap(continued ? `${o.caption} (continued)` : o.caption, this.width);
    };
    const captionHeightOf = (continued: boolean) =>
      o.caption ? captionLines(continued).length * lineHeight(SIZES.h3) + 1.5 : 0;
    const captionHeight = captionHeightOf(true);

    const drawCaption = (continued: boolean) => {
      if (!o.caption) return;
      const lines = captionLines(continued);
      this.linesAt(lines, this.left, this.y);
      this.y += captionHeightOf(continued);
    };
    const drawHeader = () => {
      this.doc.setFillColor(...COLOURS.light);
      this.doc.rect(this.left, this.y, this.width, headerHeight, 'F');
      this.drawCells(header, xs, size, () => true, this.y + PAD);
      this.y += headerHeight;
      this.doc.setDrawColor(...COLOURS.text);
      this.doc.setLineWidth(0.4);
      this.doc.line(this.left, this.y, this.right, this.y);
    };
    const startPage = () => {
      this.newPage();
      drawCaption(true);
      drawHeader();
    };

    const firstRow = rows[0] ? wrapRow(rows[0], (i) => i === o.boldColumn) : [];
    const firstHeight = Math.max(1, ...firstRow.map((l) => l.length)) * lh + 2 * PAD;
    this.ensureSpace(captionHeight + headerHeight + Math.min(firstHeight, 3 * lh + 2 * PAD));
    drawCaption(false);
    drawHeader();

    for (const row of rows) {
      let cells = wrapRow(row, (i) => i === o.boldColumn);
      let height = Math.max(1, ...cells.map((l) => l.length)) * lh + 2 * PAD;
      const fullPage = this.bottom - this.top - captionHeight - headerHeight;
      if (this.y + height > this.bottom && height <= fullPage) startPage();
      while (this.y + height > this.bottom) {
        const fit = Math.floor((this.bottom - this.y - 2 * PAD) / lh);
        if (fit < 2) {
          startPage();
          continue;
        }
        this.drawCells(
          cells.map((l) => l.slice(0, fit)),
          xs,
          size,
          (i) => i === o.boldColumn,
          this.y + PAD,
        );
        cells = cells.map((l) => l.slice(fit));
        height = Math.max(1, ...cells.map((l) => l.length)) * lh + 2 * PAD;
        startPage();
      }
      this.drawCells(cells, xs, size, (i) => i === o.boldColumn, this.y + PAD);
      this.y += height;
      this.doc.setDrawColor(...COLOURS.rule);
      this.doc.setLineWidth(0.2);
      this.doc.line(this.left, this.y, this.right, this.y);
    }
    this.y += 4;
  }

  /**
   * Column widths from the shares, widened where needed so that no word is broken mid-word: a
   * column is at least as wide as its longest word (dates such as "18 Dec 2026" are short), and
   * the width comes from the columns that have room to spare.
   */
  private columnWidths(
    columns: readonly TableColumn[],
    rows: readonly (readonly string[])[],
    size: number,
    boldColumn: number | undefined,
  ): number[] {
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (this.width * c.width) / total);
    const longest = columns.map((c, i) => {
      let max = 0;
      const measure = (text: string, bold: boolean) => {
        this.font(size, bold ? 'bold' : 'normal');
        for (const word of pdfSafe(text).split(/\s+/))
          // A word can be no wider than its length in em: measure only those that might be the longest.
          if (word.length * size * 0.36 > max) max = Math.max(max, this.doc.getTextWidth(word));
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

  private drawCells(
    cells: readonly string[][],
    xs: readonly number[],
    size: number,
    bold: (i: number) => boolean,
    y: number,
  ): void {
    const lh = lineHeight(size);
    cells.forEach((lines, i) => {
      this.font(size, bold(i) ? 'bold' : 'normal');
      if (lines.length > 0)
        this.doc.text(lines, (xs[i] ?? this.left) + PAD, y + 0.15 * lh, { baseline: 'top' });
    });
  }

  /**
   * A bar of `max` cells with the first `level` filled, for a level on a 0-`max` scale. The level
   * is always printed next to the bar too, so nothing is told by colour alone. Null: an empty,
   * dashed track (no level).
   */
  levelBar(
    x: number,
    y: number,
    width: number,
    height: number,
    level: number | null,
    max = 4,
    colour: Rgb = COLOURS.blue,
  ): void {
    const gap = 0.8;
    const cell = (width - gap * (max - 1)) / max;
    this.doc.setLineWidth(0.25);
    for (let i = 0; i < max; i += 1) {
      const cx = x + i * (cell + gap);
      if (level !== null && i < level) {
        this.doc.setFillColor(colour[0], colour[1], colour[2]);
        this.doc.rect(cx, y, cell, height, 'F');
      } else {
        this.doc.setDrawColor(...COLOURS.rule);
        if (level === null) this.doc.setLineDashPattern([0.8, 0.8], 0);
        this.doc.rect(cx, y, cell, height, 'S');
        this.doc.setLineDashPattern([], 0);
      }
    }
  }

  /** A horizontal bar for a value on a 0-100 scale, with an optional target marker. */
  scoreBar(
    x: number,
    y: number,
    width: number,
    height: number,
    value: number | null,
    target: number | null = null,
  ): void {
    this.doc.setFillColor(...COLOURS.light);
    this.doc.rect(x, y, width, height, 'F');
    if (value !== null) {
      this.doc.setFillColor(...COLOURS.blue);
      this.doc.rect(x, y, (width * Math.max(0, Math.min(100, value))) / 100, height, 'F');
    }
    if (target !== null) this.targetMarker(x + (width * target) / 100, y - 1.2, height + 2.4);
  }

  /**
   * The target on a bar: a dashed vertical line topped by a diamond, so that it differs from the
   * score by shape as well as colour (it reads in greyscale).
   */
  targetMarker(tx: number, y: number, height: number): void {
    this.doc.setDrawColor(...COLOURS.text);
    this.doc.setLineWidth(0.5);
    this.doc.setLineDashPattern([0.8, 0.6], 0);
    this.doc.line(tx, y, tx, y + height);
    this.doc.setLineDashPattern([], 0);
    this.doc.setFillColor(...COLOURS.red);
    this.doc.setDrawColor(...COLOURS.text);
    this.doc.setLineWidth(0.2);
    const r = 1.3;
    this.doc.lines(
      [
        [r, r],
        [-r, r],
        [-r, -r],
        [r, -r],
      ],
      tx,
      y - 2 * r,
      [1, 1],
      'FD',
      true,
    );
  }

  /** Draw the running header and footer on every page and return the file's bytes. */
  finish(): ArrayBuffer {
    const { doc, options } = this;
    const pages = doc.getNumberOfPages();
    for (let page = 1; page <= pages; page += 1) {
      doc.setPage(page);
      const markingWidth = options.marking
        ? (this.font(SIZES.small, 'bold'), this.textWidth(options.marking) + 6)
        : 0;
      const sideWidth = this.width / 2 - markingWidth / 2 - 2;
      this.font(SIZES.tiny, 'normal', COLOURS.muted);
      this.textAt(this.fit(options.runningHeader, sideWidth), this.left, 10);
      this.textAt(this.fit(options.runningFooter, sideWidth), this.left, 285);
      this.textAt(`Page ${page} of ${pages}`, this.right, 285, 'right');
      if (options.marking) {
        this.font(SIZES.small, 'bold');
        this.textAt(options.marking, this.pageWidth / 2, 9.6, 'center');
        this.textAt(options.marking, this.pageWidth / 2, 284.6, 'center');
      }
      doc.setDrawColor(...COLOURS.rule);
      doc.setLineWidth(0.2);
      doc.line(this.left, 14, this.right, 14);
      doc.line(this.left, 282, this.right, 282);
    }
    return doc.output('arraybuffer');
  }
}
