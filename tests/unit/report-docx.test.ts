// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel, type ReportModel } from '../../src/domain/report-model';
import { renderReportDocx } from '../../src/report/docx-report';
import {
  CABINET_HEADINGS,
  IMPLICATION_HEADINGS,
  PLAN_COLUMNS,
  RECORD_HEADINGS,
  type Edition,
} from '../../src/domain/report-wording';
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

const dir = mkdtempSync(join(tmpdir(), 'report-docx-'));

async function written(name: string, model: ReportModel, edition: Edition) {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, await renderReportDocx(model, edition));
  const unzip = (part: string) =>
    execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 20 * 1024 * 1024 });
  return { unzip, documentXml: unzip('word/document.xml') };
}

const styled = (xml: string, style: string) =>
  paragraphs(xml)
    .filter((p) => p.style === style)
    .map((p) => p.text);

describe('Word cabinet paper of the example assessment', () => {
  let model: ReportModel;
  let documentXml: string;
  let unzip: (part: string) => string;

  beforeAll(async () => {
    const { bank, assessment, notes } = example();
    model = buildReportModel(bank, assessment, notes);
    ({ unzip, documentXml } = await written('paper', model, 'cabinet'));
  });

  it('has every heading of the cabinet paper convention as a Word heading style, in order', () => {
    expect(styled(documentXml, 'Heading1')).toEqual(Object.values(CABINET_HEADINGS));
    expect(styled(documentXml, 'Heading2')).toEqual(Object.values(IMPLICATION_HEADINGS));
    expect(styled(documentXml, 'Title')[0]).toContain(model.cover.organisation);
  });

  it('carries the model’s own words: purpose, findings, recommendations and plan cells', () => {
    const text = paragraphs(documentXml).map((p) => p.text);
    expect(text).toContain(model.cabinet.purpose);
    model.cabinet.recommendations.forEach((r, i) => expect(text).toContain(`${i + 1}. ${r}`));
    model.cabinet.findings.forEach((f, i) => expect(text).toContain(`${i + 1}. ${f}`));
    for (const a of model.plan.actions.slice(0, 10))
      for (const cell of a.cells.slice(1)) expect(text).toContain(cell);
  });

  it('has the action plan as a table with a header row that repeats', () => {
    const start = documentXml.indexOf(CABINET_HEADINGS.plan);
    const tableXml = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml.slice(start))?.[0] ?? '';
    const rows = [...tableXml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)].map(
      (m) => m[0],
    );
    expect(rows).toHaveLength(Math.min(10, model.plan.actions.length) + 1);
    expect(rows[0]).toContain('<w:tblHeader');
    expect(paragraphs(rows[0] ?? '').map((p) => p.text)).toEqual([...PLAN_COLUMNS]);
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

  it('records the title and the document language', () => {
    const core = unzip('docProps/core.xml');
    expect(core).toContain(
      `<dc:title>Readiness for community-led service delivery: ${model.cover.organisation}</dc:title>`,
    );
    expect(core).toContain(`<dc:creator>${model.meta.author}</dc:creator>`);
    expect(unzip('word/styles.xml')).toMatch(/<w:lang w:val="en-GB"/);
  });
});

describe('Word full record of the example assessment', () => {
  let model: ReportModel;
  let documentXml: string;

  beforeAll(async () => {
    const { bank, assessment, notes } = example();
    model = buildReportModel(bank, assessment, notes);
    ({ documentXml } = await written('full', model, 'full'));
  });

  it('uses real heading styles for the summary, each theme, the plan and the appendices', () => {
    expect(styled(documentXml, 'Heading1')).toEqual([
      RECORD_HEADINGS.summary,
      ...model.themes.map((t) => `Theme ${t.number}: ${t.title}`),
      RECORD_HEADINGS.plan,
      RECORD_HEADINGS.method,
      RECORD_HEADINGS.sources,
    ]);
    expect(styled(documentXml, 'Heading2')).toEqual(
      expect.arrayContaining([
        RECORD_HEADINGS.position,
        RECORD_HEADINGS.priorities,
        RECORD_HEADINGS.reading,
        RECORD_HEADINGS.answers,
        RECORD_HEADINGS.findings,
        RECORD_HEADINGS.notes,
      ]),
    );
  });

  it('has a table of contents field, and the chart as a table of scores against target bands', () => {
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o/);
    const text = paragraphs(documentXml).map((p) => p.text);
    for (const t of model.themes) expect(text).toContain(t.targetText);
  });

  it('lists every action of the plan, in the model’s order', () => {
    // The contents field lists the heading too; the section is the last mention.
    const start = documentXml.lastIndexOf(`>${RECORD_HEADINGS.plan}<`);
    const tableXml = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml.slice(start))?.[0] ?? '';
    const rows = [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(model.plan.actions.length + 1);
    model.plan.actions.forEach((a, i) => {
      expect(paragraphs(rows[i + 1] ?? '').map((p) => p.text)).toEqual(
        a.cells.flatMap((c) => c.split('\n')),
      );
    });
  });
});
