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
/** The guide's "report model → PDF for the example assessment" (the default edition, the cabinet paper). */
const BUDGET_MS = 150;
/** Model to PDF with the embedded font, per edition (the guide's budget). */
const EDITION_BUDGET_MS = 250;

type Row = { name: string; medianMs: number; budgetMs: number; runs: number; cpuMedianMs: number };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Median wall-clock time of `runs` runs after a warm-up, and the median CPU time of this process
 * over the same runs: on shared cores the wall clock includes waiting for a core, the CPU time
 * mostly does not, so the two together say whether a slow figure is the code or the machine.
 */
function time(runs: number, work: () => void): { wall: number; cpu: number } {
  for (let i = 0; i < WARM_UP; i += 1) work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    work();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/**
 * The report for the example assessment, in-process, as the "Download PDF" button does it after the
 * file is loaded: the report model alone, and the model followed by the PDF of each edition with
 * the embedded font. The cabinet paper is what "Download PDF" gives by default, so it is held to
 * the example's 150 ms as well as the editions' 250 ms. Reading the files is not timed.
 */
export async function benchReport(): Promise<Row[]> {
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
  const row = (name: string, budgetMs: number, t: { wall: number; cpu: number }): Row => ({
    name,
    medianMs: t.wall,
    budgetMs,
    runs: RUNS,
    cpuMedianMs: t.cpu,
  });
  const pdf = (edition: 'cabinet' | 'full') =>
    time(RUNS, () => {
      const bytes = renderReportPdf(buildReportModel(bank.value, assessment, notes), edition);
      if (bytes.byteLength === 0) throw new Error('bench: the PDF was empty');
    });
  const rows = [
    row(
      'report model alone (example assessment)',
      BUDGET_MS,
      time(RUNS, () => {
        buildReportModel(bank.value, assessment, notes);
      }),
    ),
    row(
      'example assessment, model + PDF: the cabinet paper (default edition) with the embedded font',
      Math.min(BUDGET_MS, EDITION_BUDGET_MS),
      pdf('cabinet'),
    ),
    row(
      'full record: model + PDF with the embedded font (example)',
      EDITION_BUDGET_MS,
      pdf('full'),
    ),
  ];
  console.log(
    `  CPU time of this process, medians over the same runs: ${rows.map((r) => `${r.name.split(/[:,(]/)[0]?.trim()} ${r.cpuMedianMs.toFixed(1)} ms`).join('; ')}`,
  );
  return rows;
}

// Run on its own: `npx tsx scripts/bench-report.ts`.
if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/bench-report.ts')) {
  benchReport().then((rows) => {
    for (const r of rows)
      console.log(
        `  ${r.name}: median ${r.medianMs.toFixed(1)} ms over ${r.runs} runs (CPU ${r.cpuMedianMs.toFixed(1)} ms; budget ${r.budgetMs} ms, ${r.medianMs <= r.budgetMs ? 'within budget' : 'OVER BUDGET'})`,
      );
  });
}
