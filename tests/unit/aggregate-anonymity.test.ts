// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateCsv } from '../../src/domain/aggregate-csv';
import { aggregateReport } from '../../src/domain/aggregate-report';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import type { Assessment } from '../../src/domain/assessment-schema';
import { buildBenchmark, serialiseBenchmark } from '../../src/domain/benchmark-file-build';
import { heatMap } from '../../src/domain/workshop-heatmap';
import { assignLetters, seededRandom } from '../../src/domain/workshop-letters';
import { COUNCIL_UNIT_RULE } from '../../src/domain/workshop-rules';
import { renderCouncilHandouts } from '../../src/report/workshop-handouts';
import { renderWorkshopPdf } from '../../src/report/workshop-pdf';
import {
  aggregateFor,
  commissioningTotal,
  fixtureBank,
  makeAssessment,
} from '../fixtures/workshop/make';
import { runAggregate } from '../fixtures/workshop/run-aggregate';

const bank = fixtureBank();
const BANK_FILE = resolve('tests/fixtures/workshop/bank.json');

/** Five councils; Saltmere sends a lone VCS partner beside two officers, and one respondent hid the overall score. */
const COUNCILS = [
  'Saltmere City Council',
  'Thornbury Vale District Council',
  'Eastbridge Borough Council',
  'Quayside Metropolitan Borough',
  'Larkhill County Council',
];
const network: Assessment[] = [
  ...COUNCILS.map((organisation, i) =>
    makeAssessment(bank, {
      id: `resp-${i}`,
      organisation,
      levels: { ...commissioningTotal(2 * i + 1), 'assets.register': 2, 'leadership.risk': 1 },
    }),
  ),
  makeAssessment(bank, {
    id: 'resp-saltmere-2',
    organisation: 'Saltmere City Council',
    levels: { ...commissioningTotal(11), 'leadership.vision': 3 },
  }),
  makeAssessment(bank, {
    id: 'resp-saltmere-vcs',
    organisation: 'Saltmere City Council',
    role: 'vcs',
    hideOverall: true,
    levels: { ...commissioningTotal(1), 'leadership.vision': 0, 'assets.register': 0 },
  }),
];
const fileName = (a: Assessment) =>
  `${a.about.organisation.toLowerCase().replace(/\s+/g, '-')}-${a.id}.json`;
/** Every string that must not appear with names off: names (any case), file names, ids, keys. */
const FORBIDDEN = [
  ...COUNCILS,
  ...COUNCILS.map((c) => c.toLowerCase()),
  'Saltmere',
  'saltmere',
  ...network.map(fileName),
  ...network.map((a) => a.id),
];
const expectAnonymous = (text: string) => {
  for (const s of FORBIDDEN) expect(text, `output contains "${s}"`).not.toContain(s);
};

const agg = aggregateFor(bank, network, { anonymise: true });

