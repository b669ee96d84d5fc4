// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/domain/report-model';
import { renderReportDocx } from '../../src/report/docx-report';
import { fixture } from '../fixtures/report/load';

const dir = mkdtempSync(join(tmpdir(), 'report-docx-xml-'));

/**
 * Parse every XML part of the .docx with Python's expat, a strict XML parser: a character that XML
 * cannot hold fails the parse (Word would refuse the file).
 */
function everyPartParses(file: string): void {
  const check =
    'import sys, zipfile, xml.dom.minidom as m\n' +
    'z = zipfile.ZipFile(sys.argv[1])\n' +
    'for n in z.namelist():\n' +
    "    if n.endswith('.xml') or n.endswith('.rels'): m.parseString(z.read(n))\n";
  execFileSync('python3', ['-c', check, file], { stdio: 'pipe' });
}

describe('Word files are well-formed XML whatever the text', () => {
  it.each([
    ['a C0 control', 'Budget\u0001 figures\u0008 and\u001f more'],
    ['U+FFFE and U+FFFF', 'Noted \uFFFE here \uFFFF there'],
    ['lone surrogates', 'Half \uD800 of a pair, and \uDC00 the other half'],
    ['vertical tab and form feed', 'Line\u000B one\u000C two'],
  ])('a note with %s makes a .docx whose every part parses as XML', async (_, text) => {
    const { bank, assessment, notes } = fixture();
    const [first] = Object.keys(assessment.answers);
    const answers = {
      ...assessment.answers,
      [first as string]: { ...assessment.answers[first as string]!, notes: text, evidence: text },
    };
    const model = buildReportModel(
      bank,
      {
        ...assessment,
        answers,
        about: { ...assessment.about, organisation: `Tŷ Gŵyr ${text}` },
        cabinet: { ...assessment.cabinet, purpose: text },
      },
      notes,
    );
    for (const edition of ['cabinet', 'full'] as const) {
      const file = join(dir, `hostile-${edition}.docx`);
      writeFileSync(file, await renderReportDocx(model, edition));
      expect(() => everyPartParses(file)).not.toThrow();
      const documentXml = execFileSync('unzip', ['-p', file, 'word/document.xml'], {
        encoding: 'utf8',
      });
      expect(documentXml).toContain('Tŷ Gŵyr');
    }
  });
});
