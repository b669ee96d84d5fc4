import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, Compared } from '../../docs/validation/agreement-stats';
import {
  disagreementWeight,
  markdownTable,
  meetsGoal,
  summarise,
  weightedKappa,
  withinOne,
} from '../../docs/validation/agreement-stats';

const questions = (n: number, critical: number[] = []) =>
  Array.from({ length: n }, (_, i) => ({ id: `q${i + 1}`, critical: critical.includes(i + 1) }));

const rater = (name: string, answers: Answer[]) => ({
  rater: name,
  ratings: Object.fromEntries(answers.map((a, i) => [`q${i + 1}`, a])),
});

describe('disagreement weights', () => {
  it('are quadratic between levels, scaled so that levels 0 and 4 weigh 1', () => {
    expect(disagreementWeight(2, 2)).toBe(0);
    expect(disagreementWeight(1, 2)).toBe(1 / 16);
    expect(disagreementWeight(0, 2)).toBe(4 / 16);
    expect(disagreementWeight(4, 0)).toBe(1);
  });

  it('count a non-level answer against any level, or another non-level answer, as full disagreement', () => {
    expect(disagreementWeight('dont-know', 2)).toBe(1);
    expect(disagreementWeight(0, 'not-applicable')).toBe(1);
    expect(disagreementWeight('dont-know', 'not-applicable')).toBe(1);
    expect(disagreementWeight('dont-know', 'dont-know')).toBe(0);
  });

  it('never treat a non-level answer as within one level', () => {
    expect(withinOne(3, 4)).toBe(true);
    expect(withinOne(2, 4)).toBe(false);
    expect(withinOne('dont-know', 0)).toBe(false);
    expect(withinOne('not-applicable', 'not-applicable')).toBe(true);
  });
});

describe('quadratic-weighted kappa', () => {
  it('is 1 when two raters give the same, varied answers', () => {
    const answers: Compared[] = [0, 1, 2, 3, 4, 'dont-know'];
    expect(weightedKappa(answers, answers)).toBe(1);
  });

  it('matches the hand-worked figure of 6/7 for levels 0,1,2,3 against 0,2,2,4', () => {
    // Observed disagreement: (0 + 1/16 + 0 + 1/16) / 4 = 1/32.
    // Expected, from the marginals {0,1,2,3: 1/4 each} and {0: 1/4, 2: 1/2, 4: 1/4}: 7/32.
    // kappa = 1 - (1/32) / (7/32) = 6/7.
    expect(weightedKappa([0, 1, 2, 3], [0, 2, 2, 4])).toBeCloseTo(6 / 7, 12);
  });

  it('matches the hand-worked figure of 5/11 when one rater does not know', () => {
    // Observed: (0 + 0 + 1) / 3 = 1/3. Expected: the nine cells of 1/9 carry weights
    // 0, 1, 1/4 / 1, 0, 1/4 / 1, 1, 1, which sum to 5.5, so 5.5/9. kappa = 1 - 3/5.5 = 5/11.
    expect(weightedKappa([0, 4, 'dont-know'], [0, 4, 2])).toBeCloseTo(5 / 11, 12);
  });

  it('is below zero when raters disagree more than chance would make them', () => {
    expect(weightedKappa([0, 4], [4, 0])!).toBeLessThan(0);
  });

  it('is undefined when both raters gave one and the same answer throughout', () => {
    expect(weightedKappa([2, 2, 2], [2, 2, 2])).toBeNull();
  });
});