describe('with names off, no output names anyone', () => {
  it('the CSV', () => expectAnonymous(aggregateCsv(bank, agg)));

  it('the JSON figures', () => expectAnonymous(JSON.stringify(aggregateReport(agg))));

  it('the benchmark file', () =>
    expectAnonymous(
      serialiseBenchmark(buildBenchmark(agg, { name: 'Network', date: '2011-03-14' })),
    ));

  it('the PDF pack (its text, read back with pdftotext)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anon-pdf-'));
    const file = join(dir, 'pack.pdf');
    const bytes = renderWorkshopPdf({
      workshop: { name: 'Network', date: '2011-03-14' },
      anonymise: true,
      questionnaire: bank,
      aggregate: agg,
    });
    writeFileSync(file, new Uint8Array(bytes));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Council A');
    expectAnonymous(text);
    // Nor in the PDF's own bytes (metadata, object names).
    expectAnonymous(Buffer.from(bytes).toString('latin1'));
  });

  it('the council handouts: one council per page, no other council named or scored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anon-handouts-'));
    const file = join(dir, 'handouts.pdf');
    writeFileSync(
      file,
      new Uint8Array(
        renderCouncilHandouts({
          workshop: { name: 'Network', date: '2011-03-14' },
          questionnaire: bank,
          aggregate: agg,
        }),
      ),
    );
    const pages = agg.councils.length;
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Pages:\\s+${pages}\\b`));
    for (let page = 1; page <= pages; page += 1) {
      const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], {
        encoding: 'utf8',
      });
      expectAnonymous(text);
      const named = new Set(text.match(/Council [A-Z]+\b/g));
      expect([...named]).toEqual([agg.councils[page - 1]?.label]);
    }
  });

  it('the command line: table, JSON, and messages about files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'anon-cli-'));
    for (const a of network) writeFileSync(join(dir, fileName(a)), serialiseAssessment(a));
    writeFileSync(join(dir, 'saltmere-city-council-broken.json'), '{ nope');
    for (const json of [false, true]) {
      const { code, out, err } = await runAggregate(
        [dir, '--bank', BANK_FILE, ...(json ? ['--json'] : [])],
        9,
      );
      expect(code).toBe(1);
      expectAnonymous(out.join('\n'));
      expectAnonymous(err.join('\n').replaceAll(dir, ''));
      expect(err.join('\n')).toMatch(/file \d+ of 8: the file is not valid JSON/);
    }
  });
});

describe('no figure for a group of fewer than three', () => {
  it('gives no VCS figure and no single response for a lone VCS partner', () => {
    const report = aggregateReport(
      aggregateFor(bank, network, { anonymise: true, countBy: 'response' }),
    );
    for (const t of report.councilVsVcs.themes) expect(t.vcs.stats).toBeNull();
    const vcs = report.byRole.find((r) => r.role === 'vcs');
    expect(vcs?.themes.every((t) => t.stats === null)).toBe(true);
    expect(report.responses).toEqual([]);
    const csv = aggregateCsv(bank, agg);
    expect(csv).not.toContain('Response scores');
    // The VCS row of the role figures says why it has none.
    expect(csv).toContain(
      'Theme score: VCS partner,Commissioning,commissioning,1,fewer than 3 councils',
    );
  });

  it('lists single responses, without roles, only when every council has three or more', () => {
    const three = ['a', 'b', 'c'].flatMap((org) =>
      [1, 2, 3].map((k) =>
        makeAssessment(bank, {
          id: `${org}${k}`,
          organisation: `Org ${org}`,
          role: k === 3 ? 'vcs' : 'officer',
          levels: commissioningTotal(k * 3),
        }),
      ),
    );
    const report = aggregateReport(aggregateFor(bank, three, { anonymise: true }));
    expect(report.responses).toHaveLength(9);
    expect(
      report.responses.every(
        (r) => r.role === null && /^Council [A-C], response [1-3]$/.test(r.label),
      ),
    ).toBe(true);
  });

  it('never gives an overall score its respondent hid, even with names on', () => {
    const named = aggregateFor(bank, network, { anonymise: false, countBy: 'response' });
    const vcs = named.participants.find((p) => p.id === 'resp-saltmere-vcs');
    expect(vcs?.overallHidden).toBe(true);
    expect(vcs?.overall).toBeNull();
    const row = aggregateReport(named).responses.find((r) => r.role === 'VCS partner');
    expect(row?.overall).toBe('hidden by the respondent');
    const csvRow = aggregateCsv(bank, named)
      .split('\n')
      .find((l) => l.startsWith('Response scores') && l.includes('VCS partner'));
    expect(csvRow).toContain('hidden by the respondent');
    // The network's overall figure leaves it out: six of the seven responses have an overall.
    expect(named.overall.n).toBe(6);
  });
});

describe('a council is a unit, not a group: the stated limit of the rule of three', () => {
  const oneRespondent = agg.councils.findIndex((c) => c.respondents === 1);
  const words = (t: string) => t.replace(/\s+/g, ' ');

  it('the heat map gives a council with one response its own column', () => {
    expect(oneRespondent).toBeGreaterThanOrEqual(0);
    const cells = heatMap(bank, agg).map((r) => r.cells[oneRespondent]);
    expect(cells.some((v) => v !== null)).toBe(true);
  });

  it('is stated in the PDF pack and the command line help, in the same words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unit-rule-'));
    const file = join(dir, 'pack.pdf');
    writeFileSync(
      file,
      new Uint8Array(
        renderWorkshopPdf({
          workshop: { name: 'Network', date: '2011-03-14' },
          anonymise: true,
          questionnaire: bank,
          aggregate: agg,
        }),
      ),
    );
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(words(text)).toContain(COUNCIL_UNIT_RULE);
    const { out } = await runAggregate(['--help']);
    expect(words(out.join(' '))).toContain(COUNCIL_UNIT_RULE);
  });
});

describe('letters', () => {
  it('are drawn at random, so the same names get different letters in different workshops', () => {
    const keys = COUNCILS.map((c) => c.toLowerCase());
    const seen = new Set<string>();
    for (let seed = 1; seed <= 20; seed += 1)
      seen.add(JSON.stringify(assignLetters({}, keys, seededRandom(seed))));
    expect(seen.size).toBeGreaterThan(10);
  });

  it('keep the letters a workshop already has, and give new councils unused ones', () => {
    const first = assignLetters({ saltmere: 'B' }, ['saltmere', 'x', 'y'], seededRandom(4));
    expect(first.saltmere).toBe('B');
    expect(new Set(Object.values(first))).toEqual(new Set(['A', 'B', 'C']));
  });

  it('are what the workshop stored, not anything worked out from names', () => {
    const one = [makeAssessment(bank, { id: 'a', organisation: 'Saltmere City Council' })];
    const a = aggregateFor(bank, one, { anonymise: true, seed: 1 });
    expect(a.councils[0]?.label).toMatch(/^Council [A-Z]$/);
  });
});
