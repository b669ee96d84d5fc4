// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment, PlanAction } from '../../src/domain/assessment-schema';
import { buildReportModel, type ReportModel } from '../../src/domain/report-model';
import {
  CABINET_HEADINGS,
  DRAFT_BANNER,
  IMPLICATION_HEADINGS,
  RECORD_HEADINGS,
  type Edition,
} from '../../src/domain/report-wording';
import { renderReportPdf } from '../../src/report/pdf-report';
import { example, fixture } from '../fixtures/report/load';

const dir = mkdtempSync(join(tmpdir(), 'report-cabinet-'));

/** Write the PDF and read it back with poppler: the title in its metadata and the text of each page. */
function readBack(name: string, model: ReportModel, edition: Edition) {
  const file = join(dir, `${name}-${edition}.pdf`);
  writeFileSync(file, new Uint8Array(renderReportPdf(model, edition)));
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').slice(0, -1);
  return {
    title: /^Title:\s*(.*)$/m.exec(info)?.[1] ?? '',
    pages,
    flat: pages.map((p) => p.replace(/\s+/g, ' ')),
    all: text.replace(/\s+/g, ' '),
  };
}

const modelOf = (change: (a: Assessment) => Assessment = (a) => a) => {
  const { bank, assessment, notes } = example();
  return { bank, model: buildReportModel(bank, change(assessment), notes) };
};

