import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWorkshopPdf } from '../../src/report/workshop-pdf';
import type { BenchmarkFile } from '../../src/domain/benchmark-file';
import {
  changeWarnings,
  movementCells,
  workshopChange,
  type WorkshopChange,
} from '../../src/domain/workshop-change';
import {
  aggregateFor,
  commissioningTotal,
  fixtureBank,
  makeAssessment,
} from '../fixtures/workshop/make';

const bank = fixtureBank();

/**
 * This workshop, worked by hand (fixture bank: leadership = vision ×2 + risk, commissioning = three
 * questions, assets = two):
 * - Council P: P1 leadership 3,3 (75), commissioning total 6 (50), assets 4,4 (100);
 *   P2 commissioning total 12 (100). P's medians: leadership 75, commissioning 75, assets 100.
 * - Council Q: leadership 1,1 (25), commissioning total 3 (25), assets 0,0 (0).
 * - Council R: leadership 2,2 (50), commissioning total 6 (50), no assets answers.
 * Each council once: leadership 25, 50, 75 → median 50; commissioning 25, 50, 75 → median 50;
 * assets only P and Q → fewer than three, no figure.
 */
const list = [
  makeAssessment(bank, {
    id: 'p1',
    organisation: 'P',
    levels: {
      'leadership.vision': 3,
      'leadership.risk': 3,
      ...commissioningTotal(6),
      'assets.register': 4,
      'assets.transfer': 4,
    },
  }),
  makeAssessment(bank, { id: 'p2', organisation: 'P', levels: commissioningTotal(12) }),
  makeAssessment(bank, {
    id: 'q1',
    organisation: 'Q',
    levels: {
      'leadership.vision': 1,
      'leadership.risk': 1,
      ...commissioningTotal(3),
      'assets.register': 0,
      'assets.transfer': 0,
    },
  }),
  makeAssessment(bank, {
    id: 'r1',
    organisation: 'R',
    levels: { 'leadership.vision': 2, 'leadership.risk': 2, ...commissioningTotal(6) },
  }),
];

const stats = (n: number, q1: number, median: number, q3: number) => ({
  n,
  min: q1,
  q1,
  median,
  q3,
  max: q3,
});

/**
 * The previous workshop, made with bank version 0.9.0: leadership had only two councils with
 * scores, commissioning had a question since dropped ("old-question") and lacked "social-value",
 * assets did not exist yet, and a "centralism" theme has since gone.
 */
const previous: BenchmarkFile = {
  format: 'readiness-benchmark',
  formatVersion: 2,
  counting: 'council',
  questionnaire: { id: bank.id, version: '0.9.0' },
  title: 'Spring workshop',
  date: '2010-09-20',
  respondents: 11,
  organisations: 5,
  themes: [
    { themeId: 'leadership', title: 'Leadership', n: 2, stats: null },
    { themeId: 'commissioning', title: 'Commissioning', n: 4, stats: stats(4, 30, 42.6, 55) },
    { themeId: 'centralism', title: 'Centralism', n: 3, stats: stats(3, 20, 30, 40) },
  ],
  questions: [
    'leadership.vision',
    'leadership.risk',
    'commissioning.outcomes',
    'commissioning.small-groups',
    'commissioning.old-question',
    'centralism.blockages',
  ].map((questionId) => ({ questionId, n: 3, stats: null, mean: null })),
};

const byTheme = (c: WorkshopChange) => Object.fromEntries(c.themes.map((t) => [t.themeId, t]));

