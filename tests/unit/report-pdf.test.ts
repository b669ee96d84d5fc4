// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel, type ReportModel } from '../../src/domain/report-model';
import { PLAN_COLUMNS, WORDING, type Edition } from '../../src/domain/report-wording';
import { renderReportPdf } from '../../src/report/pdf-report';
import { example, fixture } from '../fixtures/report/load';

const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));

type Outline = { title: string; page: number; kids: Outline[] };
type Checked = {
  model: ReportModel;
  info: Record<string, string>;
  pages: string[];
  flat: string;
  outline: Outline[];
};

type QpdfOutline = { title: string; destpageposfrom1: number; kids: QpdfOutline[] };
const toOutline = (o: QpdfOutline): Outline => ({
  title: o.title,
  page: o.destpageposfrom1,
  kids: o.kids.map(toOutline),
});

/** Write the PDF and read it back with poppler: metadata, and the text of each page (split on form feeds). */
export function writeAndRead(name: string, model: ReportModel, edition: Edition = 'full'): Checked {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, new Uint8Array(renderReportPdf(model, edition)));
  const info = Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      .split('\n')
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .flatMap((m) => (m ? [[m[1] as string, m[2] as string]] : [])),
  );
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, -1);
  const qpdf = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
  const outlines = JSON.parse(
    execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' }),
  ) as { outlines: QpdfOutline[] };
  return {
    model,
    info,
    pages,
    flat: text.replace(/\s+/g, ' '),
    outline: outlines.outlines.map(toOutline),
  };
}