describe('cabinet paper PDF of the example assessment', () => {
  const { model } = modelOf();
  const r = readBack('example', model, 'cabinet');

  it('fits on at most six A4 pages, with Purpose, Summary and Recommendations on page 1', () => {
    expect(r.pages.length).toBeGreaterThanOrEqual(3);
    expect(r.pages.length).toBeLessThanOrEqual(6);
    const first = r.pages[0] ?? '';
    for (const h of ['Purpose', 'Summary', 'Recommendations'])
      expect(first).toMatch(new RegExp(`^${h}$`, 'm'));
    for (const [label, value] of model.cabinet.details) {
      expect(r.flat[0]).toContain(label);
      expect(r.flat[0]).toContain(value.split(',')[0]);
    }
  });

  it('has every heading of the cabinet paper convention, in order', () => {
    const headings = [...Object.values(CABINET_HEADINGS), ...Object.values(IMPLICATION_HEADINGS)];
    for (const h of headings) expect(r.all).toContain(h);
    const lines = r.pages.join('\n').split('\n');
    const at = (h: string) => lines.indexOf(h);
    const order = Object.values(CABINET_HEADINGS).map(at);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('prints the marking and "Page N of M" on every page', () => {
    r.pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${r.pages.length}`);
      expect(page.split('OFFICIAL').length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
    });
  });

  it('prints the top actions by priority, then due date, each naming its question', () => {
    const shown = model.plan.actions.slice(0, 10);
    const rank = { High: 0, Medium: 1, Low: 2 } as Record<string, number>;
    const keys = model.plan.actions.map((a) => rank[a.priority] ?? 9);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    let last = -1;
    for (const a of shown) {
      // Table cells wrap, and pdftotext may interleave columns: look for the first two words.
      const words = a.text.split(' ').slice(0, 2).join(' ');
      const at = r.all.indexOf(words, last + 1);
      expect(at, a.text).toBeGreaterThan(last);
      last = at;
      if (a.questionNumber) expect(r.all).toContain(`Question ${a.questionNumber}`);
    }
  });

  it('is not a draft: the example is complete enough, so no DRAFT banner', () => {
    expect(model.status.draft).toBe(false);
    expect(r.all).not.toContain(DRAFT_BANNER);
  });
});

describe('honest about what is missing', () => {
  const noAnswers = modelOf((a) => ({ ...a, answers: {}, plan: [], targets: {} })).model;
  const allDontKnow = modelOf((a) => ({
    ...a,
    plan: [],
    answers: Object.fromEntries(
      Object.entries(a.answers).map(([id, ans]) => [
        id,
        { ...ans, response: { kind: 'dont-know' as const } },
      ]),
    ),
  })).model;
  const { bank } = example();
  const criticalCount = bank.themes.flatMap((t) => t.questions).filter((q) => q.critical).length;

  it.each([
    ['an empty assessment', noAnswers],
    ['an all “Don’t know” assessment', allDontKnow],
  ])(
    '%s prints DRAFT on page 1 and on the summary, and counts the unanswered critical questions',
    (name, model) => {
      const unanswered = `${criticalCount} critical questions have no answer yet.`;
      expect(model.status.reasons).toContain(unanswered);
      const paper = readBack(name.replace(/\W+/g, '-'), model, 'cabinet');
      expect(paper.flat[0]).toContain(DRAFT_BANNER);
      expect(paper.flat[0]).toContain(unanswered);
      expect(paper.all).not.toContain('There are no critical gaps');
      const full = readBack(name.replace(/\W+/g, '-'), model, 'full');
      expect(full.flat[0]).toContain(DRAFT_BANNER);
      const summary = full.flat.find((p, i) => i > 0 && p.includes(RECORD_HEADINGS.summary)) ?? '';
      expect(summary).toContain(DRAFT_BANNER);
      expect(full.all).not.toContain('There are no critical gaps');
      for (const page of [...paper.pages, ...full.pages]) expect(page).toMatch(/Page \d+ of \d+/);
    },
  );
});

describe('Welsh names print as written', () => {
  it('keeps ŵ and ŷ in the text and in the title metadata of both editions', () => {
    const { model } = modelOf((a) => ({
      ...a,
      about: { ...a.about, organisation: 'Cyngor Tŷ Gŵyr' },
      cabinet: { ...a.cabinet, portfolioHolder: 'Y Cynghorydd Siân Llŷr' },
    }));
    for (const edition of ['cabinet', 'full'] as const) {
      const r = readBack('welsh', model, edition);
      expect(r.title).toContain('Cyngor Tŷ Gŵyr');
      expect(r.all).toContain('Cyngor Tŷ Gŵyr');
      if (edition === 'cabinet') expect(r.all).toContain('Siân Llŷr');
    }
  });
});

describe('a long organisation name', () => {
  it('keeps the contents list on the cover of the full record', () => {
    const { model } = modelOf((a) => ({
      ...a,
      about: {
        ...a.about,
        organisation: `${'The Royal Borough of Long Names and '.repeat(6)}Wales`.slice(0, 200),
      },
    }));
    const r = readBack('long-name', model, 'full');
    expect(r.flat[0]).toContain('Contents');
    expect(r.flat[0]).toContain(RECORD_HEADINGS.plan);
  });
});

describe('recommendations', () => {
  it('are drafted from the critical gaps, the targets and the actions that need a cabinet decision', () => {
    const { model } = modelOf((a) => ({
      ...a,
      plan: a.plan.map((p: PlanAction, i) => (i === 0 ? { ...p, needsDecision: true } : p)),
    }));
    expect(model.cabinet.recommendationsDrafted).toBe(true);
    const text = model.cabinet.recommendations.join('\n');
    expect(text).toMatch(/critical gaps \(questions [\d., and]+\) are addressed first/);
    expect(text).toMatch(/Approve this action: /);
    expect(text).toContain('Established (60 or more)');
  });

  it('are the officer’s own once edited', () => {
    const { model } = modelOf((a) => ({
      ...a,
      cabinet: { ...a.cabinet, recommendations: [{ id: 'r1', text: 'Agree the plan.' }] },
    }));
    expect(model.cabinet.recommendations).toEqual(['Agree the plan.']);
    expect(model.cabinet.recommendationsDrafted).toBe(false);
  });
});

describe('unevidenced claims', () => {
  it('lists answers at level 3 or 4 with no evidence, theme by theme', () => {
    const { bank, assessment, notes } = fixture();
    const model = buildReportModel(bank, assessment, notes);
    const ids = model.themes.flatMap((t) => t.findings.unevidenced.map((f) => f.questionId));
    for (const id of ids) {
      const a = assessment.answers[id];
      expect(a?.response?.kind === 'level' && a.response.level >= 3).toBe(true);
      expect(a?.evidence.trim()).toBe('');
    }
    expect(ids.length).toBe(model.summary.unevidencedCount);
    expect(ids.length).toBeGreaterThan(0);
  });
});
