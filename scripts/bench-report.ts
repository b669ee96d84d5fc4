import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSourceNotes } from '../src/cli/report-command';
import { readAssessmentText } from '../src/domain/assessment-file';
import { readQuestionnaireText } from '../src/domain/questionnaire-file';
import { buildReportModel } from '../src/domain/report-model';
import { renderReportPdf } from '../src/report/pdf-report';

const WARM_UP = 5;
const RUNS = 25;
const BUDGET_MS = 150;
/** Model to PDF with the embedded font, per edition (the guide's budget). */
const EDITION_BUDGET_MS = 250;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function time(runs: number, work: () => void): number {
  for (let i = 0; i < WARM_UP; i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * The report for the example assessment, in-process, as the "Download PDF" button does it after the
 * file is loaded: the report model alone, and the model followed by the PDF. Reading the files is
 * not timed.
 */
export async function benchReport(): Promise<
  { name: string; medianMs: number; budgetMs: number; runs: number }[]
> {
  const bank = readQuestionnaireText(
    readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8'),
  );
  if (!bank.ok) throw new Error('bench: the question bank is invalid');
  const restored = readAssessmentText(
    readFileSync(resolve('public/examples/example-council.json'), 'utf8'),
    bank.value,
  );
  if (!restored.ok) throw new Error('bench: the example assessment is invalid');
  const notes = readSourceNotes(resolve('seeds'));
  const { assessment } = restored.value;
  let bytes = 0;
  const model = time(RUNS, () => {
    buildReportModel(bank.value, assessment, notes);
  });
  const pdf = (edition: 'cabinet' | 'full') =>
    time(RUNS, () => {
      bytes = renderReportPdf(buildReportModel(bank.value, assessment, notes), edition).byteLength;
      if (bytes === 0) throw new Error('bench: the PDF was empty');
    });
  return [
    { name: 'report model (example assessment)', medianMs: model, budgetMs: BUDGET_MS, runs: RUNS },
    {
      name: 'cabinet paper: model + PDF with the embedded font (example)',
      medianMs: pdf('cabinet'),
      budgetMs: EDITION_BUDGET_MS,
      runs: RUNS,
    },
    {
      name: 'full record: model + PDF with the embedded font (example)',
      medianMs: pdf('full'),
      budgetMs: EDITION_BUDGET_MS,
      runs: RUNS,
    },
  ];
}
