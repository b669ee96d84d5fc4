// @vitest-environment node
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/domain/aggregate';
import { aggregateReport } from '../../src/domain/aggregate-report';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import { addParticipants, newWorkshop } from '../../src/domain/workshop';
import { seededRandom } from '../../src/domain/workshop-letters';
import { sampleAssessments } from '../../src/domain/workshop-sample';
import { summariseOutcomes } from '../../src/features/workshop/import-messages';
import { readChosenFiles } from '../../src/workers/read-files';
import { fixtureBank } from '../fixtures/workshop/make';
import { runAggregate } from '../fixtures/workshop/run-aggregate';

const bank = fixtureBank();
const BANK_FILE = resolve('tests/fixtures/workshop/bank.json');

const cli = (args: string[]) => runAggregate(args);

/** The figures without the labels: letters are drawn afresh by each workshop and each run. */
function figures(report: ReturnType<typeof aggregateReport>) {
  const { councils, responses: _r, ...rest } = report;
  return {
    ...rest,
    councils: councils.map(({ label: _l, ...c }) => JSON.stringify(c)).sort(),
  };
}

describe('the command line and the browser give the same figures for the same folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'same-folder-'));
  const list = sampleAssessments(bank, 40, { organisations: 9 });
  list.forEach((a, i) =>
    writeFileSync(join(dir, `${String(i).padStart(2, '0')}.json`), serialiseAssessment(a)),
  );
  // Two copies of one id: the newer sorts first by file name, so "first file wins" and "last file
  // wins" would each pick a different copy.
  const dup = list[3]!;
  writeFileSync(
    join(dir, '00-newer-copy.json'),
    serialiseAssessment({ ...dup, updatedAt: '2011-04-30T10:00:00.000Z', answers: {} }),
  );

  it.each(['council', 'response'] as const)('counting each %s', async (countBy) => {
    const r = await cli([
      dir,
      '--json',
      '--bank',
      BANK_FILE,
      ...(countBy === 'response' ? ['--per-response'] : []),
    ]);
    expect(r.code).toBe(0);
    const fromCli = JSON.parse(r.out.join('\n'));

    // The browser: the files in another order, read by the page's reader, added to a workshop.
    const names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .reverse();
    const files = names.map(
      (n) => new File([readFileSync(join(dir, n))], n, { type: 'application/json' }),
    );
    const outcomes = await readChosenFiles(files, bank);
    const { good, errors } = summariseOutcomes(outcomes, false);
    expect(errors).toEqual([]);
    const w = addParticipants(
      newWorkshop({ name: 'N', date: '2011-03-14' }, 'w', new Date(0)),
      good,
      new Date(0),
      seededRandom(77),
    ).workshop;
    expect(w.participants).toHaveLength(40);
    const agg = aggregate(bank, w.participants, {
      anonymise: true,
      letters: w.letters ?? {},
      countBy,
    });
    expect(figures(aggregateReport(agg))).toEqual(figures(fromCli));
    expect(fromCli.respondents).toBe(40);
  });
});

describe('cli aggregate --pdf writes only where it should', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-out-'));
  const list = sampleAssessments(bank, 6, { organisations: 3 });
  list.forEach((a, i) => writeFileSync(join(dir, `${i}.json`), serialiseAssessment(a)));
  const input = join(dir, '0.json');
  const before = readFileSync(input, 'utf8');

  it.each([
    [[input], 'must end in .pdf'],
    [[join(dir, 'pack.PDF.txt')], 'must end in .pdf'],
    [[join(dir, '..', 'x', '..', 'pdf-out-nope', 'pack')], 'must end in .pdf'],
  ])('refuses %j: %s', async (out, message) => {
    const r = await cli([dir, '--bank', BANK_FILE, '--pdf', out[0] as string]);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain(message);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('refuses to write over an input file, even one named .pdf, even with --force', async () => {
    const sneaky = join(dir, 'input.pdf');
    writeFileSync(sneaky, serialiseAssessment(list[0]!));
    const r = await cli([dir, sneaky, '--bank', BANK_FILE, '--pdf', sneaky, '--force']);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('is one of the input files');
    expect(readFileSync(sneaky, 'utf8')).toBe(serialiseAssessment(list[0]!));
  });

  it('asks for --force to replace an existing file, and replaces it with --force', async () => {
    const out = join(dir, 'pack.pdf');
    writeFileSync(out, 'keep me');
    const refused = await cli([dir, '--bank', BANK_FILE, '--pdf', out]);
    expect(refused.code).toBe(2);
    expect(refused.err.join('\n')).toContain('already exists; give --force to replace it');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await cli([dir, '--bank', BANK_FILE, '--pdf', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes a new .pdf', async () => {
    const out = join(dir, 'new-pack.pdf');
    expect((await cli([dir, '--bank', BANK_FILE, '--pdf', out])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it.each(['2011-13-01', '2011-02-30', '2011-00-10', '14/03/2011'])(
    'refuses --date %s (not a real date)',
    async (date) => {
      const r = await cli([dir, '--bank', BANK_FILE, '--date', date]);
      expect(r.code).toBe(2);
      expect(r.err[0]).toBe('aggregate: --date must be a real date written YYYY-MM-DD');
    },
  );
});
