import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { aggregate } from '../../src/domain/aggregate';
import { lettersFor, seededRandom } from '../../src/domain/workshop-letters';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import { buildBenchmark, serialiseBenchmark } from '../../src/domain/benchmark-file-build';
import { parseCsv } from '../../src/domain/csv';
import { readQuestionnaireText } from '../../src/domain/questionnaire-file';
import { sampleAssessments } from '../../src/domain/workshop-sample';
import { expect, expectNoAxeViolations, test } from './guard';

const SHOTS = process.env.SHOTS_DIR ?? null;

function bank() {
  const r = readQuestionnaireText(
    readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8'),
  );
  if (!r.ok) throw new Error('the built-in question bank is invalid');
  return r.value;
}
const json = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

test('importing files: valid ones are added, bad ones named with their problem, duplicates asked about; export gives JSON and CSV', async ({
  page,
}) => {
  const q = bank();
  const [first, second] = sampleAssessments(q, 2, { organisations: 2 });
  if (!first || !second) throw new Error('no sample');
  const firstQuestion = q.themes[0]!.questions[0]!.id;
  const olderBank = {
    ...second,
    questionnaire: { id: q.id, version: '0.9.0' },
    answers: {
      ...second.answers,
      'capacity.retired-question': {
        response: { kind: 'level', level: 1 },
        notes: '',
        evidence: '',
      },
    },
  };

  await page.goto('./#/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import files' })).toBeVisible();
  await expectNoAxeViolations(page, 'import page');
  await page
    .getByLabel('Choose files')
    .setInputFiles([
      json('northmoor.json', serialiseAssessment(first)),
      json('older.json', serialiseAssessment(olderBank as never)),
      json('notes.json', 'Minutes of the meeting'),
      json(
        'future.json',
        serialiseAssessment({ ...first, id: 'future', formatVersion: 3 } as never),
      ),
    ]);
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('2 files could not be imported');
  await expect(summary).toContainText('notes.json: the file is not valid JSON');
  await expect(summary).toContainText(
    'future.json: made by a newer version of the tool (format version 3',
  );
  await expect(page).toHaveTitle(/^Error: Import files/);
  await expect(page.getByRole('table')).toContainText(
    'Note: this file was made with question bank version 0.9.0; answers to questions this version does not have were left out: capacity.retired-question',
  );
  await expectNoAxeViolations(page, 'import page with errors');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-errors.png`, fullPage: true });

  await page.getByRole('button', { name: 'Add 2 assessments' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: '2 assessments added to saved assessments' }),
  ).toBeVisible();

  // The same file again is recognised; a changed copy with the same id is asked about.
  const changed = {
    ...first,
    updatedAt: '2011-05-01T09:00:00.000Z',
    answers: {
      ...first.answers,
      [firstQuestion]: { response: { kind: 'dont-know' }, notes: 'Changed', evidence: '' },
    },
  };
  await page
    .getByLabel('Choose more files')
    .setInputFiles([
      json('northmoor.json', serialiseAssessment(first)),
      json('northmoor-may.json', serialiseAssessment(changed as never)),
    ]);
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows.nth(0)).toContainText(
    'Already saved on this device exactly as it is: it will be skipped',
  );
  await expect(
    rows.nth(1).getByLabel('Keep both (add this file as a separate copy)'),
  ).toBeChecked();
  await rows.nth(1).getByLabel('Replace the saved copy with this file').check();
  await expectNoAxeViolations(page, 'import page with a conflict');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-conflict.png`, fullPage: true });
  await page.getByRole('button', { name: 'Add 1 assessment' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '1 assessment added' })).toContainText(
    '1 file was already saved exactly as it is, and was skipped.',
  );

  await page.goto(`./#/a/${first.id}/export`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Export this assessment' }),
  ).toBeVisible();
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the assessment file (JSON)' }).click();
  const file = await jsonDownload;
  expect(file.suggestedFilename()).toBe(
    `${first.about.organisation.toLowerCase().replace(/ /g, '-')}-${first.about.date}.json`,
  );
  const exported = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(exported).toEqual(changed);
  await expect(page.getByText('Last exported from this device')).toBeVisible();

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the answers (CSV)' }).click();
  const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
  const table = parseCsv(csv.replace(/^\uFEFF/, ''));
  expect(table[0]?.[0]).toBe('Theme');
  expect(table).toHaveLength(1 + q.themes.reduce((n, t) => n + t.questions.length, 0));
  expect(table.find((r) => r[1] === firstQuestion)?.[5]).toBe('yes');
  await expectNoAxeViolations(page, 'export page');
});

test('a council imports a network benchmark and sees itself against the network', async ({
  page,
}) => {
  const q = bank();
  const network = sampleAssessments(q, 19, { organisations: 19 });
  const benchmark = buildBenchmark(
    aggregate(q, network, {
      anonymise: true,
      letters: lettersFor(
        network.map((a) => a.about.organisation),
        seededRandom(1),
      ),
    }),
    {
      name: 'North West learning network',
      date: '2011-03-14',
    },
  );
  await page.goto('./#/import');
  await page
    .getByLabel('Choose files')
    .setInputFiles([json('mine.json', serialiseAssessment(network[0]!))]);
  await page.getByRole('button', { name: 'Add 1 assessment' }).click();
  await page
    .getByLabel('Choose more files')
    .setInputFiles([json('network-benchmark.json', serialiseBenchmark(benchmark))]);
  await expect(
    page.getByRole('heading', { name: 'Network benchmark: North West learning network' }),
  ).toBeVisible();
  const table = page.getByTestId('benchmark-comparison');
  await expect(table.locator('tbody tr')).toHaveCount(q.themes.length);
  await expect(table).toContainText(network[0]!.about.organisation);
  await expectNoAxeViolations(page, 'import page with a benchmark');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-benchmark.png`, fullPage: true });
});
