/**
 * One chart style for every chart of a theme's score against its target: the results page's radar
 * and bars and the report's radar draw with these, so "now" and "target" look the same everywhere.
 * The two series differ in line style and marker shape as well as colour (never colour alone).
 */
export const CHART_STYLE = {
  font: 'arial, sans-serif',
  text: '#0b0c0c',
  muted: '#505a5f',
  grid: '#b1b4b6',
  background: '#ffffff',
  /** The score now: solid blue line, light blue fill, round markers. */
  current: { colour: '#1d70b8', width: 3, fillOpacity: 0.25, markerRadius: 4 },
  /** The target: dashed black line, no fill, square markers. */
  target: { colour: '#0b0c0c', width: 2, dash: '6 4', markerSize: 8 },
  /** Text sizes in CSS pixels: charts are drawn at the width they are shown, so these are real. */
  labelSize: 14,
  tickSize: 12,
} as const;

/** Words for the key, shared by every chart that draws the two series. */
export const CHART_KEY = {
  current: 'Score now (solid blue line, round markers)',
  target: 'Target: the lowest score of the target band (dashed black line, square markers)',
} as const;

/** A generous estimate of a line's width in Arial, for laying out text without measuring it. */
export const textWidth = (text: string, size: number): number => text.length * size * 0.58;