describe('change since the last workshop', () => {
  const agg = aggregateFor(bank, list, { anonymise: true });
  const change = workshopChange(bank, agg, previous);
  const t = byTheme(change);

  it('gives the change in the median where both workshops have a figure (hand-worked)', () => {
    expect(t.commissioning?.now?.stats).toEqual({ q1: 37.5, median: 50, q3: 62.5 });
    expect(t.commissioning?.then?.stats?.median).toBe(42.6);
    expect(t.commissioning?.change).toBeCloseTo(7.4, 9);
    // Shown as the difference of the rounded medians (43 → 50), so the row adds up as read.
    expect(movementCells(change, t.commissioning!)).toMatchObject({
      then: '43',
      now: '50',
      change: '+7',
    });
  });

  it('gives no figure and no change for a group of fewer than three, in either workshop', () => {
    expect(t.leadership?.now?.stats?.median).toBe(50);
    expect(t.leadership?.then).toEqual({ n: 2, stats: null });
    expect(t.leadership?.change).toBeNull();
    expect(movementCells(change, t.leadership!)).toMatchObject({
      then: 'fewer than 3 councils',
      now: '50',
      change: '–',
    });
    expect(t.assets?.now).toEqual({ n: 2, stats: null });
    expect(movementCells(change, t.assets!).now).toBe('fewer than 3 councils');
  });

  it('hides a previous figure whose group is under three even if the file carries statistics', () => {
    const edited: BenchmarkFile = {
      ...previous,
      themes: [{ themeId: 'leadership', title: 'Leadership', n: 2, stats: stats(3, 1, 2, 3) }],
    };
    const c = workshopChange(bank, agg, edited);
    expect(byTheme(c).leadership?.then?.stats).toBeNull();
    expect(byTheme(c).leadership?.change).toBeNull();
  });

  it('lists themes missing from either workshop, this bank’s order first', () => {
    expect(change.themes.map((x) => x.themeId)).toEqual([
      'leadership',
      'commissioning',
      'assets',
      'centralism',
    ]);
    expect(t.assets?.then).toBeNull();
    expect(movementCells(change, t.assets!).then).toBe('not in that question bank');
    expect(t.centralism?.now).toBeNull();
    expect(movementCells(change, t.centralism!)).toMatchObject({
      then: '30',
      now: 'not in this question bank',
      change: '–',
    });
  });

  it('counts the questions a theme gained or lost between bank versions, and says so', () => {
    expect(change.sameBankVersion).toBe(false);
    expect([t.commissioning?.added, t.commissioning?.removed]).toEqual([1, 1]);
    expect([t.leadership?.added, t.leadership?.removed]).toEqual([0, 0]);
    expect([t.assets?.added, t.assets?.removed]).toEqual([2, 0]);
    expect(movementCells(change, t.commissioning!).note).toBe(
      '1 question added, 1 question removed since that version',
    );
    expect(changeWarnings(change).join(' ')).toContain('version 0.9.0 of the question bank');
    const same = workshopChange(bank, agg, {
      ...previous,
      questionnaire: { id: bank.id, version: bank.version },
    });
    expect(byTheme(same).commissioning?.added).toBe(0);
    expect(changeWarnings(same)).toEqual([]);
  });

  it('works out no change when the two workshops count differently, and says why', () => {
    const perResponse = aggregateFor(bank, list, { anonymise: true, countBy: 'response' });
    const c = workshopChange(bank, perResponse, previous);
    expect(c.comparable).toBe(false);
    expect(c.themes.every((x) => x.change === null)).toBe(true);
    // Each response: commissioning 25, 50, 50, 100 → median 50, still shown beside the old figure.
    expect(byTheme(c).commissioning?.now?.stats?.median).toBe(50);
    expect(changeWarnings(c)[0]).toMatch(/^The previous workshop’s figures count each council/);
  });

  it('says "No change" when the rounded medians are equal', () => {
    const level: BenchmarkFile = {
      ...previous,
      themes: [
        { themeId: 'commissioning', title: 'Commissioning', n: 3, stats: stats(3, 40, 49.6, 60) },
      ],
    };
    const c = workshopChange(bank, agg, level);
    expect(movementCells(c, byTheme(c).commissioning!).change).toBe('No change');
  });

  it('is in the PDF pack, with the same figures and words', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'change-pdf-')), 'pack.pdf');
    const bytes = renderWorkshopPdf({
      workshop: { name: 'Network', date: '2011-03-14' },
      anonymise: true,
      questionnaire: bank,
      aggregate: agg,
      change,
    });
    writeFileSync(file, new Uint8Array(bytes));
    if (process.env.SHOTS_DIR)
      writeFileSync(join(process.env.SHOTS_DIR, 'pack-change.pdf'), new Uint8Array(bytes));
    // Without -layout each cell's text comes out whole, row by row.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Change since the last workshop');
    expect(text).toContain('Spring workshop (20 September 2010)');
    const cells = [
      'Leadership',
      'fewer than 3 councils',
      '50',
      'Commissioning (1 question added, 1 question removed since that version)',
      '43',
      '50',
      '+7',
      'Community assets (2 questions added since that version)',
      'not in that question bank',
      'fewer than 3 councils',
      'Centralism',
      '30',
      'not in this question bank',
    ];
    let at = text.indexOf('Median theme score (0-100): previous workshop');
    expect(at).toBeGreaterThan(0);
    for (const cell of cells) {
      const next = text.indexOf(cell, at);
      expect(next, cell).toBeGreaterThan(at);
      at = next;
    }
  });
});
