import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadAssessmentFiles } from '../src/cli/aggregate-command';
import { aggregate } from '../src/domain/aggregate';
import { aggregateReport } from '../src/domain/aggregate-report';
import { serialiseAssessment } from '../src/domain/assessment-file';
import type { Assessment } from '../src/domain/assessment-schema';
import { readQuestionnaireText } from '../src/domain/questionnaire-file';
import { readIncomingFile } from '../src/domain/workshop-import';
import { sampleAssessments } from '../src/domain/workshop-sample';
import { lettersFor, seededRandom } from '../src/domain/workshop-letters';

const FILES = 300;
const RUNS = 15;
const BUDGET_MS = 500;

function bank() {
  const real = resolve('questionnaires/big-society-readiness.json');
  const file = existsSync(real) ? real : resolve('tests/fixtures/workshop/bank.json');
  const r = readQuestionnaireText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(`bench: the question bank ${file} is invalid`);
  return r.value;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Import, validate and aggregate 300 assessment files, as the workshop page does: each file's text
 * goes through the same parse-then-restore as an upload (size, depth and key checks, zod, migration),
 * then the valid ones are aggregated. Generating the files is not timed.
 */
export async function benchWorkshop(): Promise<
  { name: string; medianMs: number; budgetMs: number; runs: number }[]
> {
  const q = bank();
  const files = sampleAssessments(q, FILES, { organisations: 19 }).map((a) => {
    const text = serialiseAssessment(a);
    return { name: `${a.id}.json`, size: Buffer.byteLength(text), text };
  });
  const times: number[] = [];
  for (let run = 0; run < RUNS + 2; run += 1) {
    const start = performance.now();
    const valid: Assessment[] = [];
    for (const f of files) {
      const o = readIncomingFile(f, q);
      if (o.kind === 'assessment') valid.push(o.restored.assessment);
    }
    const agg = aggregate(q, valid, {
      anonymise: true,
      letters: lettersFor(
        valid.map((a) => a.about.organisation),
        seededRandom(1),
      ),
    });
    const elapsed = performance.now() - start;
    if (agg.respondents !== FILES)
      throw new Error(`bench: only ${agg.respondents} of ${FILES} files were valid`);
    // The first two runs warm up the JIT and are not counted.
    if (run >= 2) times.push(elapsed);
  }
  return [
    {
      name: `import, validate and aggregate ${FILES} assessment files`,
      medianMs: Math.round(median(times) * 10) / 10,
      budgetMs: BUDGET_MS,
      runs: RUNS,
    },
  ];
}

/**
 * `cli aggregate` on 300, 2,000 and 10,000 files against merely reading and parsing them as JSON,
 * in the same process: the budget is 3× the parse-only time. Both read the files from disk; the
 * aggregation path is the command's own (read, safe parse, validate, keep the newest copy of each
 * id, aggregate counting councils once, the JSON report).
 */
export function benchWorkshopCli(
  counts: readonly number[] = [300, 2000, 10000],
): { files: number; parseMs: number; aggregateMs: number; ratio: number; load: number }[] {
  const q = bank();
  const rows = [];
  for (const n of counts) {
    const dir = mkdtempSync(join(tmpdir(), `bench-aggregate-${n}-`));
    const paths = sampleAssessments(q, n, { organisations: 19 }).map((a, i) => {
      const file = join(dir, `${String(i).padStart(5, '0')}.json`);
      writeFileSync(file, serialiseAssessment(a));
      return file;
    });
    const runs = n >= 10000 ? 3 : 5;
    const parse: number[] = [];
    const full: number[] = [];
    for (let run = 0; run < runs + 1; run += 1) {
      let start = performance.now();
      let parsed = 0;
      for (const f of paths) if (JSON.parse(readFileSync(f, 'utf8'))) parsed += 1;
      const p = performance.now() - start;
      start = performance.now();
      const loaded = loadAssessmentFiles(paths, q, false);
      const agg = aggregate(q, loaded.assessments, {
        anonymise: true,
        letters: lettersFor(
          loaded.assessments.map((a) => a.about.organisation),
          seededRandom(1),
        ),
      });
      const text = JSON.stringify(aggregateReport(agg));
      const a = performance.now() - start;
      if (parsed !== n || agg.respondents !== n || text.length === 0)
        throw new Error(`bench: ${agg.respondents} of ${n} files were aggregated`);
      // The first run warms up the JIT and is not counted.
      if (run > 0) {
        parse.push(p);
        full.push(a);
      }
    }
    rmSync(dir, { recursive: true, force: true });
    const parseMs = median(parse);
    const aggregateMs = median(full);
    // The machine's one-minute load average as the row was measured: the ratio is only as steady
    // as the machine (both sides slow down under load, but not always equally).
    const load = loadavg()[0] as number;
    rows.push({ files: n, parseMs, aggregateMs, ratio: aggregateMs / parseMs, load });
  }
  return rows;
}

export const printCliRows = (rows: ReturnType<typeof benchWorkshopCli>) => {
  for (const r of rows)
    console.log(
      `  cli aggregate, ${r.files} files: ${Math.round(r.aggregateMs)} ms; read + JSON.parse only ${Math.round(r.parseMs)} ms; ratio ${r.ratio.toFixed(2)}× (budget 3×, ${r.ratio <= 3 ? 'within budget' : 'OVER BUDGET'}; load average ${r.load.toFixed(2)})`,
    );
};

// Run on its own: `npx tsx scripts/bench-workshop.ts`.
if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/bench-workshop.ts')) {
  benchWorkshop().then((rows) => {
    for (const r of rows)
      console.log(
        `${r.name}: median ${r.medianMs} ms over ${r.runs} runs (budget ${r.budgetMs} ms)`,
      );
    printCliRows(benchWorkshopCli());
  });
}
