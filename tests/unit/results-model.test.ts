// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment-schema';
import { buildReportModel } from '../../src/domain/report-model';
import { buildResultsModel } from '../../src/domain/results-model';
import { effectiveTargets, scoreAssessment } from '../../src/domain/scoring';
import { draftPlan } from '../../src/domain/priorities';
import { fixture } from '../fixtures/report/load';

// The fixture: five themes; centralism has no level, motivation is provisional (1 of 2 with a
// level), two critical gaps, two "Don't know" answers, a saved plan of 15 actions.
const { bank, assessment, notes } = fixture();
const model = buildResultsModel(bank, assessment);
const withChanges = (change: Partial<Assessment>) =>
  buildResultsModel(bank, { ...assessment, ...change });

describe('results model: theme scores', () => {
  it('gives each theme its score, band, coverage and target band, in bank order', () => {
    expect(
      model.base.themes.map((t) => [t.id, t.scoreLabel, t.bandLabel, t.provisional, t.targetText]),
    ).toEqual([
      ['accountability', '50', 'Developing', false, 'Leading (80 or more)'], // target chosen
      ['capacity', '33', 'Emerging', false, 'Developing (40 or more)'], // the band above
      ['motivation', '50', 'Developing', true, 'Established (60 or more)'],
      ['centralism', 'No score', 'No band', false, 'Emerging (20 or more)'],
      ['strategic-planning', '67', 'Established', false, 'Leading (80 or more)'],
    ]);
    expect(model.base.themes[1]).toMatchObject({ answeredWithLevel: 2, total: 3, targetScore: 40 });
    expect(model.anyScore).toBe(true);
    expect(model.anyProvisional).toBe(true);
  });

  it('draws the charts from the same scores and targets', () => {
    expect(model.chart.map((r) => [r.themeId, r.score, r.hasScore, r.target])).toEqual([
      ['accountability', 50, true, 80],
      ['capacity', 33, true, 40],
      ['motivation', 50, true, 60],
      ['centralism', 0, false, 20],
      ['strategic-planning', 67, true, 80],
    ]);
  });

  it('gives the overall score with what it averages, unless none exists', () => {
    expect(model.overall).toEqual({
      scoreLabel: '50',
      band: 'Developing',
      note: 'The average of the 4 of 5 themes that have a score. One is provisional.',
    });
    expect(model.overallHidden).toBe(false);
    const blank = withChanges({ answers: {} });
    expect(blank.overall).toBeNull();
    expect(blank.anyScore).toBe(false);
    expect(withChanges({ settings: { hideOverall: true } }).overallHidden).toBe(true);
  });

  it('names the strongest and weakest themes with their scores, and the themes with none', () => {
    expect(model.strongest).toEqual(['Localism and strategic planning: 67 (Established)']);
    expect(model.weakest).toEqual(['Capacity: 33 (Emerging)']);
    expect(model.noScore).toEqual(['Centralism']);
  });
});

describe('results model: gaps, strengths and priorities', () => {
  it('lists critical gaps with their theme and level, and "Don’t know" answers', () => {
    expect(model.criticalGaps).toEqual([
      expect.objectContaining({
        questionId: 'accountability.community-delivery-scrutiny',
        themeTitle: 'Accountability',
        levelLabel: '1 Emerging',
      }),
      expect.objectContaining({
        questionId: 'capacity.grant-exposure',
        themeTitle: 'Capacity',
        levelLabel: '0 Not started',
      }),
    ]);
    expect(model.evidenceGaps.map((q) => [q.questionId, q.levelLabel])).toEqual([
      ['capacity.skills', null],
      ['centralism.blockages', null],
    ]);
  });

  it('lists strengths best first, ties in question order', () => {
    expect(model.strengths.map((q) => [q.questionId, q.levelLabel])).toEqual([
      ['capacity.infrastructure', '4 Leading'],
      ['strategic-planning.vcs-plans', '4 Leading'],
      ['accountability.transparency', '3 Established'],
      ['strategic-planning.merged-approach', '3 Established'],
    ]);
  });

  it('puts critical gaps first among the priorities, each with its level, target and priority', () => {
    const [first, second] = model.priorities;
    expect(first).toMatchObject({
      questionId: 'capacity.grant-exposure',
      level: 0,
      target: 2,
      critical: true,
      priority: 'high',
    });
    expect(second).toMatchObject({
      questionId: 'accountability.community-delivery-scrutiny',
      critical: true,
    });
    expect(model.priorities.slice(2).every((p) => !p.critical)).toBe(true);
  });
});

describe('results model: plan and progress', () => {
  it('takes the first three unfinished actions of the saved plan, in the user’s order', () => {
    expect(model.base.planIsDraft).toBe(false);
    expect(model.firstActions).toEqual(
      assessment.plan
        .filter((a) => a.status !== 'done')
        .slice(0, 3)
        .map((a) => a.text),
    );
  });

  it('drafts the plan from the priorities when none is saved', () => {
    const drafted = withChanges({ plan: [] });
    const targets = effectiveTargets(scoreAssessment(bank, assessment), assessment.targets);
    expect(drafted.base.planIsDraft).toBe(true);
    expect(drafted.base.plan).toEqual(draftPlan(bank, assessment, targets));
    expect(drafted.firstActions).toHaveLength(3);
  });

  it('has a heat table row per theme and no progress without an earlier assessment', () => {
    expect(model.heat.rows.map((r) => r.cells.length)).toEqual([3, 3, 2, 2, 3]);
    expect(model.heat.columns).toBe(3);
    expect(model.progress).toBeNull();
  });
});

describe('results model and report model agree', () => {
  it('gives the report the same theme scores, bands and targets as the results page', () => {
    const report = buildReportModel(bank, assessment, notes);
    const shared = (t: (typeof model.base.themes)[number]) => ({
      id: t.id,
      scoreLabel: t.scoreLabel,
      bandLabel: t.bandLabel,
      provisional: t.provisional,
      coverage: t.coverage,
      targetText: t.targetText,
      targetScore: t.targetScore,
    });
    expect(report.themes.map(shared)).toEqual(model.base.themes.map(shared));
    expect(report.summary.priorities.map((p) => p.questionId)).toEqual(
      model.priorities.slice(0, 3).map((p) => p.questionId),
    );
    expect(report.summary.criticalGapCount).toBe(model.criticalGaps.length);
  });
});
