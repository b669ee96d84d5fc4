import { describe, expect, it } from 'vitest';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import { importPoolSize, readChosenFiles } from '../../src/workers/read-files';
import { fixtureBank, makeAssessment } from '../fixtures/workshop/make';

const bank = fixtureBank();

describe('reading chosen files (main-thread path: jsdom has no Worker)', () => {
  it('reads many files in one go and gives each its own outcome, in order, multi-byte text intact', async () => {
    const assessments = Array.from({ length: 7 }, (_, i) =>
      makeAssessment(bank, {
        id: `a${i}`,
        organisation: `Côte ${i} – “Council” 💷`,
        levels: { 'leadership.vision': 2 },
      }),
    );
    const files = [
      ...assessments.slice(0, 3).map((a) => new File([serialiseAssessment(a)], `${a.id}.json`)),
      new File(['\uFEFF', serialiseAssessment(assessments[3]!)], 'with-bom.json'),
      new File(['{ broken'], 'broken.json'),
      new File([' '.repeat(5 * 1024 * 1024 + 1)], 'huge.json'),
      ...assessments.slice(4).map((a) => new File([serialiseAssessment(a)], `${a.id}.json`)),
    ];
    const progress: number[] = [];
    const outcomes = await readChosenFiles(files, bank, (n) => progress.push(n));
    expect(outcomes.map((o) => `${o.name} ${o.kind}`)).toEqual([
      'a0.json assessment',
      'a1.json assessment',
      'a2.json assessment',
      'with-bom.json assessment',
      'broken.json error',
      'huge.json error',
      'a4.json assessment',
      'a5.json assessment',
      'a6.json assessment',
    ]);
    const restored = outcomes.flatMap((o) =>
      o.kind === 'assessment' ? [o.restored.assessment] : [],
    );
    expect(restored).toEqual(assessments);
    expect(outcomes[5]).toMatchObject({
      message: 'the file is too large (5.0 MB; the limit is 5 MB)',
    });
    expect(progress.at(-1)).toBe(files.length);
  });

  it('splits many files into batches of fifty and reports progress after each', async () => {
    const a = makeAssessment(bank, { id: 'same' });
    const files = Array.from(
      { length: 230 },
      (_, i) => new File([serialiseAssessment({ ...a, id: `f${i}` })], `f${i}.json`),
    );
    const progress: number[] = [];
    const outcomes = await readChosenFiles(files, bank, (n) => progress.push(n));
    expect(progress).toEqual([50, 100, 150, 200, 230]);
    expect(outcomes.every((o) => o.kind === 'assessment')).toBe(true);
    expect(outcomes.map((o) => (o.kind === 'assessment' ? o.restored.assessment.id : ''))).toEqual(
      files.map((_, i) => `f${i}`),
    );
  });
});

describe('the pool of import workers', () => {
  it('is two on a two-core machine (the page is idle while files are read), never none, at most three', () => {
    expect(importPoolSize(2)).toBe(2);
    expect(importPoolSize(1)).toBe(1);
    expect(importPoolSize(0)).toBe(2);
    expect(importPoolSize(undefined)).toBe(2);
    expect(importPoolSize(16)).toBe(3);
  });
});
