// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addReportFont, REPORT_FONT } from '../../src/report/pdf-font';
import { newA4Document } from '../../src/report/pdf-jspdf';
import { splitToWidth, textWidth } from '../../src/report/pdf-measure';
import { pdfSafe } from '../../src/report/pdf-text';

// The report's layout wraps and measures text with src/report/pdf-measure.ts instead of jsPDF's
// splitTextToSize and getTextWidth: the lines and widths must be exactly jsPDF's, or pages change.

/** Every string in the built-in bank and the example, and every line of the project's seeds. */
function corpus(): string[] {
  const strings: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(JSON.parse(readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8')));
  collect(JSON.parse(readFileSync(resolve('public/examples/example-council.json'), 'utf8')));
  for (const f of readdirSync(resolve('seeds')).filter((f) => f.endsWith('.md')))
    strings.push(readFileSync(join(resolve('seeds'), f), 'utf8'));
  strings.push(
    '',
    ' ',
    '  two  spaces  and trailing ',
    'Cyngor Tŷ Gŵyr – “Łódź” Ærøskøbing’s £5 council',
    'https://www.example.gov.uk/a/very/long/address/without/any/spaces/that/must/be/cut/somewhere',
    `${'x'.repeat(300)} then words`,
    'lines\r\nwith\nbreaks\n\nand a blank one',
  );
  return strings.map(pdfSafe);
}

function documentAt(size: number, style: 'normal' | 'bold') {
  const doc = newA4Document();
  addReportFont(doc);
  doc.setFont(REPORT_FONT, style);
  doc.setFontSize(size);
  return doc;
}

describe('text measuring and wrapping for the embedded font', () => {
  const texts = corpus();

  it.each([
    [9, 'normal'],
    [10, 'bold'],
    [11, 'normal'],
    [13.5, 'bold'],
    [17, 'bold'],
  ] as const)(
    'gives jsPDF’s lines and widths for the bank, example and seeds at %s pt %s',
    (size, style) => {
      const doc = documentAt(size, style);
      for (const width of [12, 41.3, 86, 170]) {
        for (const text of texts) {
          expect(splitToWidth(doc, text, width)).toEqual(doc.splitTextToSize(text, width));
        }
      }
      for (const text of texts) expect(textWidth(doc, text)).toBe(doc.getTextWidth(text));
    },
  );

  it('gives jsPDF’s lines and widths for any text of words, spaces and line breaks', () => {
    const doc = documentAt(11, 'normal');
    const word = fc.stringMatching(/^[A-Za-zŵŷ£“”–é0-9,.()]{0,40}$/);
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '\r\n', ' \n')), { maxLength: 30 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, fc.double({ min: 3, max: 180, noNaN: true }), (t, width) => {
        expect(splitToWidth(doc, t, width)).toEqual(doc.splitTextToSize(t, width));
        expect(textWidth(doc, t)).toBe(doc.getTextWidth(t));
      }),
      { numRuns: 300 },
    );
  });
});
