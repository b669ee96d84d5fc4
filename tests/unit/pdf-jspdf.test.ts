// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { addReportFont, REPORT_FONT } from '../../src/report/pdf-font';
import { A4_OPTIONS, newA4Document } from '../../src/report/pdf-jspdf';
import { PdfKit } from '../../src/report/pdf-kit';

// src/report/pdf-jspdf.ts swaps jsPDF's text encoder for a faster one that writes glyph codes as
// binary strings rather than hex. The same text drawn through jsPDF's own encoder must give the
// same file once qpdf has normalised both (it writes every string in hex and every stream
// uncompressed): the same glyphs, the same font subset, widths and ToUnicode map.

const dir = mkdtempSync(join(tmpdir(), 'pdf-jspdf-'));

/** Everything drawn: Welsh and other Latin letters, typography, glyph codes that need escaping. */
const LINES = [
  'Cyngor Tŷ Gŵyr, Ŵ Ŷ ŵ ŷ: “curly” ‘quotes’ – en — em … £1,000 €5 • 10%',
  'Łódź Wałęsa, Ærøskøbing, Señora Zoë Brontë, Şişli, Țară, ǅ ǈ ǋ',
  'Backslash \\ and (parentheses) {braces} [brackets], GHGH,,,',
  '0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz',
  // Outside the font: above U+00FF it is dropped; a control character ends the string (jsPDF).
  'Greek αβγ dropped, then the rest',
  'before\u0001after',
];

function draw(doc: jsPDF): ArrayBuffer {
  addReportFont(doc);
  doc.setFont(REPORT_FONT, 'normal');
  doc.setFontSize(11);
  LINES.forEach((line, i) => doc.text(line, 20, 20 + i * 8, { baseline: 'top' }));
  doc.text(LINES.slice(0, 3), 20, 80, { baseline: 'top' });
  doc.setFont(REPORT_FONT, 'bold');
  doc.text(LINES.slice(0, 2), 190, 120, { align: 'right', baseline: 'top' });
  doc.text('Centred Ŵ (bold)', 105, 150, { align: 'center' });
  doc.addPage('a4', 'portrait');
  doc.text(LINES[0] ?? '', 20, 20);
  doc.setCreationDate(new Date(Date.UTC(2011, 2, 14)));
  doc.setFileId('0123456789abcdef0123456789abcdef');
  return doc.output('arraybuffer');
}

/** qpdf's normal form: streams uncompressed, content normalised, strings in hex. */
function normalised(name: string, bytes: ArrayBuffer): string {
  const file = join(dir, `${name}.pdf`);
  const out = join(dir, `${name}.qdf`);
  writeFileSync(file, new Uint8Array(bytes));
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', '--deterministic-id', file, out]);
  return readFileSync(out, 'latin1');
}

describe("the faster text encoder (src/report/pdf-jspdf-text.ts) against jsPDF's own", () => {
  it('gives the same file for the same text', () => {
    const ours = draw(newA4Document());
    // The same set-up, without the faster text processing.
    const theirs = draw(new jsPDF(A4_OPTIONS));
    const a = normalised('ours', ours);
    const b = normalised('theirs', theirs);
    expect(a).toContain('/FontFile2');
    expect(a.length).toBe(b.length);
    expect(a === b).toBe(true);
    // Ours is smaller: two bytes a glyph, not four hex digits.
    expect(ours.byteLength).toBeLessThan(theirs.byteLength);
  });

  it('is read back as the text drawn, and a character outside the font prints as "?"', () => {
    const kit = new PdfKit({
      title: 'Test',
      author: 'Test',
      subject: 'Test',
      runningHeader: 'Cyngor Tŷ Gŵyr',
      runningFooter: 'Footer',
      marking: 'OFFICIAL',
    });
    kit.paragraph(`${LINES[0]} ${LINES[1]} ${LINES[2]} 中文 🙂 end`);
    const file = join(dir, 'kit.pdf');
    writeFileSync(file, new Uint8Array(kit.finish()));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    for (const line of LINES.slice(0, 3)) expect(flat).toContain(line);
    expect(flat).toContain('Backslash \\ and (parentheses) {braces} [brackets], GHGH,,, ?? ? end');
    expect(flat).toContain('Cyngor Tŷ Gŵyr');
    expect(flat).toContain('Page 1 of 1');
  });
});
