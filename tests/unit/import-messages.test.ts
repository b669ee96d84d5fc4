import { describe, expect, it } from 'vitest';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import { assessmentCsv } from '../../src/domain/csv';
import { readIncomingFile } from '../../src/domain/workshop-import';
import { whichIsNewer } from '../../src/features/files/conflict-choice';
import { fixtureBank, makeAssessment } from '../fixtures/workshop/make';

const bank = fixtureBank();
const incoming = (name: string, text: string) => ({ name, size: text.length, text });

describe('importing a file that is not an assessment file', () => {
  it('names the CSV export and points to the .json file, not a JSON syntax error', () => {
    const csv = assessmentCsv(bank, makeAssessment(bank, { id: 'a' }));
    const outcome = readIncomingFile(incoming('northmoor-2026-10-15.csv', csv), bank);
    expect(outcome).toMatchObject({ kind: 'error' });
    const message = outcome.kind === 'error' ? outcome.message : '';
    expect(message).toContain('this is the CSV export');
    expect(message).toContain('choose the .json file');
    expect(message).not.toMatch(/JSON|Unexpected token/);
  });

  it('says a CSV file under another name cannot be imported', () => {
    const outcome = readIncomingFile(incoming('list.csv', 'Name,Score\nA,1\n'), bank);
    expect(outcome.kind === 'error' && outcome.message).toContain('this is a CSV file');
  });

  it('still reads a valid assessment file chosen with it', () => {
    const a = makeAssessment(bank, { id: 'ok' });
    const outcome = readIncomingFile(incoming('ok.json', serialiseAssessment(a)), bank);
    expect(outcome.kind).toBe('assessment');
  });
});

describe('the replace-or-keep choice says which copy is newer', () => {
  it.each([
    ['2026-12-02T10:00:00.000Z', '2026-12-01T10:00:00.000Z', 'This file is newer.'],
    ['2026-11-30T10:00:00.000Z', '2026-12-01T10:00:00.000Z', 'The saved copy is newer.'],
    ['2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z', 'at the same moment'],
  ])('file changed %s, saved copy %s: %s', (file, saved, words) => {
    const text = whichIsNewer(file, saved);
    expect(text).toContain(words);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
