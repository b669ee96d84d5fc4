/**
 * A faster stand-in for jsPDF's "utf8" text handler (the postProcessText step that turns text in
 * an embedded TrueType font into glyph codes), used by pdf-jspdf.ts in place of jsPDF's own. It
 * keeps the same font records (glyphs used, widths, the ToUnicode map) and draws the same glyphs,
 * but looks each character up once per document, where jsPDF pushes every character drawn onto
 * the font's list of glyphs used and searches its width list linearly (a fifth of the time of a
 * long report, with the font subsetting at the end). And it writes each glyph code as two bytes
 * of a literal string, not four hex digits: the page streams are a third smaller, so quicker to
 * compress. tests/unit/pdf-jspdf.test.ts draws the same text through both and compares the files.
 */

/** The parts of jsPDF's TTFFont (font.metadata) that its text handler reads and writes. */
export type TtfMetadata = {
  cmap: { unicode: { codeMap: Record<number, number | undefined> } };
  widthOfGlyph(glyph: number): number;
  glyIdsUsed: number[];
  toUnicode: Record<number, number>;
  Unicode: { widths: (number | number[])[] };
};
type FontEntry = { encoding?: string; metadata?: unknown };
type Mutex = { activeFontKey: string; fonts: Record<string, FontEntry>; isHex?: boolean };
type TextPart = string | [string, unknown, unknown];
export type TextPayload = { text?: unknown; mutex: Mutex };

type EncoderState = {
  /** Glyph for each UTF-16 code unit, +1 (0: not looked up yet). */
  glyphPlusOne: Int32Array;
  /** Each glyph's code as it goes in a PDF string: two bytes, escaped where needed. */
  codes: string[];
  used: Set<number>;
  widthListed: Set<number>;
};

const states = new WeakMap<TtfMetadata, EncoderState>();
const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** The font's records as jsPDF keeps them, or null when they are not as expected. */
function metadataOf(font: FontEntry | undefined, key: string): TtfMetadata | null {
  // jsPDF hex-encodes its first thirteen (standard) fonts differently; those go to its handler.
  if (!font || font.encoding !== 'Identity-H' || parseInt(key.slice(1), 10) < 14) return null;
  const m = font.metadata;
  if (typeof m !== 'object' || m === null || !own(m, 'cmap') || !own(m, 'Unicode')) return null;
  const md = m as TtfMetadata;
  return md.cmap?.unicode?.codeMap &&
    Array.isArray(md.glyIdsUsed) &&
    Array.isArray(md.Unicode.widths)
    ? md
    : null;
}

function stateOf(md: TtfMetadata): EncoderState {
  let state = states.get(md);
  if (!state) {
    state = {
      glyphPlusOne: new Int32Array(0x10000),
      codes: [],
      used: new Set(md.glyIdsUsed),
      widthListed: new Set(md.Unicode.widths.filter((w): w is number => typeof w === 'number')),
    };
    states.set(md, state);
  }
  return state;
}

/** Escapes inside a PDF literal string: the delimiters, the backslash, and line ends (PDF 32000 7.3.4.2). */
const ESCAPED: Record<number, string> = {
  0x28: '\\(',
  0x29: '\\)',
  0x5c: '\\\\',
  0x0a: '\\n',
  0x0d: '\\r',
};
const byte = (b: number) => ESCAPED[b] ?? String.fromCharCode(b);
/** A glyph's two-byte code (Identity-H) as characters of a literal string. */
const stringBytes = (g: number) => byte(g >> 8) + byte(g & 0xff);

/**
 * jsPDF's utf8TextFunction and pdfEscape16 in one pass: a character the font lacks is dropped if
 * its code is 256 or more; below 256 it becomes glyph 0, where jsPDF ends the string.
 */
function encode(md: TtfMetadata, state: EncoderState, text: string): string {
  const { codeMap } = md.cmap.unicode;
  const { glyphPlusOne, codes, used, widthListed } = state;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    let g = glyphPlusOne[c]! - 1;
    if (g < 0) {
      g = codeMap[c] || 0;
      glyphPlusOne[c] = g + 1;
    }
    if (g === 0 && c >= 256) continue;
    if (!used.has(g)) {
      used.add(g);
      md.glyIdsUsed.push(g);
    }
    if (md.toUnicode[g] !== c) md.toUnicode[g] = c;
    if (!widthListed.has(g)) {
      widthListed.add(g);
      md.Unicode.widths.push(g, [parseInt(String(md.widthOfGlyph(g)), 10)]);
    }
    if (g === 0) return out;
    out += codes[g] ?? (codes[g] = stringBytes(g));
  }
  return out;
}

/**
 * The replacement handler: the same payload changes as jsPDF's, for the text shapes it accepts
 * (a string, or an array of strings and [text, x, y] triples). Anything else, and fonts that are
 * not embedded TrueType with Identity-H encoding, go to jsPDF's own handler.
 */
export function fastUtf8Handler(original: (payload: TextPayload) => unknown) {
  return (payload: TextPayload): unknown => {
    const { mutex } = payload;
    const md = metadataOf(mutex.fonts[mutex.activeFontKey], mutex.activeFontKey);
    const text = payload.text || '';
    if (!md) return original(payload);
    const state = stateOf(md);
    if (typeof text === 'string') {
      payload.text = encode(md, state, text);
      mutex.isHex = false;
      return undefined;
    }
    // Shapes this stand-in does not handle go to jsPDF's handler whole.
    const handled = (part: unknown): part is TextPart =>
      typeof part === 'string' ||
      (Array.isArray(part) && part.length === 3 && typeof part[0] === 'string');
    if (!Array.isArray(text) || !text.every(handled)) {
      // jsPDF's handler adds to the font's records: read them again when next needed.
      states.delete(md);
      return original(payload);
    }
    const out = text.map((part): TextPart =>
      typeof part === 'string'
        ? encode(md, state, part)
        : [encode(md, state, part[0]), part[1], part[2]],
    );
    payload.text = out;
    mutex.isHex = false;
    return undefined;
  };
}
