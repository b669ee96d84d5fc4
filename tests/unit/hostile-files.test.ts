import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readIncomingFile } from '../../src/domain/workshop-import';
import {
  planImport,
  resolveImport,
  type FileOutcome,
  type IncomingFile,
} from '../../src/domain/workshop-import-plan';
import { addParticipants, newWorkshop } from '../../src/domain/workshop';
import { seededRandom } from '../../src/domain/workshop-letters';
import { indexedDbStorage } from '../../src/store/storage-adapter';
import { createWorkshopStore, workshopIndexedDbStorage } from '../../src/store/workshop-store';
import { fixtureBank, makeAssessment } from '../fixtures/workshop/make';
import { makeLibrary, settle } from './store-helpers';

const bank = fixtureBank();
const DIR = resolve('tests/fixtures/hostile');
/** A fixture as the pages read it (src/workers/read-files.ts): bytes that are not UTF-8 are refused. */
const file = (name: string): IncomingFile => {
  const bytes = readFileSync(resolve(DIR, name));
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { name, size: bytes.length, text };
  } catch {
    return { name, size: bytes.length, text: null, notUtf8: true };
  }
};
/** A valid assessment padded with spaces to just over 5 MB. */
const tooLarge = (): IncomingFile => {
  const text = readFileSync(resolve(DIR, 'unknown-keys.json'), 'utf8').replace(
    '{',
    `{${' '.repeat(5 * 1024 * 1024)}`,
  );
  return { name: 'too-large.json', size: Buffer.byteLength(text), text };
};

const REJECTED: [string, string][] = [
  ['not-json.json', 'not-json.json: the file is not valid JSON'],
  ['empty.json', 'empty.json: the file is not valid JSON'],
  [
    'wrong-format.json',
    'wrong-format.json: not an assessment file (expected "format": "readiness-assessment")',
  ],
  ['deeply-nested.json', 'deeply-nested.json: the file is nested too deeply'],
  ['unknown-keys.json', 'unknown-keys.json: unknown key "'],
  ['proto-key.json', 'proto-key.json: the file contains a forbidden key "__proto__"'],
  ['constructor-key.json', 'constructor-key.json: the file contains a forbidden key "constructor"'],
  [
    'newer-format-version.json',
    'newer-format-version.json: made by a newer version of the tool (format version 9',
  ],
  [
    'other-question-bank.json',
    'other-question-bank.json: made with a different question bank ("another-councils-bank"',
  ],
  [
    'duplicate-key.json',
    'duplicate-key.json: the key "leadership.vision" appears twice in the same object',
  ],
  ['not-utf8.json', 'not-utf8.json: the file is not UTF-8 text'],
  [
    'unsafe-id.json',
    'unsafe-id.json: must be 1 to 100 letters, digits, hyphens or underscores (at id)',
  ],
];

const line = (o: FileOutcome) =>
  o.kind === 'error' ? `${o.name}: ${o.message}` : `${o.name}: accepted`;

describe('hostile files', () => {
  it('has a fixture for every listed fault, and a test for every fixture', () => {
    const listed = new Set([...REJECTED.map(([f]) => f), 'other-bank-version.json']);
    const present = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(new Set(present)).toEqual(listed);
  });

  it.each(REJECTED)(
    '%s is rejected with a message naming the file and the problem',
    (name, expected) => {
      expect(line(readIncomingFile(file(name), bank))).toContain(expected);
    },
  );

  it('a file over 5 MB is refused by its size, before its text is looked at', () => {
    const big = tooLarge();
    expect(big.size).toBeGreaterThan(5 * 1024 * 1024);
    expect(line(readIncomingFile(big, bank))).toMatch(
      /^too-large\.json: the file is too large \(5\.0 MB; the limit is 5 MB\)$/,
    );
    // The pages do not even read such a file: text null, size from File.size.
    expect(
      line(readIncomingFile({ name: 'huge.json', size: 6 * 1024 * 1024, text: null }, bank)),
    ).toBe('huge.json: the file is too large (6.0 MB; the limit is 5 MB)');
  });

  it('a file from another version of the question bank is imported with known answers kept and the rest listed', () => {
    const o = readIncomingFile(file('other-bank-version.json'), bank);
    expect(o.kind).toBe('assessment');
    if (o.kind !== 'assessment') return;
    expect(o.restored.otherBankVersion).toBe('0.9.0');
    expect(o.restored.droppedQuestionIds).toEqual(['leadership.retired-question']);
    expect(Object.keys(o.restored.assessment.answers).sort()).toEqual([
      'commissioning.outcomes',
      'leadership.vision',
    ]);
    expect(o.restored.assessment.questionnaire.version).toBe(bank.version);
  });

  it('a __proto__ or constructor payload pollutes nothing', () => {
    for (const name of ['proto-key.json', 'constructor-key.json'])
      readIncomingFile(file(name), bank);
    // A payload smuggled in deeper than the top level is refused as well.
    const deep = file('unknown-keys.json');
    const nested = {
      ...deep,
      text: (deep.text ?? '').replace(
        '"answers": {',
        '"answers": { "a.b": { "response": null, "__proto__": { "polluted": true } },',
      ),
    };
    expect(line(readIncomingFile(nested, bank))).toContain('forbidden key "__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importing hostile files changes nothing stored', () => {
  // Connections stay open between tests (as in the app), so the stores are emptied rather than deleted.
  const wipe = async () => {
    for (const storage of [indexedDbStorage(), workshopIndexedDbStorage()]) {
      for (const [key] of await storage.entries()) await storage.remove(key);
    }
  };
  beforeEach(wipe);
  afterEach(wipe);

  /** Everything in both IndexedDB databases, as stored. */
  async function snapshot() {
    const library = await indexedDbStorage().entries();
    const workshops = await workshopIndexedDbStorage().entries();
    return { library, workshops };
  }

  it.each([...REJECTED.map(([f]) => f), 'too-large.json'])(
    '%s leaves the library and the workshops as they were',
    async (name) => {
      const lib = makeLibrary(indexedDbStorage());
      await lib.init();
      const saved = makeAssessment(bank, {
        id: 'hostile-base',
        organisation: 'Saved Council',
        levels: { 'leadership.vision': 1 },
      });
      lib.addAssessments([saved]);
      const store = createWorkshopStore(workshopIndexedDbStorage);
      const workshop = addParticipants(
        newWorkshop(
          { name: 'Network', date: '2011-03-14' },
          'w1',
          new Date('2011-03-01T00:00:00Z'),
        ),
        [saved],
        new Date('2011-03-01T00:00:00Z'),
        seededRandom(1),
      ).workshop;
      await store.save(workshop);
      await settle();
      const before = await snapshot();
      expect(before.library).toHaveLength(1);

      // What the import page and the workshop page do with the outcome of each chosen file.
      const outcome = readIncomingFile(name === 'too-large.json' ? tooLarge() : file(name), bank);
      expect(outcome.kind).toBe('error');
      const toAdd = resolveImport(
        planImport([outcome], lib.useStore.getState().assessments),
        {},
        () => 'never',
      );
      expect(toAdd).toEqual([]);
      const valid = [outcome].flatMap((o) =>
        o.kind === 'assessment' ? [o.restored.assessment] : [],
      );
      if (valid.length > 0) lib.addAssessments(valid);
      const { added } = addParticipants(workshop, valid, new Date(), seededRandom(1));
      if (added > 0) await store.save(workshop);
      await settle();

      expect(await snapshot()).toEqual(before);
      expect(lib.useStore.getState().assessments).toEqual({ 'hostile-base': saved });
      lib.dispose();
    },
  );
});
