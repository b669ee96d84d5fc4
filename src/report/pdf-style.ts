/**
 * The look of every PDF this app makes: the GOV.UK palette, the font sizes, the line height, and
 * the options that text and tables take. Shared by the layout kit and the pages drawn with it.
 */

export type Rgb = readonly [number, number, number];

/**
 * GOV.UK palette: dark text, secondary grey, blue for the current position. Targets are drawn in
 * the text colour, as on screen (lib/chart-style.ts): red would read as a warning, and black
 * prints the same in greyscale.
 */
export const COLOURS = {
  text: [11, 12, 12],
  muted: [80, 90, 95],
  rule: [177, 180, 182],
  light: [243, 242, 241],
  blue: [29, 112, 184],
  darkBlue: [0, 48, 120],
  red: [212, 53, 28],
  target: [11, 12, 12],
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
/** Line spacing as a multiple of the font size. */
export const LINE_FACTOR = 1.3;

/** Height in mm of one line of text at `size` points. */
export const lineHeight = (size: number): number => size * PT_TO_MM * LINE_FACTOR;

/** The embedded font has a regular and a bold face; nothing in the reports is set in italic. */
export type FontStyle = 'normal' | 'bold';

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
