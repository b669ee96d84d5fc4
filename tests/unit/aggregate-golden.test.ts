// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessmentFiles } from '../../src/cli/aggregate-command';
import { aggregateCsv } from '../../src/domain/aggregate-csv';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import type { Role } from '../../src/domain/options';
import type { Level } from '../../src/domain/questionnaire-schema';
import { seededRandom } from '../../src/domain/workshop-letters';
import { aggregateFor, fixtureBank, makeAssessment } from '../fixtures/workshop/make';
import { runAggregate } from '../fixtures/workshop/run-aggregate';

/*
 * The workshop figures, byte for byte, for one generated folder: the CLI's JSON (each council once,
 * and each response), its table, its messages, and the CSV. The expected texts were written by the
 * code before the speed work on aggregation and file reading; any change to a figure, a label, an
 * order or a message fails here. To write them afresh after a deliberate change of output:
 * WRITE_GOLDEN=1 npx vitest run tests/unit/aggregate-golden.test.ts
 */
const GOLDEN = resolve('tests/fixtures/workshop/golden');
const bank = fixtureBank();
const BANK_FILE = resolve('tests/fixtures/workshop/bank.json');
const questions = bank.themes.flatMap((t) => t.questions.map((q) => q.id));

// Organisations written in different ways (case, spacing) count as one council.
const ORGS = [
  'Northmoor Borough Council',
  'northmoor borough council ',
  'Eastbridge District Council',
  'Westhaven Council',
  'Southfield Council',
  'Lowbury Council',
  'Highcombe Council',
  'Ashford Vale Council',
  'Brackenham Council',
];
const ROLES: Role[] = ['officer', 'member', 'vcs', 'public-partner', 'other', 'vcs', 'officer'];

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'golden-aggregate-'));
  const random = seededRandom(2011);
  for (let i = 0; i < 90; i += 1) {
    const levels: Record<string, Level | 'dk' | 'na'> = {};
    for (const q of questions) {
      const roll = random(20);
      if (roll === 0) continue; // unanswered
      levels[q] = roll === 1 ? 'dk' : roll === 2 ? 'na' : (random(5) as Level);
    }
    const a = makeAssessment(bank, {
      id: `g-${String(i % 85).padStart(3, '0')}`,
      // A few small councils, so that some figures are for groups under three.
      organisation: ORGS[i < 80 ? i % 6 : 6 + (i % 3)] as string,
      role: ROLES[(i * 3) % ROLES.length] as Role,
      levels,
      updatedAt: `2011-03-${String(1 + (i % 27)).padStart(2, '0')}T10:00:00.000Z`,
      hideOverall: i % 11 === 4,
    });
    writeFileSync(join(dir, `${String(i).padStart(3, '0')}.json`), serialiseAssessment(a));
  }
  // A file that is not an assessment is reported and left out.
  writeFileSync(
    join(dir, '999-broken.json'),
    '{"format": "readiness-assessment", "formatVersion": 2}',
  );
  return dir;
}

async function cli(args: string[]) {
  const { code, out, err } = await runAggregate(args);
  // The folder's name is new on each run: it is written as <folder>.
  const text = `exit ${code}\n--- stdout\n${out.join('\n')}\n--- stderr\n${err.join('\n')}\n`;
  return text.split(args[0] as string).join('<folder>');
}

function expectGolden(name: string, actual: string) {
  const file = join(GOLDEN, name);
  if (process.env.WRITE_GOLDEN) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('workshop figures are unchanged for a generated folder', () => {
  const dir = folder();
  const cases: [string, string[]][] = [
    ['cli-json-council.txt', ['--json']],
    ['cli-json-response.txt', ['--json', '--per-response']],
    ['cli-json-names.txt', ['--json', '--names']],
    ['cli-table-council.txt', []],
    ['cli-table-response.txt', ['--per-response']],
  ];
  it.each(cases)('%s', async (name, flags) => {
    expectGolden(name, await cli([dir, '--bank', BANK_FILE, ...flags]));
  });

  it.each(['council', 'response'] as const)('the CSV, counting each %s', (countBy) => {
    const files = Array.from({ length: 90 }, (_, i) =>
      join(dir, `${String(i).padStart(3, '0')}.json`),
    );
    const loaded = loadAssessmentFiles(files, bank, false);
    const agg = aggregateFor(bank, loaded.assessments, { anonymise: true, countBy, seed: 9 });
    expectGolden(`csv-${countBy}.csv`, aggregateCsv(bank, agg));
  });
});