describe('agreement summary over several raters', () => {
  const bank = questions(3, [2]);
  const raters = [rater('r1', [0, 1, 2]), rater('r2', [0, 2, 2]), rater('r3', [1, 2, 'dont-know'])];

  it('counts exact and within-one agreement over every question and pair of raters', () => {
    const s = summarise(bank, raters);
    expect(s.pairs).toBe(3);
    expect(s.comparisons).toBe(9);
    // Same answers: q1 and q3 for r1-r2, none for r1-r3, q2 for r2-r3.
    expect(s.exact).toBeCloseTo(3 / 9, 12);
    // Within one: all three for r1-r2, q1 and q2 for r1-r3 and for r2-r3.
    expect(s.withinOne).toBeCloseTo(7 / 9, 12);
  });

  it('averages the kappas of the pairs', () => {
    const s = summarise(bank, raters);
    const pairs = s.pairKappas.map((p) => p.kappa!);
    expect(s.pairKappas.map((p) => p.pair.join('-'))).toEqual(['r1-r2', 'r1-r3', 'r2-r3']);
    expect(s.kappa).toBeCloseTo((pairs[0]! + pairs[1]! + pairs[2]!) / 3, 12);
    expect(pairs[0]).toBeCloseTo(weightedKappa([0, 1, 2], [0, 2, 2])!, 12);
  });

  it('lists every question on which any two raters differ, marking the critical ones', () => {
    const s = summarise(bank, [rater('r1', [0, 1, 2]), rater('r2', [0, 2, 2])]);
    expect(s.differences).toEqual([
      {
        questionId: 'q2',
        critical: true,
        answers: [
          { rater: 'r1', answer: 1 },
          { rater: 'r2', answer: 2 },
        ],
      },
    ]);
    expect(meetsGoal(s)).toBe(false);
  });

  it('compares a question a rater left out as "no-answer" and reports it', () => {
    const s = summarise(questions(2), [rater('r1', [3, 3]), { rater: 'r2', ratings: { q1: 3 } }]);
    expect(s.missing).toEqual([{ rater: 'r2', questionId: 'q2' }]);
    expect(s.exact).toBe(0.5);
    expect(s.differences.map((d) => d.questionId)).toEqual(['q2']);
  });

  it('meets the goal only with full agreement on critical questions and high figures', () => {
    const same = [rater('a', [0, 2, 4]), rater('b', [0, 2, 4]), rater('c', [0, 2, 4])];
    const s = summarise(bank, same);
    expect(s.exact).toBe(1);
    expect(s.kappa).toBe(1);
    expect(s.differences).toEqual([]);
    expect(meetsGoal(s)).toBe(true);
  });

  it('writes one Markdown table row per bank version and pack', () => {
    const table = markdownTable([
      { bankVersion: '1.0.0', pack: 'strong', summary: summarise(bank, raters) },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      '| 1.0.0 | strong | 3 | 33.3% | 77.8% | ' +
        `${summarise(bank, raters).kappa!.toFixed(3)} | 3 of 3 | 1 | no |`,
    );
  });
});

describe('the agreement script', () => {
  const bankIds = (
    JSON.parse(fs.readFileSync('docs/validation/banks/big-society-readiness-1.x.json', 'utf8')) as {
      themes: { questions: { id: string }[] }[];
    }
  ).themes.flatMap((t) => t.questions.map((q) => q.id));

  function run(files: Record<string, unknown>, args: string[] = []) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratings-'));
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), JSON.stringify(content));
    }
    const out = spawnSync(
      path.resolve('node_modules/.bin/tsx'),
      ['docs/validation/agreement.ts', '--ratings', dir, ...args],
      { encoding: 'utf8' },
    );
    fs.rmSync(dir, { recursive: true, force: true });
    return out;
  }

  const file = (rater: string, level: Answer, bankVersion = '1.0.0') => ({
    rater,
    pack: 'strong',
    bankVersion,
    ratings: Object.fromEntries(bankIds.map((id, i) => [id, i === 0 ? level : 3])),
  });

  it('scores 1.x ratings against the saved 1.x bank and prints the Markdown row', () => {
    const out = run(
      {
        '1.0.0/strong/r1.json': file('r1', 2),
        '1.0.0/strong/r2.json': file('r2', 2),
      },
      ['--markdown'],
    );
    expect(out.status).toBe(0);
    expect(bankIds).toHaveLength(41);
    expect(out.stdout).toContain(
      `| 1.0.0 | strong | 2 | 100.0% | 100.0% | 1.000 | 0 of 41 | 0 | yes |`,
    );
  });

  it('names the critical question on which two raters differ', () => {
    const out = run({
      '1.0.0/strong/r1.json': file('r1', 2),
      '1.0.0/strong/r2.json': file('r2', 'dont-know'),
    });
    expect(out.stdout).toContain(`! ${bankIds[0]} [critical]: r1 2, r2 dont-know`);
  });

  it('warns about a file that sits in the wrong folder and leaves it out', () => {
    const out = run({
      '1.0.0/strong/r1.json': file('r1', 2),
      '1.0.0/strong/r2.json': file('r2', 2, '1.0.1'),
    });
    expect(out.stderr).toContain('sits in 1.0.0/strong');
    expect(out.stdout).toContain('No pack has ratings from two or more raters');
  });
});

describe('the published figures', () => {
  it('in both READMEs are the ones the committed ratings give', () => {
    const out = spawnSync(
      path.resolve('node_modules/.bin/tsx'),
      ['docs/validation/agreement.ts', '--markdown'],
      { encoding: 'utf8' },
    );
    const squash = (line: string) => line.replace(/\s+/g, ' ').trim();
    const rows = out.stdout
      .split('\n')
      .filter((l) => /^\| \d/.test(l))
      .map(squash);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const readme = fs.readFileSync('README.md', 'utf8').split('\n').map(squash);
    const study = fs.readFileSync('docs/validation/README.md', 'utf8').split('\n').map(squash);
    for (const row of rows) {
      expect(study, row).toContain(row);
      if (!row.includes('pooled')) expect(readme, row).toContain(row);
    }
  }, 60_000);
});
