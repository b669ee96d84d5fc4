import { describe, expect, it } from 'vitest';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import { readIncomingFile } from '../../src/domain/workshop-import';
import { planImport, resolveImport } from '../../src/domain/workshop-import-plan';
import { memoryStorage } from '../../src/store/storage-adapter';
import { fixtureBank, makeAssessment } from '../fixtures/workshop/make';
import { makeLibrary, settle } from './store-helpers';

const bank = fixtureBank();

function richAssessment() {
  const a = makeAssessment(bank, {
    id: 'round-trip',
    organisation: 'Northmoor Borough Council',
    role: 'vcs',
    levels: {
      'leadership.vision': 2,
      'leadership.risk': 'dk',
      'assets.transfer': 'na',
      'commissioning.outcomes': 4,
    },
  });
  a.answers['leadership.vision'] = {
    response: { kind: 'level', level: 2 },
    notes: 'Cabinet agreed it in March; “draft”, £0 budget',
    evidence: 'Minutes 3.1\nand 3.2',
  };
  a.targets = { leadership: 3 };
  a.plan = [
    {
      id: 'p1',
      text: 'Publish the vision',
      themeId: 'leadership',
      questionId: 'leadership.vision',
      priority: 'high',
      owner: 'Head of Policy',
      due: '2011-06-30',
      status: 'in-progress',
      measure: 'Published',
      resources: '',
      needsDecision: false,
      origin: null,
    },
  ];
  a.settings = { hideOverall: true };
  a.baseline = {
    assessmentId: 'earlier',
    date: '2010-09-01',
    answers: {
      'leadership.vision': { response: { kind: 'level', level: 1 }, notes: '', evidence: '' },
    },
    targets: {},
  };
  return a;
}

const asFile = (name: string, text: string) => ({ name, size: Buffer.byteLength(text), text });

describe('export, clear storage, import', () => {
  it('gives back exactly the assessment that was exported', async () => {
    const storage = memoryStorage();
    const first = makeLibrary(storage);
    await first.init();
    const original = richAssessment();
    first.addAssessments([original]);
    await settle();

    const exported = serialiseAssessment(first.useStore.getState().assessments['round-trip']!);
    first.dispose();
    for (const [key] of await storage.entries()) await storage.remove(key);
    expect(await storage.entries()).toEqual([]);

    const second = makeLibrary(storage);
    await second.init();
    expect(second.useStore.getState().assessments).toEqual({});
    const outcome = readIncomingFile(asFile('northmoor.json', exported), bank);
    second.addAssessments(
      resolveImport(
        planImport([outcome], second.useStore.getState().assessments),
        {},
        () => 'unused',
      ),
    );
    await settle();
    second.dispose();

    const third = makeLibrary(storage);
    await third.init();
    expect(third.useStore.getState().assessments).toEqual({ 'round-trip': original });
    third.dispose();
  });
});

describe('importing a file that is already saved', () => {
  const saved = richAssessment();
  const same = readIncomingFile(asFile('again.json', serialiseAssessment(saved)), bank);
  const changed = readIncomingFile(
    asFile(
      'changed.json',
      serialiseAssessment({
        ...saved,
        updatedAt: '2011-04-01T09:00:00.000Z',
        targets: { leadership: 4 },
      }),
    ),
    bank,
  );

  it('skips an identical copy rather than duplicating it', () => {
    const plan = planImport([same], { [saved.id]: saved });
    expect(plan.map((p) => p.status)).toEqual(['identical']);
    expect(resolveImport(plan, {}, () => 'new')).toEqual([]);
  });

  it('asks about a different version with the same id: keep both gives the file a new id', () => {
    const plan = planImport([changed], { [saved.id]: saved });
    expect(plan.map((p) => p.status)).toEqual(['conflict']);
    const kept = resolveImport(plan, { 0: 'keep-both' }, () => 'fresh-id');
    expect(kept.map((a) => a.id)).toEqual(['fresh-id']);
    expect(kept[0]?.targets).toEqual({ leadership: 4 });
  });

  it('replaces the saved copy only when the user chooses to', () => {
    const plan = planImport([changed], { [saved.id]: saved });
    expect(resolveImport(plan, { 0: 'replace' }, () => 'fresh-id').map((a) => a.id)).toEqual([
      saved.id,
    ]);
    // Without a choice the safe default is to keep both.
    expect(resolveImport(plan, {}, () => 'fresh-id').map((a) => a.id)).toEqual(['fresh-id']);
  });

  it('treats the same id twice in one batch as a conflict, not a silent overwrite', () => {
    expect(planImport([same, changed], {}).map((p) => p.status)).toEqual(['new', 'conflict']);
  });
});
