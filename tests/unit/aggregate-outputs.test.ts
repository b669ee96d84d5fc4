// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateCommand } from '../../src/cli/aggregate-command';
import { aggregateCsv } from '../../src/domain/aggregate-csv';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import { restoreBenchmark } from '../../src/domain/benchmark-file';
import {
  buildBenchmark,
  compareWithBenchmark,
  serialiseBenchmark,
} from '../../src/domain/benchmark-file-build';
import { parseCsv } from '../../src/domain/csv';
import { parseUntrustedJson } from '../../src/domain/safe-json';
import { readIncomingFile } from '../../src/domain/workshop-import';
import {
  aggregateFor,
  commissioningTotal,
  fixtureBank,
  makeAssessment,
} from '../fixtures/workshop/make';

const bank = fixtureBank();
const BANK_FILE = resolve('tests/fixtures/workshop/bank.json');
const councils = [
  'Northmoor Borough Council',
  'Eastbridge District Council',
  'Westhaven County Council',
  'Lowbury Borough Council',
];
const network = councils.map((organisation, i) =>
  makeAssessment(bank, {
    id: `c${i}`,
    organisation,
    role: i === 3 ? 'vcs' : 'officer',
    levels: { ...commissioningTotal(3 * (i + 1)), 'assets.register': 2 },
  }),
);

describe('network benchmark file', () => {
  const agg = aggregateFor(bank, network, { anonymise: true });
  const benchmark = buildBenchmark(agg, { name: 'North West', date: '2011-03-14' });

  it('holds only anonymised figures: no names, no answers, nothing for a group under three', () => {
    const text = serialiseBenchmark(benchmark);
    for (const c of councils) expect(text).not.toContain(c);
    expect(text).not.toContain('Council A');
    expect(benchmark.themes.find((t) => t.themeId === 'commissioning')?.stats).toEqual({
      n: 4,
      min: 25,
      q1: 43.75,
      median: 62.5,
      q3: 81.25,
      max: 100,
    });
    expect(benchmark.themes.find((t) => t.themeId === 'leadership')).toMatchObject({
      n: 0,
      stats: null,
    });
  });

  it('is read back through the same checked path as any other file', () => {
    const outcome = readIncomingFile(
      { name: 'network.json', size: 100, text: serialiseBenchmark(benchmark) },
      bank,
    );
    expect(outcome).toEqual({ kind: 'benchmark', name: 'network.json', benchmark });
  });

  it.each([
    [{ formatVersion: 3 }, 'made by a newer version of the tool (benchmark format version 3'],
    [
      { questionnaire: { id: 'other-bank', version: '1.0.0' } },
      'made with a different question bank',
    ],
    [{ organisationNames: ['Northmoor'] }, 'unknown key "organisationNames"'],
    [
      {
        themes: [
          {
            themeId: 'leadership',
            title: 'L',
            n: 2,
            stats: { n: 2, min: 0, q1: 0, median: 0, q3: 0, max: 0 },
          },
        ],
      },
      'should be 3 or more',
    ],
    [
      {
        themes: [
          {
            themeId: 'leadership',
            title: 'L',
            n: 3,
            stats: { n: 3, min: 10, q1: 20, median: 30, q3: 40, max: 150 },
          },
        ],
      },
      'must be 100 or less',
    ],
    [
      {
        themes: [
          {
            themeId: 'leadership',
            title: 'L',
            n: 3,
            stats: { n: 3, min: -5, q1: 20, median: 30, q3: 40, max: 50 },
          },
        ],
      },
      'must be 0 or more',
    ],
    [
      { questions: [{ questionId: 'leadership.vision', n: 3, stats: null, mean: 7 }] },
      'must be 4 or less',
    ],
    [{ date: '2011-13-01' }, 'must be a real date'],
    [{ date: '2011-02-30' }, 'must be a real date'],
    [{ counting: 'everyone' }, 'must be "council" or "response"'],
  ])('refuses a benchmark with %j', (change, message) => {
    const parsed = parseUntrustedJson(JSON.stringify({ ...benchmark, ...change }));
    const r = parsed.ok ? restoreBenchmark(parsed.value, bank) : parsed;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.message).join('; ')).toContain(message);
  });

  it('reads a version 1 file (which counted every response) as counting responses', () => {
    const { counting: _ignored, ...v1 } = { ...benchmark, formatVersion: 1 };
    const r = restoreBenchmark(JSON.parse(JSON.stringify(v1)), bank);
    expect(r.ok && r.value.counting).toBe('response');
  });

  it('places a council against the network', () => {
    const mine = makeAssessment(bank, { id: 'me', levels: commissioningTotal(11) });
    const rows = compareWithBenchmark(bank, mine, benchmark);
    const commissioning = rows.find((r) => r.themeId === 'commissioning');
    expect(commissioning?.score).toBeCloseTo((100 * 11) / 12, 10);
    expect(commissioning?.position).toBe('highest quarter');
    expect(rows.find((r) => r.themeId === 'leadership')).toMatchObject({
      score: null,
      network: null,
      position: null,
    });
  });
});

