// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel, type ReportModel } from '../../src/domain/report-model';
import { renderReportDocx } from '../../src/report/docx-report';
import { example } from '../fixtures/report/load';

/** The text of each paragraph in a WordprocessingML part, with its style when it has one. */
function paragraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? null,
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1] ?? '')
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  }));
}

describe('Word report of the example assessment', () => {
  let model: ReportModel;
  let documentXml: string;
  let unzip: (part: string) => string;

  beforeAll(async () => {
    const { bank, assessment, notes } = example();
    model = buildReportModel(bank, assessment, notes);
    const dir = mkdtempSync(join(tmpdir(), 'report-docx-'));
    const file = join(dir, 'report.docx');
    writeFileSync(file, await renderReportDocx(model));
    unzip = (part) =>
      execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 20 * 1024 * 1024 });
    documentXml = unzip('word/document.xml');
  });

  it('uses real heading styles for the report, each theme, the plan and the appendices', () => {
    const headings = paragraphs(documentXml)
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.text);
    expect(headings).toEqual([
      'Executive summary',
      ...model.themes.map((t) => `Theme ${t.number}: ${t.title}`),
      'Action plan',
      'Appendix A: Every answer',
      'Appendix B: How the scores are worked out',
      'Appendix C: Sources',
    ]);
    const sub = paragraphs(documentXml)
      .filter((p) => p.style === 'Heading2')
      .map((p) => p.text);
    expect(sub).toEqual(
      expect.arrayContaining([
        'Current position against target',
        'Top three priorities',
        'Reading the results',
        'Answers',
        'Findings',
        'Notes and evidence',
      ]),
    );
    expect(paragraphs(documentXml).find((p) => p.style === 'Title')?.text).toBe(
      'Big Society Readiness report',
    );
  });

  it('has the action plan as a table with a header row that repeats, and a row per action', () => {
    const start = documentXml.indexOf('Action plan');
    const tableXml = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml.slice(start))?.[0] ?? '';
    const rows = [...tableXml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map(
      (m) => m[0],
    );
    expect(rows).toHaveLength(model.plan.actions.length + 1);
    expect(rows[0]).toContain('<w:tblHeader');
    expect(paragraphs(rows[0] ?? '').map((p) => p.text)).toEqual([
      'Action',
      'Theme',
      'Priority',
      'Owner',
      'Due',
      'Status',
      'Measure of success',
    ]);
    model.plan.actions.forEach((a, i) => {
      const cells = paragraphs(rows[i + 1] ?? '').map((p) => p.text);
      expect(cells).toEqual([
        a.text,
        a.themeTitle,
        a.priority,
        a.owner || 'Not assigned',
        a.due || 'Not set',
        a.status,
        a.measure || '–',
      ]);
    });
  });

  it('gives the chart as a table of scores against targets', () => {
    const text = paragraphs(documentXml).map((p) => p.text);
    for (const d of model.summary.radar) expect(text).toContain(d.label);
    expect(text).toContain('Target on score scale');
  });

  it('puts the organisation and the marking in the running header, and page numbers in the footer', () => {
    const header = unzip('word/header1.xml');
    const footer = unzip('word/footer1.xml');
    expect(header).toContain(model.cover.organisation);
    if (model.cover.marking) {
      expect(header).toContain(model.cover.marking);
      expect(footer).toContain(model.cover.marking);
    }
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('records the title, subject and author in the document properties', () => {
    const core = unzip('docProps/core.xml');
    expect(core).toContain(`<dc:title>${model.meta.title}</dc:title>`);
    expect(core).toContain(`<dc:creator>${model.meta.author}</dc:creator>`);
    expect(core).toContain(`<dc:subject>${model.meta.subject}</dc:subject>`);
  });
});
