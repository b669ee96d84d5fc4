import type { jsPDF } from 'jspdf';

/**
 * Text widths and line wrapping for the embedded report font, giving exactly the numbers and lines
 * that jsPDF's getTextWidth and splitTextToSize give (the same sums in the same order), without
 * their per-call work: jsPDF looks up every character's glyph and width on every call, and layout
 * measures the same words many times. Here each character's width is looked up once per font per
 * document, and each word's width once. tests/unit/pdf-measure.test.ts compares the two on the
 * bank's and the seeds' text. Fonts other than embedded TrueType ones go to jsPDF.
 */

/** The parts of jsPDF's TTFFont (a font's metadata) read here. */
type TtfMetrics = {
  widthOfString: unknown;
  widthOfGlyph(glyph: number): number;
  characterToGlyph(code: number): number;
};

type FontMetrics = {
  /** Each UTF-16 code unit's width in thousandths of the font size, +1 (0: not looked up yet). */
  charPlusOne: Float64Array;
  /** Each word's width as a fraction of the font size, as splitTextToSize sums it. */
  words: Map<string, number>;
  metadata: TtfMetrics;
};

const cache = new WeakMap<object, FontMetrics>();

function metricsOf(doc: jsPDF): FontMetrics | null {
  // A character spacing other than none changes jsPDF's sums; it is never set here.
  if (doc.getCharSpace() !== 0) return null;
  const metadata = (doc.getFont() as { metadata?: unknown }).metadata;
  if (typeof metadata !== 'object' || metadata === null) return null;
  const m = metadata as TtfMetrics;
  if (typeof m.widthOfString !== 'function' || typeof m.widthOfGlyph !== 'function') return null;
  let metrics = cache.get(metadata);
  if (!metrics) {
    metrics = { charPlusOne: new Float64Array(0x10000), words: new Map(), metadata: m };
    cache.set(metadata, metrics);
  }
  return metrics;
}

/** A character's advance in thousandths of the font size (TTFFont.widthOfGlyph). */
function charWidth(f: FontMetrics, code: number): number {
  const cached = f.charPlusOne[code]!;
  if (cached !== 0) return cached - 1;
  const w = f.metadata.widthOfGlyph(f.metadata.characterToGlyph(code));
  f.charPlusOne[code] = w + 1;
  return w;
}

/** getCharWidthsArray: each character's width as a fraction of the font size. */
function charWidths(f: FontMetrics, word: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < word.length; i += 1)
    out.push((charWidth(f, word.charCodeAt(i)) + 0 || 0) / 1000);
  return out;
}

/** The sum of charWidths, added left to right from 0 as splitTextToSize's reduce does. */
function wordWidth(f: FontMetrics, word: string): number {
  let w = f.words.get(word);
  if (w === undefined) {
    w = 0;
    for (let i = 0; i < word.length; i += 1)
      w += (charWidth(f, word.charCodeAt(i)) + 0 || 0) / 1000;
    f.words.set(word, w);
  }
  return w;
}

/** Text width in the document's unit at the current font and size (jsPDF's getTextWidth). */
export function textWidth(doc: jsPDF, text: string): number {
  const f = metricsOf(doc);
  if (!f) return doc.getTextWidth(text);
  const size = doc.getFontSize();
  // TTFFont.widthOfString, then getStringUnitWidth and getTextWidth, in jsPDF's order.
  let width = 0;
  for (let i = 0; i < text.length; i += 1) width += charWidth(f, text.charCodeAt(i)) + 0 || 0;
  const unit = (width * (size / 1000)) / size;
  return (unit * size) / doc.internal.scaleFactor;
}

/** jsPDF's splitLongWord: a word wider than a line cut into pieces that fit. */
function splitLongWord(
  word: string,
  widths: number[],
  firstLineMax: number,
  max: number,
): string[] {
  const answer: string[] = [];
  let i = 0;
  let working = 0;
  while (i !== word.length && working + widths[i]! < firstLineMax) {
    working += widths[i]!;
    i += 1;
  }
  answer.push(word.slice(0, i));
  let start = i;
  working = 0;
  while (i !== word.length) {
    if (working + widths[i]! > max) {
      answer.push(word.slice(start, i));
      working = 0;
      start = i;
    }
    working += widths[i]!;
    i += 1;
  }
  if (start !== i) answer.push(word.slice(start, i));
  return answer;
}

/** jsPDF's splitParagraphIntoLines without indents; widths are fractions of the font size. */
function splitParagraph(f: FontMetrics, text: string, max: number): string[] {
  let line: (string | undefined)[] = [];
  const lines = [line];
  let lineLength = 0;
  let separator = 0;
  const space = charWidths(f, ' ')[0]!;
  for (const word of text.split(' ')) {
    let current = wordWidth(f, word);
    if (lineLength + separator + current > max) {
      if (current > max) {
        const widths = charWidths(f, word);
        const pieces = splitLongWord(word, widths, max - (lineLength + separator), max);
        line.push(pieces.shift());
        line = [pieces.pop()];
        while (pieces.length) lines.push([pieces.shift()]);
        current = widths
          .slice(word.length - (line[0] ? line[0].length : 0))
          .reduce((s, w) => s + w, 0);
      } else line = [word];
      lines.push(line);
      lineLength = current;
      separator = space;
    } else {
      line.push(word);
      lineLength += separator + current;
      separator = space;
    }
  }
  return lines.map((l) => l.join(' '));
}

/** Lines of `text` that fit `width` at the current font and size (jsPDF's splitTextToSize). */
export function splitToWidth(doc: jsPDF, text: string, width: number): string[] {
  const f = metricsOf(doc);
  if (!f) return doc.splitTextToSize(text, width) as string[];
  const max = (1.0 * doc.internal.scaleFactor * width) / doc.getFontSize();
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) out.push(...splitParagraph(f, paragraph, max));
  return out;
}