describe('aggregated figures CSV', () => {
  it('gives the figures with anonymous labels and the under-three rule', () => {
    const rows = parseCsv(aggregateCsv(bank, aggregateFor(bank, network, { anonymise: true })));
    const theme = rows.find((r) => r[0] === 'Theme score' && r[2] === 'commissioning');
    expect(theme?.slice(3, 9)).toEqual(['4', '25', '43.8', '62.5', '81.3', '100']);
    expect(rows.find((r) => r[0] === 'Theme score' && r[2] === 'leadership')?.slice(3, 5)).toEqual([
      '0',
      'no scores (no response gave a level)',
    ]);
    const text = rows.flat().join(' ');
    for (const c of councils) expect(text).not.toContain(c);
    expect(
      rows
        .filter((r) => r[0] === 'Council scores')
        .map((r) => r[1])
        .sort(),
    ).toEqual(['Council A', 'Council B', 'Council C', 'Council D']);
    // One response per council: single responses would be single councils' respondents.
    expect(rows.filter((r) => r[0] === 'Response scores')).toEqual([]);
  });
});

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return aggregateCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) }).then(
    (code) => ({ code, out, err }),
  );
}

describe('cli aggregate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aggregate-'));
  network.forEach((a) => writeFileSync(join(dir, `${a.id}.json`), serialiseAssessment(a)));

  it('prints the distributions as a table, anonymised', async () => {
    const r = await run([dir, '--bank', BANK_FILE]);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toContain('4 responses from 4 organisations (3 officers, 1 VCS partner)');
    expect(text).toMatch(
      /Commissioning \(commissioning\)\s+4\s+25\.0\s+43\.8\s+62\.5\s+81\.3\s+100\.0/,
    );
    for (const c of councils) expect(text).not.toContain(c);
  });

  it('prints the same aggregates as JSON with --json, and names with --names', async () => {
    const r = await run([dir, '--json', '--names', '--bank', BANK_FILE]);
    const json = JSON.parse(r.out.join('\n'));
    expect(json).toMatchObject({ anonymised: false, respondents: 4, organisations: 4 });
    expect(
      json.themes.find((t: { themeId: string }) => t.themeId === 'commissioning').stats.median,
    ).toBe(62.5);
    expect(json.councils.map((p: { label: string }) => p.label).sort()).toEqual(
      [...councils].sort(),
    );
  });

  it('reports each bad file on one line naming it, still aggregates the rest, and exits 1', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'aggregate-bad-'));
    network
      .slice(0, 3)
      .forEach((a) => writeFileSync(join(bad, `${a.id}.json`), serialiseAssessment(a)));
    writeFileSync(join(bad, 'broken.json'), '{ nope');
    writeFileSync(
      join(bad, 'future.json'),
      JSON.stringify({ format: 'readiness-assessment', formatVersion: 7 }),
    );
    const r = await run([bad, join(bad, 'missing.json'), '--bank', BANK_FILE, '--names']);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `aggregate: ${join(bad, 'broken.json')}: the file is not valid JSON (${r.err[0]?.split('not valid JSON (')[1]}`,
      `aggregate: ${join(bad, 'future.json')}: made by a newer version of the tool (format version 7; this version reads up to 2). Update the tool to open it.`,
      `aggregate: ${join(bad, 'missing.json')}: no such file`,
    ]);
    expect(r.out[0]).toContain('3 responses from 3 organisations');
  });

  it('writes the workshop pack with --pdf', async () => {
    const pdf = join(dir, 'pack.pdf');
    const r = await run([
      dir,
      '--bank',
      BANK_FILE,
      '--pdf',
      pdf,
      '--title',
      'North West network',
      '--date',
      '2011-03-14',
    ]);
    expect(r.code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    } catch {
      return; // poppler is not installed here; the e2e test checks the text of the browser's PDF
    }
    expect(text).toContain('Workshop pack: North West network');
    expect(text).toContain('14 March 2011');
    expect(text).toContain('Discussion prompts');
    for (const c of councils) expect(text).not.toContain(c);
  });

  it('explains its usage for a wrong command line', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([dir, '--wat'])).err[0]).toBe('aggregate: unknown option --wat');
  });
});
