import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { aggregate } from '../src/domain/aggregate';
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

// Run on its own: `npx tsx scripts/bench-workshop.ts`.
if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/bench-workshop.ts')) {
  benchWorkshop().then((rows) => {
    for (const r of rows)
      console.log(
        `${r.name}: median ${r.medianMs} ms over ${r.runs} runs (budget ${r.budgetMs} ms)`,
      );
  });
}