describe.each([
  ['example assessment (Northmoor Borough Council)', () => example()],
  ['fixture with long notes, £ and typographic quotes', () => fixture()],
])('Full record PDF of the %s', (name, load) => {
  let r: Checked;
  beforeAll(() => {
    const { bank, assessment, notes } = load();
    r = writeAndRead(name.split(' ')[0] ?? 'report', buildReportModel(bank, assessment, notes));
  });

  it('has the title, author and subject in its metadata, and as many pages as pdftotext finds', () => {
    expect(r.info.Title).toBe(r.model.meta.title);
    expect(r.info.Author).toBe(r.model.meta.author);
    expect(r.info.Subject).toBe(r.model.meta.subject);
    expect(r.info['Page size']).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)/);
    expect(Number(r.info.Pages)).toBe(r.pages.length);
    // Cover, summary, the themes (which no longer start a page each), the plan, the appendices.
    expect(r.pages.length).toBeGreaterThanOrEqual(4);
  });

  it('prints the organisation, every theme title, the action plan and every owner as selectable text', () => {
    expect(r.flat).toContain(r.model.cover.organisation);
    for (const t of r.model.themes) expect(r.flat).toContain(`Theme ${t.number}: ${t.title}`);
    expect(r.flat).toContain('Action plan');
    const owners = r.model.plan.actions.map((a) => a.owner).filter(Boolean);
    expect(owners.length).toBeGreaterThan(0);
    // A long owner wraps in its column, and pdftotext reads wrapped cells line by line.
    for (const owner of owners) for (const w of owner.split(' ')) expect(r.flat).toContain(w);
  });

  it('numbers every page "Page N of M" and prints the protective marking on every page', () => {
    const total = r.pages.length;
    r.pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${total}`);
      expect(page).toContain(r.model.cover.organisation);
      if (r.model.cover.marking)
        expect(
          page.split(r.model.cover.marking).length - 1,
          `marking on page ${i + 1}`,
        ).toBeGreaterThanOrEqual(2);
    });
  });

  it('keeps the executive summary to one page, with the chart labels, priorities and reading', () => {
    // The cover's contents name every section too; look after it.
    const summaryPages = r.pages.filter((p, i) => i > 0 && p.includes('Executive summary'));
    expect(summaryPages).toHaveLength(1);
    const page = (summaryPages[0] ?? '').replace(/\s+/g, ' ');
    expect(page).toContain('Top three priorities');
    expect(page).toContain('Reading the results');
    expect(page).toContain(r.model.summary.reading.at(-1)?.split(' ').slice(0, 6).join(' '));
    for (const d of r.model.summary.radar) expect(page).toContain(d.label.split(' ')[0]);
    const next = r.pages[r.pages.indexOf(summaryPages[0] ?? '') + 1] ?? '';
    expect(next).toContain('Theme 1:');
  });

  it('repeats the action table header on every page the plan runs onto', () => {
    const start = r.pages.findIndex((p, i) => i > 0 && /^Action plan$/m.test(p));
    const end =
      r.pages.findIndex((p, i) => i > start && p.includes('Appendix A: How the scores')) + 1;
    expect(start).toBeGreaterThan(0);
    const planPages = r.pages.slice(start, end);
    expect(planPages.length).toBeGreaterThanOrEqual(1);
    planPages.forEach((p, i) => {
      if (!p.includes('Resources')) return;
      for (const h of PLAN_COLUMNS) expect(p, `page ${i + 1} of the plan`).toContain(h);
    });
  });

  it('has bookmarks to each section, each on the page where its heading is', () => {
    const titles = [
      `Cover: ${r.model.cover.organisation}`,
      'Executive summary',
      ...r.model.themes.map((t) => `Theme ${t.number}: ${t.title}`),
      'Action plan',
      'Appendix A: How the scores are worked out',
      'Appendix B: Sources',
    ];
    expect(r.outline.map((o) => o.title)).toEqual(titles);
    for (const o of r.outline.slice(1)) expect(r.pages[o.page - 1], o.title).toContain(o.title);
    expect(r.outline.at(-1)?.kids.map((k) => k.title)).toEqual(r.model.sources.map((s) => s.title));
    // The cover lists the same sections with the same pages.
    const cover = (r.pages[0] ?? '').replace(/\s+/g, ' ');
    expect(cover).toContain('Contents');
    for (const o of r.outline.slice(1)) expect(cover).toContain(`${o.title} page ${o.page}`);
  });

  it('ends with the scoring method and the sources, and no longer repeats every answer', () => {
    expect(r.flat).not.toContain('Appendix A: Every answer');
    expect(r.flat).toContain('Appendix A: How the scores are worked out');
    expect(r.flat).toContain('Appendix B: Sources');
    for (const s of r.model.sources) expect(r.flat).toContain(s.title);
  });
});

describe('PDF text fidelity', () => {
  it('prints £ and typographic quotes, and breaks a long note across lines and pages without losing any of it', () => {
    const { bank, assessment, notes } = fixture();
    const r = writeAndRead('fidelity', buildReportModel(bank, assessment, notes));
    const sentence =
      'The council’s “community first” review found that £141m of spending was at risk over two years.';
    // Leave out the running header and footer, which pdftotext puts between a page's last line and
    // the next page's first.
    const furniture = new Set([r.model.cover.organisation, r.model.cover.marking ?? '']);
    const body = r.pages
      .flatMap((p) => p.split('\n'))
      .filter(
        (l) => !furniture.has(l.trim()) && !/Page \d+ of \d+|^Full record.*\d{4}$/.test(l.trim()),
      )
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(body.split(sentence).length - 1).toBe(40);
    expect(r.flat).toContain('Covered by the county’s campaign.');
    // The note is long enough to run from one page onto the next.
    const first = r.pages.findIndex((p) => p.includes('“community first”'));
    expect(r.pages[first + 1]).toContain('“community first”');
  });
});

describe('PDF variants', () => {
  it('leaves out the overall band when hidden, the marking when there is none, and prints the draft plan when none was written', () => {
    const { bank, assessment, notes } = fixture();
    const r = writeAndRead(
      'variant',
      buildReportModel(
        bank,
        {
          ...assessment,
          settings: { hideOverall: true },
          about: { ...assessment.about, marking: 'none' },
          plan: [],
        },
        notes,
      ),
    );
    const summary = r.pages[1] ?? '';
    expect(summary).not.toContain('Overall band');
    expect(summary.replace(/\s+/g, ' ')).toContain(
      'The council chose not to show an overall figure',
    );
    for (const page of r.pages) expect(page).not.toMatch(/OFFICIAL/);
    expect(r.flat).toContain('No action plan has been agreed yet. This is the draft plan');
    for (const a of r.model.plan.actions) expect(r.flat).toContain(a.text);
    expect(r.flat).toContain(WORDING.noOwnerHigh);
    expect(r.flat).not.toContain('Not assigned');
  });

  it('reports an assessment with no answers yet: no scores, an empty plan, still every section', () => {
    const { bank, assessment, notes } = fixture();
    const r = writeAndRead(
      'empty',
      buildReportModel(bank, { ...assessment, answers: {}, targets: {}, plan: [] }, notes),
    );
    expect(r.flat).toContain(
      'No question has been answered with a level yet, so no theme has a score.',
    );
    expect(r.flat).toContain('There are no actions in the plan.');
    expect(r.flat).toContain('No priorities yet: no question has been answered with a level.');
    expect(r.flat.split('No score: no question was answered with a level.').length - 1).toBe(
      bank.themes.length,
    );
    expect(r.flat).toContain('Appendix B: Sources');
  });

  it('draws theme bars instead of a radar when there are fewer than three themes', () => {
    const { bank, assessment, notes } = fixture();
    const small = { ...bank, themes: bank.themes.slice(0, 2) };
    const r = writeAndRead('two-themes', buildReportModel(small, assessment, notes));
    const summary = (r.pages[1] ?? '').replace(/\s+/g, ' ');
    for (const d of r.model.summary.radar)
      expect(summary).toContain(`Score ${Math.round(d.current ?? 0)}; target ${d.targetText}`);
  });
});
