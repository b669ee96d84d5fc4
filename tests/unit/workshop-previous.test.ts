import { describe, expect, it } from 'vitest';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import { buildBenchmark, serialiseBenchmark } from '../../src/domain/benchmark-file-build';
import { newWorkshop } from '../../src/domain/workshop';
import { readIncomingFile } from '../../src/domain/workshop-import';
import { previousFromOutcomes } from '../../src/features/workshop/import-messages';
import { readWorkshopRecord, workshopCodec } from '../../src/store/workshop-store';
import { aggregateFor, fixtureBank, makeAssessment } from '../fixtures/workshop/make';

const bank = fixtureBank();
const list = ['a', 'b', 'c'].map((id) =>
  makeAssessment(bank, { id, organisation: `Org ${id}`, levels: { 'leadership.risk': 2 } }),
);

describe('bringing in the previous workshop’s file', () => {
  const text = serialiseBenchmark(
    buildBenchmark(aggregateFor(bank, list, { anonymise: true }), {
      name: 'Spring workshop',
      date: '2010-09-20',
    }),
  );
  const read = (name: string, t: string) =>
    readIncomingFile({ name, size: t.length, text: t }, bank);

  it('takes one valid benchmark file', () => {
    const r = previousFromOutcomes([read('spring.json', text)], false);
    expect(r.ok && r.benchmark.title).toBe('Spring workshop');
  });

  it.each([
    ['not JSON', 'saltmere.json', '{', /^The file: the file is not valid JSON/],
    [
      'from a newer version',
      'saltmere.json',
      text.replace('"formatVersion": 2', '"formatVersion": 7'),
      /^The file: made by a newer version of the tool/,
    ],
    [
      'an assessment',
      'saltmere.json',
      serialiseAssessment(list[0]!),
      /^The file: is an assessment file, not a network benchmark/,
    ],
  ])('refuses a file that is %s, naming no file when names are off', (_, name, t, message) => {
    const r = previousFromOutcomes([read(name, t)], false);
    expect(r.ok ? '' : r.message).toMatch(message);
    expect(r.ok ? '' : r.message).not.toContain('saltmere');
  });

  it('asks for one file when several are chosen, and names a file when names are on', () => {
    const two = previousFromOutcomes([read('a.json', text), read('b.json', text)], true);
    expect(two.ok ? '' : two.message).toBe('Choose one benchmark file (2 were chosen)');
    const bad = previousFromOutcomes([read('spring.json', '{')], true);
    expect(bad.ok ? '' : bad.message).toMatch(/^spring\.json: /);
  });

  it('is kept with the workshop, and a damaged saved copy is reported, never drawn', () => {
    const r = previousFromOutcomes([read('spring.json', text)], false);
    if (!r.ok) throw new Error(r.message);
    const benchmark = r.benchmark;
    const w = {
      ...newWorkshop({ name: 'W', date: '2011-03-14' }, 'w1', new Date()),
      previous: benchmark,
    };
    const record = workshopCodec.write(w, 1, null, new Date()) as Record<string, unknown>;
    expect(readWorkshopRecord(record)).toMatchObject({
      ok: true,
      workshop: { previous: { title: 'Spring workshop' } },
    });
    const damaged = {
      ...record,
      workshop: { ...w, previous: { ...benchmark, themes: [{ themeId: 1 }] } },
    };
    expect(readWorkshopRecord(damaged)).toEqual({
      ok: false,
      message:
        'the saved previous workshop’s figures are unreadable (its theme figures are damaged)',
    });
  });
});
